import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useDistributionSettings } from '../shared/distribution/use-distribution-settings.ts';
import { useFormatters } from '../shared/format.ts';
import { useT } from '../shared/i18n/use-t.ts';
import { useBudgetCodes } from '../shared/purchasing/use-budget-codes.ts';
import { useCart } from '../shared/purchasing/use-cart.ts';
import { useMemberAccountId } from '../shared/purchasing/use-member-account.ts';
import { VatTotalsTable } from '../shared/purchasing/vat-totals-table.tsx';
import { useSession } from '../shared/session.ts';
import { useStatus } from '../shared/ui/action-scope.tsx';
import { CustomerServiceContact } from '../shared/ui/customer-service-contact.tsx';
import { EmptyState } from '../shared/ui/empty-state.tsx';
import { Loading } from '../shared/ui/loading.tsx';
import { QueryError } from '../shared/ui/query-error.tsx';
import { StatusMessage } from '../shared/ui/status-message.tsx';
import { useDocumentTitle } from '../shared/use-document-title.ts';
import { BudgetSummary } from './cart/budget-summary.tsx';
import { CartLinesTable } from './cart/cart-lines-table.tsx';
import { CheckoutButton } from './cart/checkout-button.tsx';
import { ClearCart } from './cart/clear-cart.tsx';
import { QuickAddForm } from './cart/quick-add-form.tsx';

/** The cart (CHK-1, CHK-4): the buyer's lines for the current account, kept on the server. */
export function CartPage() {
  const t = useT();
  const { user } = useSession();
  const accountId = useMemberAccountId();
  useDocumentTitle(t('cart.title'));
  if (!user) {
    return (
      <div className="stack">
        <h1>{t('cart.title')}</h1>
        <EmptyState title={t('cart.signIn')}>
          <Link to={`/logg-inn?next=${encodeURIComponent('/handlekurv')}`} className="button">
            {t('app.signIn')}
          </Link>
        </EmptyState>
      </div>
    );
  }
  if (!accountId) {
    return (
      <div className="stack">
        <h1>{t('cart.title')}</h1>
        <EmptyState title={t('myPage.noAccount')}>
          <CustomerServiceContact />
        </EmptyState>
      </div>
    );
  }
  return <CartContent />;
}

type FocusTarget = { to: 'title' | 'lines'; at: number };

function CartContent() {
  const t = useT();
  const format = useFormatters();
  const status = useStatus();
  const cart = useCart();
  const settings = useDistributionSettings();
  const budgetCodes = useBudgetCodes();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const linesRef = useRef<HTMLHeadingElement>(null);
  // After a removal the button is gone: focus goes to the lines, or to the page's title once none are left.
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  useEffect(() => {
    if (focus?.to === 'title') titleRef.current?.focus();
    if (focus?.to === 'lines') linesRef.current?.focus();
  }, [focus]);

  if (cart.isPending || settings.isPending || budgetCodes.isLoading) return <Loading />;
  if (cart.isError || settings.isError) {
    return (
      <div className="stack">
        <h1>{t('cart.title')}</h1>
        <QueryError
          error={cart.error ?? settings.error}
          onRetry={() => {
            void cart.refetch();
            void settings.refetch();
          }}
        />
      </div>
    );
  }
  const data = cart.data;
  const copies = data.lines.reduce((sum, line) => sum + line.quantity, 0);
  const lineCount =
    data.lines.length === 1
      ? t('cart.linesCount.one', { copies: format.count(copies) })
      : t('cart.linesCount.other', { count: format.count(data.lines.length), copies: format.count(copies) });

  return (
    <div className="stack cart-page">
      <h1 ref={titleRef} tabIndex={-1}>
        {t('cart.title')}
      </h1>
      <StatusMessage message={status.message} />
      {data.lines.length === 0 ? (
        <EmptyState title={t('cart.empty')}>
          <p>{t('cart.emptyHint')}</p>
          <p>{t('cart.emptyQuickHint')}</p>
          <Link to="/search" className="button button--secondary">
            {t('cart.search')}
          </Link>
        </EmptyState>
      ) : (
        <>
          <p className="lead">{t('cart.intro')}</p>
          <section className="section" aria-labelledby="cart-lines-title">
            <div className="page-heading">
              <h2 id="cart-lines-title" ref={linesRef} tabIndex={-1}>
                {t('cart.linesTitle')}
              </h2>
              <p className="muted">{lineCount}</p>
            </div>
            <CartLinesTable
              cart={data}
              settings={settings.data}
              budgetCodes={budgetCodes.data}
              caption={t('cart.title')}
              onRemoved={(line) => {
                status.show(t('cart.line.removed', { title: line.product.title }));
                setFocus({ to: data.lines.length > 1 ? 'lines' : 'title', at: Date.now() });
              }}
            />
          </section>
          <div className="cart-summary">
            <BudgetSummary
              budgets={data.budgets}
              currency={data.currency}
              title={t('cart.budgets.title')}
              caption={t('cart.budgets.caption')}
              headingId="cart-budgets-title"
            />
            <section className="card cart-totals" aria-labelledby="cart-totals-title">
              <h2 id="cart-totals-title" className="card__title">
                {t('cart.totals.title')}
              </h2>
              <VatTotalsTable vatTotals={data.vatTotals} totals={data.totals} currency={data.currency} caption={t('cart.totals.caption')} />
              <CheckoutButton orderable={data.orderable} />
            </section>
          </div>
          <ClearCart
            lineCount={data.lines.length}
            onCleared={() => {
              status.show(t('cart.cleared'));
              setFocus({ to: 'title', at: Date.now() });
            }}
          />
        </>
      )}
      <QuickAddForm settings={settings.data} budgetCodes={budgetCodes.data ?? []} />
    </div>
  );
}
