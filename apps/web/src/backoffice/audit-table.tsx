import type { AuditEntry } from '@hylle/contracts';
import { useFormatDate } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { EmptyState } from '../shared/ui/empty-state.tsx';

function pretty(value: unknown): string {
  return value === null || value === undefined ? '–' : JSON.stringify(value, null, 2);
}

export function AuditTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  const t = useT();
  const formatDate = useFormatDate();
  if (entries.length === 0) return <EmptyState title={t('audit.empty')} />;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">{formatDate(entry.at)}</td>
              <td>{entry.actorEmail}</td>
              <th scope="row">
                <code>{entry.action}</code>
              </th>
              <td>
                <details>
                  <summary>{t('audit.show')}</summary>
                  <div className="diff">
                    <div>
                      <p className="diff__label">{t('audit.before')}</p>
                      <pre>{pretty(entry.before)}</pre>
                    </div>
                    <div>
                      <p className="diff__label">{t('audit.after')}</p>
                      <pre>{pretty(entry.after)}</pre>
                    </div>
                  </div>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
