import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BudgetCode, BudgetLedgerPage } from '@hylle/contracts';
import { apiGet } from '../shared/api.ts';
import { Money } from '../shared/budget/money.tsx';
import { useFormatDate } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { TableScroll } from '../shared/ui/table-scroll.tsx';
import { backofficeKeys } from './backoffice-keys.ts';
import { Pagination } from './pagination.tsx';
import { codesPath } from './budget-codes-path.ts';

const LEDGER_PAGE_SIZE = 20;

/** A code's movements, newest first: order debits, cancellation credits, corrections — who and why. */
export function LedgerPanel({ accountId, code, onClose }: { accountId: string; code: BudgetCode; onClose: () => void }) {
  const t = useT();
  const formatDate = useFormatDate();
  const [page, setPage] = useState(1);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = `budget-ledger-${code.id}`;
  const ledger = useQuery({
    queryKey: backofficeKeys.budgetLedger(accountId, code.id, page),
    queryFn: ({ signal }) => apiGet<BudgetLedgerPage>(`${codesPath(accountId)}/${code.id}/ledger?page=${page}&pageSize=${LEDGER_PAGE_SIZE}`, signal),
  });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const caption = t('budget.ledgerTitle', { code: code.code });
  return (
    <section className="card stack" aria-labelledby={`${prefix}-title`} onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}>
      <div className="card__head">
        <h3 id={`${prefix}-title`} ref={headingRef} tabIndex={-1} className="card__title">
          {caption}
        </h3>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('budget.closeLedger')}
        </button>
      </div>
      {ledger.isPending ? (
        <Loading />
      ) : ledger.isError ? (
        <QueryError error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : ledger.data.total === 0 ? (
        <EmptyState title={t('budget.ledgerEmpty')} />
      ) : (
        <>
          <TableScroll label={caption}>
            <table className="table-stack budget-ledger">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('budget.ledger.at')}</th>
                  <th scope="col">{t('budget.ledger.kind')}</th>
                  <th scope="col" className="numeric">
                    {t('budget.ledger.change')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('budget.ledger.remainingAfter')}
                  </th>
                  <th scope="col">{t('budget.ledger.actor')}</th>
                  <th scope="col">{t('budget.ledger.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {ledger.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td data-label={t('budget.ledger.at')}>
                      {formatDate(entry.createdAt)}
                    </td>
                    <th scope="row">{t(`budget.kind.${entry.kind}`)}</th>
                    <td data-label={t('budget.ledger.change')} className="numeric nowrap">
                      {/* The ledger counts spending; people read what it did to the remaining figure. */}
                      <Money minor={-entry.amountMinor} currency={code.currency} signed />
                    </td>
                    <td data-label={t('budget.ledger.remainingAfter')} className="numeric nowrap">
                      <Money minor={entry.remainingAfterMinor} currency={code.currency} flagNegative />
                    </td>
                    <td data-label={t('budget.ledger.actor')}>{entry.actorName ?? <span className="muted">{t('budget.ledger.deletedUser')}</span>}</td>
                    <td data-label={t('budget.ledger.reason')} className="break-word budget-ledger__reason">
                      {entry.reason ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {ledger.data.total > LEDGER_PAGE_SIZE ? (
            <Pagination
              offset={(page - 1) * LEDGER_PAGE_SIZE}
              limit={LEDGER_PAGE_SIZE}
              total={ledger.data.total}
              onChange={(offset) => setPage(Math.floor(offset / LEDGER_PAGE_SIZE) + 1)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
