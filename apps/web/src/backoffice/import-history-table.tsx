import { Link } from 'react-router';
import type { CatalogImport } from '@hylle/contracts';
import { useFormatDate, useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { TableScroll } from '../shared/ui/table-scroll.tsx';
import { IMPORT_SOURCE_KEYS, ImportStatusBadge } from './catalogue-import-view.tsx';

export function ImportHistoryTable({ items }: { items: readonly CatalogImport[] }) {
  const t = useT();
  const formatDate = useFormatDate();
  const format = useFormatters();
  return (
    <TableScroll label={t('catalogue.history')}>
      <table className="table-stack import-table">
        <caption className="visually-hidden">{t('catalogue.history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.fileName')}</th>
            <th scope="col">{t('catalogue.status')}</th>
            <th scope="col">{t('catalogue.when')}</th>
            <th scope="col">{t('catalogue.source')}</th>
            <th scope="col">{t('catalogue.startedBy')}</th>
            <th scope="col">{t('catalogue.counts')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="break-word">
                <Link to={`/backoffice/catalogue/imports/${item.id}`}>{item.fileName}</Link>
              </th>
              <td data-label={t('catalogue.status')}>
                <ImportStatusBadge status={item.status} />
              </td>
              <td data-label={t('catalogue.when')}>{formatDate(item.createdAt)}</td>
              <td data-label={t('catalogue.source')}>{t(IMPORT_SOURCE_KEYS[item.source])}</td>
              <td data-label={t('catalogue.startedBy')} className="break-word">
                {item.startedBy ?? '—'}
              </td>
              <td data-label={t('catalogue.counts')}>
                {t('catalogue.countsShort', {
                  added: format.count(item.added),
                  updated: format.count(item.updated),
                  unchanged: format.count(item.unchanged),
                  skipped: format.count(item.skipped),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
