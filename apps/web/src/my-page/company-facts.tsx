import type { CompanyInfo } from '@hylle/contracts';
import { useT } from '../shared/i18n/use-t.ts';
import { CustomerServiceContact } from '../shared/ui/customer-service-contact.tsx';

export function CompanyFacts({ company }: { company: CompanyInfo }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="company-facts-title">
      <h2 id="company-facts-title" className="card__title">
        {company.name}
      </h2>
      <dl className="facts">
        {company.customerNumber !== null ? (
          <div>
            <dt>{t('company.customerNumber')}</dt>
            <dd>{company.customerNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('company.orgNumber')}</dt>
          <dd>{company.organisationNumber}</dd>
        </div>
        <div>
          <dt>{t('company.customerReference')}</dt>
          <dd>{company.customerReference ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('company.payOnInvoice')}</dt>
          <dd>{company.payOnInvoiceAllowed ? t('common.yes') : t('common.no')}</dd>
        </div>
        <div>
          <dt>{t('company.yourRole')}</dt>
          <dd>{t(company.role === 'admin' ? 'role.admin' : 'role.buyer')}</dd>
        </div>
      </dl>
      <div className="muted">
        <p>{t('company.managedByStaff')}</p>
        <CustomerServiceContact />
      </div>
    </section>
  );
}
