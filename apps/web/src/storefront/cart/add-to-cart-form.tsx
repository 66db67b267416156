import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { AddCartLineBody, BudgetCode, Cart, DistributionSettings, ProductDetail } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { useDistributionSettings } from '../../shared/distribution/use-distribution-settings.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { CART_MUTATION_SCOPE, useCart, useStoreCart } from '../../shared/purchasing/use-cart.ts';
import { useBudgetCodes } from '../../shared/purchasing/use-budget-codes.ts';
import { useStatus } from '../../shared/ui/action-scope.tsx';
import { FormError } from '../../shared/ui/form-error.tsx';
import { Loading } from '../../shared/ui/loading.tsx';
import { QueryError } from '../../shared/ui/query-error.tsx';
import { StatusMessage } from '../../shared/ui/status-message.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { budgetCodeOptions } from './budget-options.ts';
import { BudgetPreview } from './budget-preview.tsx';
import { newLineDraft, parseQuantity, valuesOfDraft, type LineDraft } from './cart-line-draft.ts';
import { LineValueFields } from './line-value-fields.tsx';
import { lineFieldPaths, useLineErrors } from './use-line-errors.ts';

const headingId = 'add-to-cart-title';
const previewId = 'add-to-cart-budget';

/**
 * "Legg i handlekurv" on the product page (CHK-1, CHK-4): quantity, line reference, budget
 * code with what it has left after this line, and the library's distribution info, starting
 * from the buyer's defaults. The same title can be added again as another line, say for
 * another department: the values stay after adding, ready to be changed.
 */
export function AddToCartForm({ product }: { product: ProductDetail }) {
  const t = useT();
  const settings = useDistributionSettings();
  const budgetCodes = useBudgetCodes();
  if (product.availability.status === 'out_of_print') {
    return (
      <div className="notice notice--info add-to-cart__closed">
        <p>{t('cart.add.outOfPrint')}</p>
      </div>
    );
  }
  if (settings.isPending || budgetCodes.isLoading) return <Loading />;
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => void settings.refetch()} />;
  return <AddToCartFields product={product} settings={settings.data} budgetCodes={budgetCodes.data ?? []} budgetCodesFailed={budgetCodes.isError} />;
}

interface FieldsProps {
  product: ProductDetail;
  settings: DistributionSettings;
  budgetCodes: readonly BudgetCode[];
  budgetCodesFailed: boolean;
}

function AddToCartFields({ product, settings, budgetCodes, budgetCodesFailed }: FieldsProps) {
  const t = useT();
  const format = useFormatters();
  const status = useStatus();
  const cart = useCart();
  const storeCart = useStoreCart();
  const [draft, setDraft] = useState<LineDraft>(() =>
    newLineDraft(
      settings,
      budgetCodes.map((code) => code.id),
    ),
  );
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const [added, setAdded] = useState(0);

  const add = useMutation({
    scope: CART_MUTATION_SCOPE,
    mutationFn: (body: AddCartLineBody) => apiPost<Cart>('/api/cart/lines', body),
    onSuccess: (next, body) => {
      storeCart(next);
      setAdded((count) => count + 1);
      const budget = body.budgetCodeId ? next.budgets.find((entry) => entry.budgetCodeId === body.budgetCodeId) : undefined;
      const parts = [t('cart.add.added', { quantity: format.count(body.quantity) })];
      if (budget) parts.push(t('cart.add.addedBudget', { code: budget.code, amount: format.money(budget.remainingAfterCartMinor, next.currency) }));
      status.show(parts.join(' '));
    },
  });
  const errorOf = useLineErrors(add.error, settings, localError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    status.begin();
    const checked = valuesOfDraft(draft);
    if (!checked.ok) {
      setLocalError({ field: 'quantity', message: t('cart.field.quantityInvalid') });
      document.getElementById('add-to-cart-quantity')?.focus();
      return;
    }
    setLocalError(null);
    add.reset();
    add.mutate({ productId: product.id, ...checked.values });
  };

  const chosenCode = budgetCodes.find((code) => code.id === draft.budgetCodeId);
  const options = budgetCodeOptions(budgetCodes, null, t('cart.field.noBudgetCode'), (code) => {
    const full = budgetCodes.find((candidate) => candidate.id === code.id);
    return full ? t('cart.add.budgetOption', { code: full.code, amount: format.money(full.remainingMinor, full.currency) }) : code.code;
  });

  return (
    <form className="card form add-to-cart" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('cart.add.title')}
      </h2>
      <LineValueFields
        idPrefix="add-to-cart"
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          if (localError) setLocalError(null);
        }}
        settings={settings}
        budgetOptions={options}
        describedBy={chosenCode ? previewId : undefined}
        errorOf={errorOf}
      />
      {budgetCodesFailed ? <p className="field__hint">{t('distribution.defaults.budgetUnavailable')}</p> : null}
      <BudgetPreview id={previewId} code={chosenCode} cart={cart.data} price={product.price} quantity={parseQuantity(draft.quantity)} />
      <FormError error={add.error} fields={lineFieldPaths(settings, Object.keys(draft.extraFields))} />
      <div className="button-row">
        <SubmitButton pending={add.isPending} label={added > 0 ? t('cart.add.again') : t('cart.add.submit')} pendingLabel={t('cart.add.adding')} />
        {added > 0 ? <Link to="/handlekurv">{t('cart.add.toCart')}</Link> : null}
      </div>
      {added > 0 ? <p className="field__hint">{t('cart.add.againHint')}</p> : null}
      <StatusMessage message={status.message} />
    </form>
  );
}
