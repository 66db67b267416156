import type { KeyboardEvent } from 'react';
import type { DistributionSettings } from '@hylle/contracts';
import { DISTRIBUTION_LISTS, LINE_KEY_OF_LIST, codeOptions, codesOfList } from '../../shared/distribution/distribution-lists.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { SelectField, type SelectOption } from '../../shared/ui/select-field.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import type { LineDraft } from './cart-line-draft.ts';

interface Props {
  idPrefix: string;
  draft: LineDraft;
  onChange: (draft: LineDraft) => void;
  /**
   * A value is complete: a select was changed, a text field left or Enter pressed in it.
   * Cart rows save then; the add form waits for its button.
   */
  onCommit?: (draft: LineDraft) => void;
  settings: DistributionSettings;
  budgetOptions: readonly SelectOption[];
  /** Ids of text that describes the budget code and quantity (the add form's remaining budget). */
  describedBy?: string | undefined;
  errorOf: (field: string) => string | undefined;
  /** In a row of lines each field is named with its title: "Antall for Markens grøde". */
  nameOf?: (label: string) => string;
}

/**
 * The values of one cart line (CHK-1, CHK-4, INT-1): quantity, line reference, budget code,
 * a code from each of the account's lists (a list the account doesn't use is left out) and
 * the account's extra fields. One set of fields for the product page and every cart row.
 */
export function LineValueFields({ idPrefix, draft, onChange, onCommit, settings, budgetOptions, describedBy, errorOf, nameOf }: Props) {
  const t = useT();
  const none = t('distribution.defaults.none');
  const named = (label: string) => (nameOf ? { 'aria-label': nameOf(label) } : {});
  const describe = (id: string, field: string) => {
    const ids = [describedBy, errorOf(field) ? `${id}-error` : undefined].filter(Boolean).join(' ');
    return ids ? { 'aria-describedby': ids } : {};
  };
  const setText = (key: 'quantity' | 'lineReference') => (value: string) => onChange({ ...draft, [key]: value });
  const choose = (key: 'budgetCodeId' | 'department' | 'shelfLocation' | 'materialType') => (value: string) => {
    const next = { ...draft, [key]: value };
    onChange(next);
    onCommit?.(next);
  };
  const commitOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (onCommit && event.key === 'Enter') {
      event.preventDefault();
      onCommit(draft);
    }
  };
  const textEvents = onCommit ? { onBlur: () => onCommit(draft), onKeyDown: commitOnEnter } : {};
  // Fields the account has, then any the line still carries that the account has since removed.
  const extraNames = [...settings.fields.map((field) => field.name), ...Object.keys(draft.extraFields).filter((name) => !settings.fields.some((field) => field.name === name))];

  const quantityId = `${idPrefix}-quantity`;
  const budgetId = `${idPrefix}-budget`;
  return (
    <div className="line-fields">
      <TextField
        id={quantityId}
        className="field--quantity"
        label={t('cart.field.quantity')}
        value={draft.quantity}
        onChange={setText('quantity')}
        inputMode="numeric"
        autoComplete="off"
        maxLength={5}
        error={errorOf('quantity')}
        {...named(t('cart.field.quantity'))}
        {...describe(quantityId, 'quantity')}
        {...textEvents}
      />
      <TextField
        id={`${idPrefix}-reference`}
        className="field--reference"
        label={t('cart.field.lineReference')}
        value={draft.lineReference}
        onChange={setText('lineReference')}
        maxLength={60}
        autoComplete="off"
        error={errorOf('lineReference')}
        {...named(t('cart.field.lineReference'))}
        {...textEvents}
      />
      {budgetOptions.length > 1 || draft.budgetCodeId ? (
        <SelectField
          id={budgetId}
          className="field--budget"
          label={t('cart.field.budgetCode')}
          value={draft.budgetCodeId}
          options={budgetOptions}
          onChange={choose('budgetCodeId')}
          error={errorOf('budgetCodeId')}
          announceError={Boolean(onCommit)}
          {...named(t('cart.field.budgetCode'))}
          {...describe(budgetId, 'budgetCodeId')}
        />
      ) : null}
      {DISTRIBUTION_LISTS.map((list) => {
        const key = LINE_KEY_OF_LIST[list];
        if (codesOfList(settings.codes, list).length === 0 && !draft[key]) return null;
        const label = t(`distribution.one.${list}`);
        return (
          <SelectField
            key={list}
            id={`${idPrefix}-${list}`}
            label={label}
            value={draft[key]}
            options={codeOptions(settings.codes, list, draft[key], none)}
            onChange={choose(key)}
            error={errorOf(key)}
            announceError={Boolean(onCommit)}
            {...named(label)}
          />
        );
      })}
      {extraNames.map((name, index) => {
        const field = settings.fields.find((candidate) => candidate.name === name);
        return (
          <TextField
            key={name}
            id={`${idPrefix}-extra-${index}`}
            label={name}
            optionalLabel={field?.required ? t('cart.field.required') : undefined}
            value={draft.extraFields[name] ?? ''}
            onChange={(value) => onChange({ ...draft, extraFields: { ...draft.extraFields, [name]: value } })}
            maxLength={field?.maxLength ?? 200}
            autoComplete="off"
            error={errorOf(`extraFields.${name}`)}
            {...named(name)}
            {...textEvents}
          />
        );
      })}
    </div>
  );
}
