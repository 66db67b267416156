import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { BudgetCode, DistributionSettings, QuickAddBody, QuickAddReport } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { DISTRIBUTION_LISTS, LINE_KEY_OF_LIST, codeOptions, codesOfList } from '../../shared/distribution/distribution-lists.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { QUICK_ADD_REASON_KEYS } from '../../shared/purchasing/cart-labels.ts';
import { CART_MUTATION_SCOPE, useStoreCart } from '../../shared/purchasing/use-cart.ts';
import { useStatus } from '../../shared/ui/action-scope.tsx';
import { FormError } from '../../shared/ui/form-error.tsx';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { budgetCodeOptions } from './budget-options.ts';
import { newLineDraft } from './cart-line-draft.ts';
import { linesToRetry, MAX_QUICK_ADD_CHARACTERS } from './quick-add-text.ts';

const headingId = 'quick-add-title';
const textId = 'quick-add-text';

interface Props {
  settings: DistributionSettings;
  budgetCodes: readonly BudgetCode[];
}

/**
 * Hurtigregistrering (CHK-1): a pasted list of ISBNs, or a CSV or text file read in the
 * browser, becomes cart lines with one budget code and distribution info for all of them.
 * What could not be added is listed by line with the reason, and stays in the box to fix.
 */
export function QuickAddForm({ settings, budgetCodes }: Props) {
  const t = useT();
  const format = useFormatters();
  const status = useStatus();
  const storeCart = useStoreCart();
  const [text, setText] = useState('');
  const [values, setValues] = useState(() => {
    const draft = newLineDraft(
      settings,
      budgetCodes.map((code) => code.id),
    );
    return { budgetCodeId: draft.budgetCodeId, department: draft.department, shelfLocation: draft.shelfLocation, materialType: draft.materialType };
  });
  const [localError, setLocalError] = useState<string | null>(null);
  const [fileNote, setFileNote] = useState('');
  const [report, setReport] = useState<QuickAddReport | null>(null);

  const add = useMutation({
    scope: CART_MUTATION_SCOPE,
    mutationFn: (body: QuickAddBody) => apiPost<QuickAddReport>('/api/cart/quick-add', body),
    onSuccess: (answer, body) => {
      storeCart(answer.cart);
      setReport(answer);
      setText(linesToRetry(body.text, answer.notAdded));
      setFileNote('');
      const added = answer.added;
      status.show(
        added === 0 ? t('cart.quick.added.zero') : added === 1 ? t('cart.quick.added.one') : t('cart.quick.added.other', { count: format.count(added) }),
      );
    },
  });
  const serverError = useFieldErrors(add.error);
  const textError = localError ?? serverError('text');

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileNote('');
    setLocalError(null);
    if (!file) return;
    try {
      const content = await file.text();
      if (content.length > MAX_QUICK_ADD_CHARACTERS) {
        setLocalError(t('cart.quick.fileTooLarge'));
        return;
      }
      setText(content);
      setFileNote(t('cart.quick.fileRead', { name: file.name, lines: format.count(content.split(/\r?\n/).filter((line) => line.trim() !== '').length) }));
    } catch {
      setLocalError(t('cart.quick.fileFailed'));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    status.begin();
    setReport(null);
    if (text.trim() === '') {
      setLocalError(t('cart.quick.empty'));
      document.getElementById(textId)?.focus();
      return;
    }
    setLocalError(null);
    add.mutate({
      text,
      budgetCodeId: values.budgetCodeId || null,
      department: values.department || null,
      shelfLocation: values.shelfLocation || null,
      materialType: values.materialType || null,
    });
  };

  const none = t('distribution.defaults.none');
  const describedBy = ['quick-add-hint', textError ? `${textId}-error` : '', fileNote ? 'quick-add-file-note' : ''].filter(Boolean).join(' ');
  return (
    <form className="card form quick-add" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('cart.quick.title')}
      </h2>
      <div className={`field${textError ? ' field--invalid' : ''}`}>
        <label htmlFor={textId}>{t('cart.quick.text')}</label>
        <p id="quick-add-hint" className="field__hint">
          {t('cart.quick.intro')}
        </p>
        <textarea
          id={textId}
          rows={6}
          value={text}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            if (localError) setLocalError(null);
          }}
          aria-invalid={textError ? true : undefined}
          aria-describedby={describedBy}
        />
        {textError ? (
          <p id={`${textId}-error`} className="field__error">
            {textError}
          </p>
        ) : null}
        {fileNote ? (
          <p id="quick-add-file-note" className="field__hint" role="status">
            {fileNote}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="quick-add-file">{t('cart.quick.file')}</label>
        <input id="quick-add-file" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(event) => void readFile(event)} />
      </div>
      <fieldset className="fieldset">
        <legend>{t('cart.quick.valuesLegend')}</legend>
        <p className="field__hint">{t('cart.quick.valuesHint')}</p>
        <div className="line-fields">
          {budgetCodes.length > 0 ? (
            <SelectField
              id="quick-add-budget"
              label={t('cart.field.budgetCode')}
              value={values.budgetCodeId}
              options={budgetCodeOptions(budgetCodes, null, t('cart.field.noBudgetCode'))}
              onChange={(budgetCodeId) => setValues({ ...values, budgetCodeId })}
              error={serverError('budgetCodeId')}
            />
          ) : null}
          {DISTRIBUTION_LISTS.map((list) => {
            const key = LINE_KEY_OF_LIST[list];
            if (codesOfList(settings.codes, list).length === 0) return null;
            return (
              <SelectField
                key={list}
                id={`quick-add-${list}`}
                label={t(`distribution.one.${list}`)}
                value={values[key]}
                options={codeOptions(settings.codes, list, values[key], none)}
                onChange={(value) => setValues({ ...values, [key]: value })}
                error={serverError(key)}
              />
            );
          })}
        </div>
      </fieldset>
      <FormError error={add.error} fields={['text', 'budgetCodeId', 'department', 'shelfLocation', 'materialType']} />
      <div className="button-row">
        <SubmitButton pending={add.isPending} label={t('cart.quick.submit')} pendingLabel={t('cart.quick.adding')} />
      </div>
      <StatusMessage message={status.message} />
      {report && report.notAdded.length > 0 ? <NotAddedTable report={report} /> : null}
    </form>
  );
}

function NotAddedTable({ report }: { report: QuickAddReport }) {
  const t = useT();
  const caption = t('cart.quick.notAddedCaption');
  return (
    <div className="quick-add__report">
      <h3>{t('cart.quick.notAddedTitle', { count: report.notAdded.length })}</h3>
      <p className="field__hint">{t('cart.quick.retryHint')}</p>
      <TableScroll label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('cart.quick.line')}
              </th>
              <th scope="col">{t('cart.quick.textColumn')}</th>
              <th scope="col">{t('cart.quick.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.notAdded.map((entry) => (
              <tr key={entry.line}>
                <td className="numeric">{entry.line}</td>
                <td className="break-word">
                  <code>{entry.text}</code>
                </td>
                <td>{t(QUICK_ADD_REASON_KEYS[entry.reason])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
