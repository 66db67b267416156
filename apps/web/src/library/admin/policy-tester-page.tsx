import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Borrower, LibrarySettings, PolicyTestResult } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope } from '../../shared/ui/action-scope.tsx';
import { EmptyState } from '../../shared/ui/empty-state.tsx';
import { FormError } from '../../shared/ui/form-error.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { useFieldErrors } from '../../shared/use-field-errors.ts';
import { useFocusRequest } from '../../backoffice/orders/use-focus-request.ts';
import { BorrowerGroupCheckboxes } from '../borrower-group-checkboxes.tsx';
import { rootGroup } from '../borrower-group-tree.ts';
import { ExplanationView } from '../explanation/explanation-view.tsx';
import { libraryApi } from '../library-api.ts';
import { useLibraryDirectory } from '../use-library-directory.ts';
import { useLibrary } from '../use-library.ts';
import { BorrowerPicker } from './borrower-picker.tsx';
import { useLibrarySettings } from './use-library-settings.ts';

const FIELDS = ['materialGroupId', 'borrowerId', 'borrowerGroupIds', 'transaction', 'date'];
type Who = 'groups' | 'borrower';
type Transaction = 'loan' | 'reservation' | 'ill';

/** Library → Admin → the policy tester (rule 13): what the rules decide, and why, before a borrower is at the desk. */
export function PolicyTesterPage() {
  const t = useT();
  const library = useLibrary();
  const settings = useLibrarySettings(library.id);
  useDocumentTitle(t('libAdmin.tester.title'));
  return (
    <div className="stack">
      <h1>{t('libAdmin.tester.title')}</h1>
      <p className="lead">{t('libAdmin.tester.lead')}</p>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : settings.data.materialGroups.length === 0 ? (
        <EmptyState title={t('libAdmin.tester.noGroupsTitle')}>
          <p>{t('libAdmin.tester.noGroupsBody')}</p>
        </EmptyState>
      ) : (
        <PolicyTester libraryId={library.id} settings={settings.data} />
      )}
    </div>
  );
}

function PolicyTester({ libraryId, settings }: { libraryId: string; settings: LibrarySettings }) {
  const t = useT();
  const format = useFormatters();
  const scope = useActionScope();
  const directory = useLibraryDirectory(libraryId);
  const [materialGroupId, setMaterialGroupId] = useState(settings.materialGroups[0]?.id ?? '');
  const [who, setWho] = useState<Who>('groups');
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [borrower, setBorrower] = useState<Borrower | null>(null);
  const [noBorrower, setNoBorrower] = useState(false);
  const [transaction, setTransaction] = useState<Transaction>('loan');
  const [date, setDate] = useState('');
  const [resultRef, focusResult] = useFocusRequest<HTMLElement>();
  // Today in the library's time zone, as the server counts days; until it is known, the browser's.
  const today = directory.data?.today ?? new Date().toLocaleDateString('sv-SE');
  const day = date || today;

  const test = useMutation({
    mutationFn: () =>
      apiPost<PolicyTestResult>(libraryApi(libraryId, '/policy-test'), {
        materialGroupId,
        transaction,
        date: day,
        ...(who === 'borrower' ? { borrowerId: borrower?.id } : { borrowerGroupIds: groupIds }),
      }),
    onSuccess: focusResult,
  });
  const fieldError = useFieldErrors(test.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (test.isPending) return;
    scope.begin();
    if (who === 'borrower' && !borrower) {
      setNoBorrower(true);
      document.getElementById('tester-borrower-q')?.focus();
      return;
    }
    setNoBorrower(false);
    test.mutate();
  };

  const result = test.data;
  const rootName = rootGroup(settings.borrowerGroups)?.name;
  return (
    <>
      <form className="card form" onSubmit={submit} noValidate aria-labelledby="tester-form-title">
        <h2 id="tester-form-title" className="card__title">
          {t('libAdmin.tester.formTitle')}
        </h2>
        <SelectField
          id="tester-material-group"
          label={t('libAdmin.tester.materialGroup')}
          value={materialGroupId}
          onChange={setMaterialGroupId}
          options={settings.materialGroups.map((group) => ({ value: group.id, label: group.name }))}
          error={fieldError('materialGroupId')}
        />
        <fieldset className="fieldset">
          <legend>{t('libAdmin.tester.who')}</legend>
          <div className="field field--checkbox">
            <input id="tester-who-groups" type="radio" name="tester-who" checked={who === 'groups'} onChange={() => setWho('groups')} />
            <label htmlFor="tester-who-groups">{t('libAdmin.tester.whoGroups')}</label>
          </div>
          <div className="field field--checkbox">
            <input id="tester-who-borrower" type="radio" name="tester-who" checked={who === 'borrower'} onChange={() => setWho('borrower')} />
            <label htmlFor="tester-who-borrower">{t('libAdmin.tester.whoBorrower')}</label>
          </div>
          {who === 'groups' ? (
            <BorrowerGroupCheckboxes
              idPrefix="tester-groups"
              legend={t('libAdmin.tester.groups')}
              hint={t('libAdmin.tester.groupsHint')}
              groups={settings.borrowerGroups}
              selected={groupIds}
              onChange={setGroupIds}
              error={fieldError('borrowerGroupIds')}
            />
          ) : (
            <BorrowerPicker
              libraryId={libraryId}
              idPrefix="tester-borrower"
              chosen={borrower}
              onChoose={(next) => {
                setBorrower(next);
                setNoBorrower(false);
              }}
              error={noBorrower ? t('libAdmin.tester.chooseBorrower') : fieldError('borrowerId')}
            />
          )}
        </fieldset>
        <div className="field-row">
          <SelectField
            id="tester-transaction"
            label={t('libAdmin.tester.transaction')}
            value={transaction}
            onChange={(value) => setTransaction(value as Transaction)}
            options={(['loan', 'reservation', 'ill'] as const).map((value) => ({ value, label: t(`library.transaction.${value}`) }))}
            error={fieldError('transaction')}
          />
          <TextField
            id="tester-date"
            className="field--number"
            type="date"
            label={t('libAdmin.tester.date')}
            hint={t('libAdmin.tester.dateHint')}
            value={day}
            onChange={setDate}
            required
            error={fieldError('date')}
          />
        </div>
        <FormError error={test.error} fields={FIELDS} />
        <div className="button-row">
          <SubmitButton pending={test.isPending} label={t('libAdmin.tester.submit')} pendingLabel={t('libAdmin.tester.submitting')} />
        </div>
      </form>
      {result ? (
        <section ref={resultRef} tabIndex={-1} className="card stack" aria-labelledby="tester-result-title">
          <h2 id="tester-result-title">{t('libAdmin.tester.resultTitle')}</h2>
          <p className={`notice ${result.allowed ? 'notice--success' : 'notice--error'}`}>
            {result.allowed
              ? result.dueDate
                ? t('libAdmin.tester.allowedDue', { transaction: t(`library.transaction.${result.explanation.transaction}`), date: format.calendarDate(result.dueDate) })
                : t('libAdmin.tester.allowed', { transaction: t(`library.transaction.${result.explanation.transaction}`) })
              : t('libAdmin.tester.refused', { transaction: t(`library.transaction.${result.explanation.transaction}`) })}
          </p>
          <ExplanationView explanation={result.explanation} rootName={rootName} traceOpen />
        </section>
      ) : null}
    </>
  );
}
