import { useQuery } from '@tanstack/react-query';
import type { DeliveryAddress } from '@hylle/contracts';
import { DeliveryAddressManager } from '../shared/account-admin/delivery-address-manager.tsx';
import { apiGet } from '../shared/api.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { isAccountAdmin, useSession } from '../shared/session.ts';
import { CustomerServiceContact } from '../shared/ui/customer-service-contact.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { accountKeys } from './account-query-keys.ts';
import { RequireAccount } from './require-account.tsx';

export function DeliveryAddressesPage() {
  const t = useT();
  useDocumentTitle(t('addresses.title'));
  return <RequireAccount title={t('addresses.title')}>{(accountId) => <AddressesContent accountId={accountId} />}</RequireAccount>;
}

function AddressesContent({ accountId }: { accountId: string }) {
  const t = useT();
  const session = useSession();
  const isAdmin = isAccountAdmin(session);
  const customerManages = session.store.customerManagesDeliveryAddresses;
  // Some stores let only customer service change addresses; the server enforces the same rule.
  const canEdit = isAdmin && customerManages;
  const addresses = useQuery({
    queryKey: accountKeys.addresses(accountId),
    queryFn: ({ signal }) => apiGet<DeliveryAddress[]>('/api/account/delivery-addresses', signal),
  });
  // Who can change them, when this user can't: the account's admin, or customer service.
  const readOnlyNote = customerManages ? (
    <p className="notice notice--info">{t('addresses.askAdmin')}</p>
  ) : (
    <div className="notice notice--info">
      <p>{t('addresses.contactService')}</p>
      <CustomerServiceContact />
    </div>
  );
  return (
    <div className="stack">
      <h1>{t('addresses.title')}</h1>
      <p className="lead">{t('addresses.intro')}</p>
      {addresses.isPending ? (
        <Loading />
      ) : addresses.isError ? (
        <QueryError error={addresses.error} onRetry={() => void addresses.refetch()} />
      ) : (
        <DeliveryAddressManager
          headingLevel={2}
          basePath="/api/account"
          addresses={addresses.data}
          canEdit={canEdit}
          readOnlyNote={readOnlyNote}
          onChanged={() => addresses.refetch()}
        />
      )}
    </div>
  );
}
