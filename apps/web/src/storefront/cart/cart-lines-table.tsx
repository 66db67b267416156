import { useMutation } from '@tanstack/react-query';
import type { BudgetCode, Cart, CartLine, DistributionSettings } from '@hylle/contracts';
import { api } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { lineNumbersForRepeatedTitles } from '../../shared/purchasing/line-name.ts';
import { CART_MUTATION_SCOPE, useStoreCart } from '../../shared/purchasing/use-cart.ts';
import { useScopedValue } from '../../shared/ui/action-scope.tsx';
import { TableScroll } from '../../shared/ui/table-scroll.tsx';
import { budgetCodeOptions } from './budget-options.ts';
import { CartLineRow } from './cart-line-row.tsx';

interface Props {
  cart: Cart;
  settings: DistributionSettings;
  /** For the codes' descriptions; the cart itself lists every code of the account. */
  budgetCodes: readonly BudgetCode[] | undefined;
  caption: string;
  onRemoved: (line: CartLine) => void;
}

/** The cart's lines, one row each with its values, price and sum (CHK-1). */
export function CartLinesTable({ cart, settings, budgetCodes, caption, onRemoved }: Props) {
  const t = useT();
  const storeCart = useStoreCart();
  const [removeError, setRemoveError] = useScopedValue<{ id: string; message: string }>();
  const remove = useMutation({
    scope: CART_MUTATION_SCOPE,
    mutationFn: (line: CartLine) => api<Cart>(`/api/cart/lines/${line.id}`, { method: 'DELETE' }),
    onSuccess: (next, line) => {
      storeCart(next);
      onRemoved(line);
    },
    onError: (error, line) => setRemoveError({ id: line.id, message: problemMessage(t, error) }),
  });

  const codes = cart.budgets.map((budget) => ({
    id: budget.budgetCodeId,
    code: budget.code,
    description: budgetCodes?.find((code) => code.id === budget.budgetCodeId)?.description,
  }));
  const numbers = lineNumbersForRepeatedTitles(cart.lines);

  return (
    <TableScroll label={caption}>
      <table className="table-stack cart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cart.col.title')}</th>
            <th scope="col">{t('cart.col.values')}</th>
            <th scope="col" className="numeric">
              {t('cart.col.unitPrice')}
            </th>
            <th scope="col" className="numeric">
              {t('cart.col.lineTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cart.lines.map((line, index) => (
            <CartLineRow
              key={line.id}
              line={line}
              lineNumber={numbers[index] ?? null}
              currency={cart.currency}
              settings={settings}
              budgetOptions={budgetCodeOptions(codes, line.budgetCodeId ? { id: line.budgetCodeId, code: line.budgetCode } : null, t('cart.field.noBudgetCode'))}
              onRemove={() => {
                setRemoveError(undefined);
                remove.mutate(line);
              }}
              removing={remove.isPending && remove.variables.id === line.id}
              removeError={removeError?.id === line.id ? removeError.message : undefined}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
