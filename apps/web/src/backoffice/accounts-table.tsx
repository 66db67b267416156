import { Link } from 'react-router';
import type { AccountSummary } from '@hylle/contracts';
import { useT } from '../shared/i18n/use-t.ts';
import { TableScroll } from '../shared/ui/table-scroll.tsx';

export function AccountsTable({ accounts }: { accounts: readonly AccountSummary[] }) {
  const t = useT();
  return (
    <TableScroll label={t('bo.accounts')}>
      <table className="table-stack">
        <caption className="visually-hidden">{t('bo.accounts')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('company.customerNumber')}</th>
            <th scope="col">{t('company.name')}</th>
            <th scope="col">{t('company.orgNumber')}</th>
            <th scope="col">{t('company.customerReference')}</th>
            <th scope="col" className="numeric">
              {t('bo.memberCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <td data-label={t('company.customerNumber')}>{account.customerNumber}</td>
              <th scope="row">
                <Link to={`/backoffice/accounts/${account.id}`}>{account.name}</Link>
              </th>
              <td data-label={t('company.orgNumber')}>{account.organisationNumber}</td>
              <td data-label={t('company.customerReference')}>{account.customerReference ?? ''}</td>
              <td data-label={t('bo.memberCount')} className="numeric">
                {account.memberCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
