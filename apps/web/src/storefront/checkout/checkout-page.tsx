import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CheckoutOptions } from '@hylle/contracts';
import { apiGet } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { purchasingKeys } from '../../shared/purchasing/purchasing-keys.ts';
import { useCart } from '../../shared/purchasing/use-cart.ts';
import { useMemberAccountId } from '../../shared/purchasing/use-member-account.ts';
import { CustomerServiceContact } from '../../shared/ui/customer-service-contact.tsx';
import { EmptyState } from '../../shared/ui/empty-state.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { useDocumentTitle } from '../../shared/use-document-title.ts';
import { CheckoutForm } from './checkout-form.tsx';

/** /kasse: checkout for the signed-in member's cart (sign-in is asked for by the route). */
export function CheckoutPage() {
  const t = useT();
  const accountId = useMemberAccountId();
  useDocumentTitle(t('checkout.title'));
  return (
    <div className="stack checkout-page">
      <h1 id="checkout-title">{t('checkout.title')}</h1>
      {accountId ? (
        <CheckoutContent accountId={accountId} />
      ) : (
        <EmptyState title={t('myPage.noAccount')}>
          <CustomerServiceContact />
        </EmptyState>
      )}
    </div>
  );
}

function CheckoutContent({ accountId }: { accountId: string }) {
  const t = useT();
  const cart = useCart({ fresh: true });
  const options = useQuery({
    queryKey: purchasingKeys.checkoutOptions(accountId),
    queryFn: ({ signal }) => apiGet<CheckoutOptions>('/api/checkout/options', signal),
    refetchOnMount: 'always',
  });
  if (cart.isPending || options.isPending) return <Loading />;
  if (cart.isError || options.isError) {
    return (
      <QueryError
        error={cart.error ?? options.error}
        onRetry={() => {
          void cart.refetch();
          void options.refetch();
        }}
      />
    );
  }
  if (cart.data.lines.length === 0) {
    return (
      <EmptyState title={t('checkout.empty')}>
        <Link to="/search" className="button button--secondary">
          {t('cart.search')}
        </Link>
      </EmptyState>
    );
  }
  if (!cart.data.orderable) {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('errors.cart_not_orderable')}</p>
        <p>
          <Link to="/handlekurv">{t('checkout.toCart')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="lead">{t('checkout.intro')}</p>
      <CheckoutForm accountId={accountId} cart={cart.data} options={options.data} reloadCart={() => cart.refetch()} reloadOptions={() => options.refetch()} />
    </>
  );
}
