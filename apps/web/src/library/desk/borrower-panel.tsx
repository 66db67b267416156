import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { BorrowerDetail, LibraryDirectory } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { apiGet } from '../../shared/api.ts';
import { useFormatDate, useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { useActionScope, useScopedValue, useStatus } from '../../shared/ui/action-scope.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { useFocusReturn } from '../../shared/ui/use-focus-return.ts';
import { rootGroup } from '../borrower-group-tree.ts';
import { libraryApi } from '../library-api.ts';
import { libraryKeys } from '../library-keys.ts';
import { useListFormat } from '../use-list-format.ts';
import { BorrowerForm } from './borrower-form.tsx';
import type { DeskAnswer } from './desk-answer.ts';
import { DeskActForm } from './desk-act-form.tsx';
import { DeskAnswerView } from './desk-answer-view.tsx';
import { LoansTable } from './loans-table.tsx';

interface Props {
  libraryId: string;
  borrowerId: string;
  directory: LibraryDirectory;
  onClose: () => void;
}

/** The borrower at the desk: who they are, what they may do now, and what they have. */
export function BorrowerPanel({ libraryId, borrowerId, directory, onClose }: Props) {
  const t = useT();
  const detail = useQuery({
    queryKey: libraryKeys.borrower(libraryId, borrowerId),
    queryFn: ({ signal }) => apiGet<BorrowerDetail>(libraryApi(libraryId, `/borrowers/${borrowerId}`), signal),
  });
  if (detail.isPending) return <Loading />;
  if (detail.isError) {
    if (detail.error instanceof ApiError && detail.error.status === 404) {
      return (
        <div className="notice notice--error" role="alert">
          <p>{t('libDesk.borrower.notFound')}</p>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('libDesk.borrower.close')}
          </button>
        </div>
      );
    }
    return <QueryError error={detail.error} onRetry={() => void detail.refetch()} />;
  }
  return <Panel libraryId={libraryId} detail={detail.data} directory={directory} onClose={onClose} />;
}

function Panel({ libraryId, detail, directory, onClose }: { libraryId: string; detail: BorrowerDetail; directory: LibraryDirectory; onClose: () => void }) {
  const t = useT();
  const format = useFormatters();
  const formatDate = useFormatDate();
  const list = useListFormat();
  const scope = useActionScope();
  const status = useStatus();
  const [answer, setAnswer] = useScopedValue<DeskAnswer>();
  const [editing, setEditing] = useState(false);
  const { buttonRef, returnFocus } = useFocusReturn(editing);
  const { borrower, loans, reservations, bookings } = detail;
  const rootName = rootGroup(directory.borrowerGroups)?.name;
  const materialGroupNames = new Map(directory.materialGroups.map((group) => [group.id, group.name]));
  const materialGroupName = (id: string) => materialGroupNames.get(id) ?? '';

  return (
    <section className="card stack borrower-panel" aria-labelledby="borrower-panel-title">
      <div className="card__head">
        <h2 id="borrower-panel-title">{borrower.name}</h2>
        <div className="button-row">
          <button ref={buttonRef('edit')} type="button" className="button button--secondary button--small" aria-expanded={editing} onClick={() => setEditing(true)}>
            {t('libDesk.borrower.edit')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={onClose}>
            {t('libDesk.borrower.close')}
          </button>
        </div>
      </div>
      <StatusMessage message={status.message} />
      {borrower.blocked ? <p className="notice notice--error">{t('libDesk.borrower.blockedNotice')}</p> : null}
      {editing ? (
        <BorrowerForm
          libraryId={libraryId}
          directory={directory}
          existing={borrower}
          onStart={status.begin}
          onSaved={(saved) => {
            returnFocus({ button: 'edit' });
            setEditing(false);
            status.show(t('libDesk.borrower.saved', { name: saved.name }));
          }}
          onCancel={() => {
            returnFocus({ button: 'edit' });
            setEditing(false);
          }}
        />
      ) : (
        <dl className="facts">
          <div>
            <dt>{t('libDesk.borrower.cardNumber')}</dt>
            <dd>{borrower.cardNumber}</dd>
          </div>
          <div>
            <dt>{t('libDesk.borrower.groups')}</dt>
            <dd>{borrower.groups.length > 0 ? list(borrower.groups.map((group) => group.name)) : t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('libDesk.borrower.status')}</dt>
            <dd>{borrower.blocked ? t('libDesk.borrower.isBlocked') : t('libDesk.borrower.isActive')}</dd>
          </div>
          <div>
            <dt>{t('libDesk.borrower.openLoans')}</dt>
            <dd>{format.count(borrower.openLoans)}</dd>
          </div>
        </dl>
      )}

      <DeskActForm libraryId={libraryId} borrower={borrower} onStart={scope.begin} onAnswer={setAnswer} />
      <DeskAnswerView answer={answer} rootName={rootName} />

      <h3>{t('libDesk.loans.title', { count: loans.length })}</h3>
      {loans.length === 0 ? (
        <p className="muted">{t('libDesk.loans.none')}</p>
      ) : (
        <LoansTable
          libraryId={libraryId}
          borrowerName={borrower.name}
          loans={loans}
          today={directory.today}
          materialGroupName={materialGroupName}
          rootName={rootName}
          onStart={scope.begin}
          onAnswer={setAnswer}
        />
      )}

      <h3>{t('libDesk.reservations.title', { count: reservations.length })}</h3>
      {reservations.length === 0 ? (
        <p className="muted">{t('libDesk.reservations.none')}</p>
      ) : (
        <TableScroll label={t('libDesk.reservations.title', { count: reservations.length })}>
          <table className="table-stack">
            <caption className="visually-hidden">{t('libDesk.reservations.title', { count: reservations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('libDesk.loans.titleColumn')}</th>
                <th scope="col">{t('libDesk.barcode')}</th>
                <th scope="col">{t('libDesk.reservations.placed')}</th>
              </tr>
            </thead>
            <tbody>
              {reservations.map((reservation) => (
                <tr key={reservation.id}>
                  <th scope="row">{reservation.item.title}</th>
                  <td data-label={t('libDesk.barcode')}>{reservation.item.barcode}</td>
                  <td data-label={t('libDesk.reservations.placed')}>{formatDate(reservation.createdAt, false)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <h3>{t('libDesk.bookings.title', { count: bookings.length })}</h3>
      {bookings.length === 0 ? (
        <p className="muted">{t('libDesk.bookings.none')}</p>
      ) : (
        <TableScroll label={t('libDesk.bookings.title', { count: bookings.length })}>
          <table className="table-stack">
            <caption className="visually-hidden">{t('libDesk.bookings.title', { count: bookings.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('libDesk.loans.titleColumn')}</th>
                <th scope="col">{t('libDesk.barcode')}</th>
                <th scope="col">{t('libDesk.bookings.period')}</th>
                <th scope="col">{t('libDesk.bookings.blockedFrom')}</th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((booking) => (
                <tr key={booking.id}>
                  <th scope="row">{booking.item.title}</th>
                  <td data-label={t('libDesk.barcode')}>{booking.item.barcode}</td>
                  <td data-label={t('libDesk.bookings.period')}>
                    {t('library.fact.periodValue', { start: format.calendarDate(booking.startsOn, 'medium'), end: format.calendarDate(booking.endsOn, 'medium') })}
                  </td>
                  <td data-label={t('libDesk.bookings.blockedFrom')}>{format.calendarDate(booking.blockedFrom, 'medium')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
