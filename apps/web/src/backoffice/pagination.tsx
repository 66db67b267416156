import { useT } from '../shared/i18n/use-t.ts';

interface Props {
  offset: number;
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

export function Pagination({ offset, limit, total, onChange }: Props) {
  const t = useT();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav aria-label={t('bo.pagination')} className="pagination">
      <p>{t('bo.showing', { from, to, total })}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
          {t('common.previous')}
        </button>
        <button type="button" className="button button--secondary" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
          {t('common.next')}
        </button>
      </div>
    </nav>
  );
}
