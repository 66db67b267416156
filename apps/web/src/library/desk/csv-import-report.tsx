import type { Ref } from 'react';
import type { CsvImportReport } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';

/**
 * What an import did: added and updated, or (the import being all or nothing) every line it
 * could not take. Focus comes here when it is done; the summary is read with the heading.
 */
export function CsvImportReportView({ report, id, ref }: { report: CsvImportReport; id: string; ref?: Ref<HTMLElement> }) {
  const t = useT();
  const format = useFormatters();
  const failed = report.problems.length > 0;
  return (
    <section ref={ref} className="card section" aria-labelledby={`${id}-report-title`} aria-describedby={`${id}-report-summary`} tabIndex={-1}>
      <h2 id={`${id}-report-title`}>{t('libDesk.import.reportTitle')}</h2>
      <p id={`${id}-report-summary`} className={failed ? 'notice notice--error' : 'notice notice--success'}>
        {failed
          ? t(report.problems.length === 1 ? 'libDesk.import.failed.one' : 'libDesk.import.failed.other', { count: format.count(report.problems.length) })
          : t('libDesk.import.done', { added: format.count(report.added), updated: format.count(report.updated) })}
      </p>
      {failed ? (
        <TableScroll label={t('libDesk.import.problems')}>
          <table className="problem-table">
            <caption className="visually-hidden">{t('libDesk.import.problems')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('libDesk.import.line')}
                </th>
                <th scope="col">{t('libDesk.import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((problem, index) => (
                <tr key={`${problem.line}-${index}`}>
                  <td className="numeric">{problem.line}</td>
                  {/* The import's own words are English; said so, screen readers pronounce them right. */}
                  <td lang="en" className="break-word">
                    {problem.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
