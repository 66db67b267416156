import type { Ref } from 'react';
import { Link } from 'react-router';
import type { OrderImportReport as Report } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ImportProblemTable } from '../../shared/ui/import-problem-table.tsx';

/**
 * What an import did: orders and lines created, and each problem with the line of the file it
 * is on. Focus comes here after the upload; the summary is read with the heading.
 */
export function OrderImportReport({ report, ref }: { report: Report; ref?: Ref<HTMLElement> }) {
  const t = useT();
  const format = useFormatters();
  const created = t('boOrders.import.created', { orders: format.count(report.ordersCreated), lines: format.count(report.linesCreated) });
  return (
    <section ref={ref} className="card section" aria-labelledby="order-import-report-title" aria-describedby="order-import-summary" tabIndex={-1}>
      <h2 id="order-import-report-title">{t('boOrders.import.reportTitle')}</h2>
      <p id="order-import-summary" className={report.problems.length > 0 ? 'notice notice--error' : 'notice notice--success'}>
        {created}
        {report.alreadyImported > 0 ? ` ${t('boOrders.import.already', { count: format.count(report.alreadyImported) })}` : ''}{' '}
        {report.problems.length > 0 ? t('boOrders.import.problemCount', { count: format.count(report.problems.length) }) : t('boOrders.import.noProblems')}
      </p>
      {report.ordersCreated > 0 ? (
        <p>
          <Link to="/backoffice/ordrer">{t('boOrders.import.seeOrders')}</Link>
        </p>
      ) : null}
      {report.problems.length > 0 ? (
        <>
          <h3>{t('boOrders.import.problems')}</h3>
          <p className="field__hint">{t('boOrders.import.problemsHint')}</p>
          <ImportProblemTable problems={report.problems} label={t('boOrders.import.problems')} lineHeader={t('boOrders.import.line')} problemHeader={t('boOrders.import.problem')} />
        </>
      ) : null}
    </section>
  );
}
