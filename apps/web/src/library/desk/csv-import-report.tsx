import type { Ref } from 'react';
import type { CsvImportReport } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ImportProblemTable } from '../../shared/ui/import-problem-table.tsx';

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
        <ImportProblemTable problems={report.problems} label={t('libDesk.import.problems')} lineHeader={t('libDesk.import.line')} problemHeader={t('libDesk.import.problem')} />
      ) : null}
    </section>
  );
}
