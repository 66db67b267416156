import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetCode } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { BudgetCodeTable } from '../shared/budget/budget-code-table.tsx';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useStatus } from '../shared/ui/action-scope.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { useFocusReturn, type FocusTarget } from '../shared/ui/use-focus-return.ts';
import { backofficeKeys } from './backoffice-keys.ts';
import { BudgetCodeForm } from './budget-code-form.tsx';
import { codesPath } from './budget-codes-path.ts';
import { CorrectionForm } from './budget-correction-form.tsx';
import { LedgerPanel } from './budget-ledger-panel.tsx';


type Panel = { kind: 'none' } | { kind: 'new' } | { kind: 'edit' | 'correct' | 'ledger'; id: string };

const buttonKey = (kind: string, id: string) => `${kind}:${id}`;

export function BudgetCodesSection({ accountId }: { accountId: string }) {
  const codes = useQuery({
    queryKey: backofficeKeys.budgetCodes(accountId),
    queryFn: ({ signal }) => apiGet<BudgetCode[]>(codesPath(accountId), signal),
  });
  if (codes.isPending) return <Loading />;
  if (codes.isError) return <QueryError error={codes.error} onRetry={() => void codes.refetch()} />;
  return <BudgetCodesManager key={accountId} accountId={accountId} codes={codes.data} />;
}

function BudgetCodesManager({ accountId, codes }: { accountId: string; codes: BudgetCode[] }) {
  const t = useT();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const status = useStatus();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const { listRef, addButtonRef, buttonRef, returnFocus } = useFocusReturn(panel);

  const close = (target: FocusTarget) => {
    returnFocus(target);
    setPanel({ kind: 'none' });
  };

  // Every change shows in the codes, the code's ledger and the account's audit log.
  const refresh = (codeId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: backofficeKeys.budgetCodes(accountId) }),
      queryClient.invalidateQueries({ queryKey: backofficeKeys.budgetLedgerAll(accountId, codeId) }),
      queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll }),
    ]);

  const saved = async (codeId: string, message: string) => {
    await refresh(codeId);
    close('list');
    status.show(message);
  };

  const current = panel.kind === 'edit' || panel.kind === 'correct' || panel.kind === 'ledger' ? codes.find((code) => code.id === panel.id) : undefined;
  const rowButton = (kind: 'edit' | 'correct' | 'ledger', code: BudgetCode, label: string, name: string) => (
    <button
      ref={buttonRef(buttonKey(kind, code.id))}
      type="button"
      className="button button--secondary button--small"
      aria-label={name}
      aria-expanded={panel.kind === kind && panel.id === code.id}
      onClick={() => setPanel({ kind, id: code.id })}
    >
      {label}
    </button>
  );

  return (
    <div className="stack" ref={listRef} tabIndex={-1}>
      <p className="field__hint">{t('budget.intro')}</p>
      <StatusMessage message={status.message} />
      {codes.length === 0 ? (
        <EmptyState title={t('budget.empty')} />
      ) : (
        <BudgetCodeTable
          codes={codes}
          caption={t('budget.title')}
          actions={(code) => (
            <div className="budget-table__actions">
              {rowButton('edit', code, t('budget.edit'), t('budget.editNamed', { code: code.code }))}
              {rowButton('correct', code, t('budget.correct'), t('budget.correctNamed', { code: code.code }))}
              {rowButton('ledger', code, t('budget.ledger'), t('budget.ledgerNamed', { code: code.code }))}
            </div>
          )}
        />
      )}
      {panel.kind === 'new' ? (
        <BudgetCodeForm accountId={accountId} onStart={status.begin} onSaved={(code) => saved(code.id, t('budget.added', { code: code.code }))} onCancel={() => close('add')} />
      ) : null}
      {panel.kind === 'edit' && current ? (
        <BudgetCodeForm
          key={current.id}
          accountId={accountId}
          existing={current}
          onStart={status.begin}
          onSaved={(code) => saved(code.id, t('budget.updated', { code: code.code }))}
          onCancel={() => close({ button: buttonKey('edit', current.id) })}
        />
      ) : null}
      {panel.kind === 'correct' && current ? (
        <CorrectionForm
          key={current.id}
          accountId={accountId}
          code={current}
          onStart={status.begin}
          onSaved={(entry) => saved(current.id, t('budget.corrected', { code: current.code, amount: format.money(entry.remainingAfterMinor, current.currency) }))}
          onCancel={() => close({ button: buttonKey('correct', current.id) })}
        />
      ) : null}
      {panel.kind === 'ledger' && current ? (
        <LedgerPanel key={current.id} accountId={accountId} code={current} onClose={() => close({ button: buttonKey('ledger', current.id) })} />
      ) : null}
      {panel.kind === 'new' ? null : (
        <div>
          <button ref={addButtonRef} type="button" className="button" onClick={() => setPanel({ kind: 'new' })}>
            {t('budget.add')}
          </button>
        </div>
      )}
    </div>
  );
}
