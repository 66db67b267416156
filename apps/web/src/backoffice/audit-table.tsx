import { Link } from 'react-router';
import type { AuditEntry } from '@hylle/contracts';
import { countryName } from '../shared/countries.ts';
import { useFormatDate, useFormatters } from '../shared/format.ts';
import { intlLocales } from '../shared/i18n/languages.ts';
import type { Translate } from '../shared/i18n/translate.ts';
import { useLanguage } from '../shared/i18n/use-t.ts';
import { useSession } from '../shared/session.ts';
import { EmailText } from '../shared/ui/email-text.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { TableScroll } from '../shared/ui/table-scroll.tsx';
import { CUSTOMER_TYPE_KEYS } from './customer-types.ts';
import { AUDIT_FIELD_KEYS, auditActionKey, auditChanges, formatAuditValue, type AuditValueFormat } from './audit-diff.ts';

interface Props {
  entries: readonly AuditEntry[];
  caption: string;
  /** The global log says which account each change concerns; an account's own log needn't. */
  showAccount?: boolean;
}

export function auditActionLabel(t: Translate, action: string): string {
  const key = auditActionKey(action);
  return key ? t(key) : action;
}

export function AuditTable({ entries, caption, showAccount = false }: Props) {
  const { t, language } = useLanguage();
  const formatDate = useFormatDate();
  const numbers = useFormatters();
  const { store } = useSession();
  if (entries.length === 0) return <EmptyState title={t('audit.empty')} />;

  const format: AuditValueFormat = {
    none: '—',
    yes: t('common.yes'),
    no: t('common.no'),
    role: (role) => (role === 'admin' ? t('role.admin') : role === 'buyer' ? t('role.buyer') : undefined),
    jobStatus: (status) => (status === 'dead' ? t('audit.jobStatus.dead') : status === 'pending' ? t('audit.jobStatus.pending') : undefined),
    country: (code) => countryName(code, intlLocales(language)),
    date: (iso) => formatDate(iso),
    percentBp: (bp) => numbers.percent(bp),
    customerType: (type) => (type in CUSTOMER_TYPE_KEYS ? t(CUSTOMER_TYPE_KEYS[type as keyof typeof CUSTOMER_TYPE_KEYS]) : undefined),
    bytes: (bytes) => numbers.bytes(bytes),
    moneyMinor: (minor) => numbers.money(minor, store.currency),
  };
  const fieldName = (field: string) => {
    const key = AUDIT_FIELD_KEYS[field];
    return key ? t(key) : field;
  };

  return (
    <TableScroll label={caption}>
      <table className="table-stack audit-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.action')}</th>
            {showAccount ? <th scope="col">{t('audit.account')}</th> : null}
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const action = auditActionLabel(t, entry.action);
            const changes = auditChanges(entry.before, entry.after);
            return (
              <tr key={entry.id}>
                <td data-label={t('audit.at')}>
                  {formatDate(entry.at)}
                </td>
                <th scope="row">
                  {action}
                </th>
                {showAccount ? (
                  <td data-label={t('audit.account')}>
                    {entry.accountId ? <Link to={`/backoffice/accounts/${entry.accountId}`}>{entry.accountName ?? entry.accountId}</Link> : '—'}
                  </td>
                ) : null}
                <td data-label={t('audit.actor')} className="break-word">
                  <EmailText email={entry.actorEmail} />
                </td>
                <td data-label={t('audit.changes')}>
                  {changes.length === 0 ? (
                    <span className="muted">{t('audit.noFieldChanges')}</span>
                  ) : (
                    <details>
                      <summary>{t('audit.show')}</summary>
                      <table className="diff-table">
                        <caption className="visually-hidden">{t('audit.changesFor', { action })}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('audit.field')}</th>
                            <th scope="col">{t('audit.before')}</th>
                            <th scope="col">{t('audit.after')}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {changes.map((change) => (
                            <tr key={change.field}>
                              <th scope="row">{fieldName(change.field)}</th>
                              <td className="diff-table__before">{formatAuditValue(change.field, change.before, format)}</td>
                              <td>{formatAuditValue(change.field, change.after, format)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
