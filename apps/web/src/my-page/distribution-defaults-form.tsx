import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { BudgetCode, DistributionDefaults, DistributionSettings } from '@hylle/contracts';
import { ApiError } from '../shared/api-error.ts';
import { apiGet, apiPut } from '../shared/api.ts';
import { DISTRIBUTION_LISTS, LINE_KEY_OF_LIST, codeOptions, codesOfList } from '../shared/distribution/distribution-lists.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useStatus } from '../shared/ui/action-scope.tsx';
import { FormError } from '../shared/ui/form-error.tsx';
import { SelectField } from '../shared/ui/select-field.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { SubmitButton } from '../shared/ui/submit-button.tsx';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import { accountKeys } from './account-query-keys.ts';

type Draft = Record<keyof DistributionDefaults, string>;

const FIELDS = ['department', 'shelfLocation', 'materialType', 'budgetCodeId'];
const headingId = 'distribution-defaults-title';

const draftOf = (defaults: DistributionDefaults): Draft => ({
  department: defaults.department ?? '',
  shelfLocation: defaults.shelfLocation ?? '',
  materialType: defaults.materialType ?? '',
  budgetCodeId: defaults.budgetCodeId ?? '',
});

const sameDefaults = (a: DistributionDefaults, b: DistributionDefaults) =>
  a.department === b.department && a.shelfLocation === b.shelfLocation && a.materialType === b.materialType && a.budgetCodeId === b.budgetCodeId;

interface Props {
  accountId: string;
  settings: DistributionSettings;
  onSaved: () => Promise<unknown>;
}

/** What the member's own new cart lines start with: a code of each list and a budget code. */
export function DistributionDefaultsForm({ accountId, settings, onSaved }: Props) {
  const t = useT();
  const status = useStatus();
  const [state, setState] = useState(() => ({ basis: settings.defaults, draft: draftOf(settings.defaults) }));
  if (!sameDefaults(state.basis, settings.defaults)) {
    // The stored defaults changed under the form (saved, or a code was removed): start from them.
    setState({ basis: settings.defaults, draft: draftOf(settings.defaults) });
  }
  const { draft } = state;
  const set = (key: keyof Draft) => (value: string) => setState({ ...state, draft: { ...draft, [key]: value } });

  const budgetCodes = useQuery({
    queryKey: accountKeys.budgetCodes(accountId),
    queryFn: ({ signal }) => apiGet<BudgetCode[]>('/api/account/budget-codes', signal),
  });

  const save = useMutation({
    mutationFn: () =>
      apiPut<DistributionDefaults>('/api/account/distribution/defaults', {
        department: draft.department || null,
        shelfLocation: draft.shelfLocation || null,
        materialType: draft.materialType || null,
        budgetCodeId: draft.budgetCodeId || null,
      } satisfies DistributionDefaults),
    onSuccess: async () => {
      await onSaved();
      status.show(t('distribution.defaults.saved'));
    },
  });
  const serverError = useFieldErrors(save.error);
  // A value the lists no longer have is refused by name; say so in words of this page.
  const errorAt = (field: keyof Draft) =>
    save.error instanceof ApiError && save.error.code === 'invalid_distribution' && save.error.field === field ? t('distribution.defaults.invalid') : serverError(field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    status.begin();
    save.mutate();
  };

  const none = t('distribution.defaults.none');
  const budgetOptions = [
    { value: '', label: none },
    ...(budgetCodes.data ?? []).map((code) => ({ value: code.id, label: code.description ? `${code.code} – ${code.description}` : code.code })),
  ];
  // Until the codes have loaded, the chosen one still needs an option to be shown.
  if (draft.budgetCodeId && !budgetOptions.some((option) => option.value === draft.budgetCodeId)) {
    budgetOptions.splice(1, 0, { value: draft.budgetCodeId, label: budgetCodes.isPending ? t('common.loading') : draft.budgetCodeId });
  }
  const budgetHint = budgetCodes.isError
    ? t('distribution.defaults.budgetUnavailable')
    : budgetCodes.data?.length === 0
      ? t('distribution.defaults.noBudgetCodes')
      : undefined;

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('distribution.defaults.title')}
      </h2>
      <p className="field__hint">{t('distribution.defaults.intro')}</p>
      <div className="distribution-defaults__fields">
        {DISTRIBUTION_LISTS.map((list) => {
          const key = LINE_KEY_OF_LIST[list];
          return (
            <SelectField
              key={list}
              id={`distribution-default-${list}`}
              label={t(`distribution.one.${list}`)}
              value={draft[key]}
              onChange={set(key)}
              options={codeOptions(settings.codes, list, draft[key], none)}
              hint={codesOfList(settings.codes, list).length === 0 ? t('distribution.defaults.emptyList') : undefined}
              error={errorAt(key)}
            />
          );
        })}
        <SelectField
          id="distribution-default-budget-code"
          label={t('distribution.defaults.budgetCode')}
          value={draft.budgetCodeId}
          onChange={set('budgetCodeId')}
          options={budgetOptions}
          hint={budgetHint}
          error={errorAt('budgetCodeId')}
        />
      </div>
      <FormError error={save.error} fields={FIELDS} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('distribution.defaults.save')} pendingLabel={t('common.saving')} />
      </div>
      <StatusMessage message={status.message} />
    </form>
  );
}
