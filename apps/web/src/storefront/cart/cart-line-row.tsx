import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Cart, CartLine, CartLineValues, DistributionSettings } from '@hylle/contracts';
import { apiPut } from '../../shared/api.ts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { isShownAtField, problemMessage } from '../../shared/problem-message.ts';
import { lineFieldName } from '../../shared/purchasing/line-name.ts';
import { LINE_PROBLEM_KEYS } from '../../shared/purchasing/cart-labels.ts';
import { CART_MUTATION_SCOPE, useStoreCart } from '../../shared/purchasing/use-cart.ts';
import type { SelectOption } from '../../shared/ui/select-field.tsx';
import { productPath } from '../catalog/search-hit.tsx';
import { draftOfLine, sameDraft, valuesOfDraft, type LineDraft } from './cart-line-draft.ts';
import { LineValueFields } from './line-value-fields.tsx';
import { lineFieldPaths, useLineErrors } from './use-line-errors.ts';

interface Props {
  line: CartLine;
  /** The line's number when its title is on several lines, to tell their fields apart. */
  lineNumber: number | null;
  currency: string;
  settings: DistributionSettings;
  budgetOptions: readonly SelectOption[];
  onRemove: () => void;
  removing: boolean;
  removeError: string | undefined;
}

type RowState = {
  /** The line as the server last sent it. */
  basis: CartLine;
  /** What the fields show: the buyer's text, kept until the server has it. */
  draft: LineDraft;
  /** The draft last sent, to recognise the server's answer to it. */
  sent: LineDraft | null;
};

/**
 * One cart line, every value editable in place (CHK-1): a select saves when changed, a text
 * field when left (or on Enter). Typed text is never replaced while it differs from what the
 * server has: a refused value stays in its field with the reason beside it.
 */
export function CartLineRow({ line, lineNumber, currency, settings, budgetOptions, onRemove, removing, removeError }: Props) {
  const t = useT();
  const format = useFormatters();
  const storeCart = useStoreCart();
  const [state, setState] = useState<RowState>(() => ({ basis: line, draft: draftOfLine(line), sent: null }));
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);

  if (state.basis !== line) {
    // A new answer from the server (this line's save, or any other change of the cart).
    const serverDraft = draftOfLine(line);
    const landed = state.sent !== null && sameDraft(serverDraft, state.sent);
    const edited = !sameDraft(state.draft, draftOfLine(state.basis)) && !(landed && state.sent !== null && sameDraft(state.draft, state.sent));
    setState({ basis: line, draft: edited ? state.draft : serverDraft, sent: landed ? null : state.sent });
  }

  const save = useMutation({
    scope: CART_MUTATION_SCOPE,
    mutationFn: (values: CartLineValues) => apiPut<Cart>(`/api/cart/lines/${line.id}`, values),
    onSuccess: storeCart,
  });
  const errorOf = useLineErrors(save.error, settings, localError);

  const commit = (next: LineDraft) => {
    if (sameDraft(next, draftOfLine(state.basis)) && !save.isError && !localError) return;
    // Already on its way: leaving another field unchanged sends nothing more.
    if (save.isPending && state.sent !== null && sameDraft(next, state.sent)) return;
    const checked = valuesOfDraft(next);
    if (!checked.ok) {
      setLocalError({ field: 'quantity', message: t('cart.field.quantityInvalid') });
      return;
    }
    setLocalError(null);
    setState((current) => ({ ...current, sent: next }));
    save.mutate(checked.values);
  };

  const nameOf = (label: string) => lineFieldName(t, label, line.product.title, lineNumber);
  const idPrefix = `cart-line-${line.id}`;
  const paths = lineFieldPaths(settings, Object.keys(state.draft.extraFields));
  const rowError = save.isError && !isShownAtField(save.error, paths) ? problemMessage(t, save.error) : undefined;
  const saveState = save.isPending ? t('cart.line.saving') : save.isError || localError ? t('cart.line.notSaved') : save.isSuccess ? t('cart.line.saved') : '';
  const price = line.price;
  const money = (minor: number) => format.money(minor, currency);

  return (
    <tr className={line.problems.length > 0 ? 'cart-line cart-line--problem' : 'cart-line'}>
      <th scope="row" className="cart-line__product">
        <div className="cart-line__product-inner">
          <img className="cart-line__cover" src={line.product.coverUrl} alt="" width={48} height={72} loading="lazy" decoding="async" />
          <span className="cart-line__name">
            <Link to={productPath(line.product)}>{line.product.title}</Link>
            {line.product.contributor ? <span className="cart-line__byline">{line.product.contributor}</span> : null}
            <span className="cart-line__isbn">ISBN {line.product.isbn}</span>
          </span>
        </div>
      </th>
      <td data-label={t('cart.col.values')} className="cart-line__values">
        {line.problems.length > 0 ? (
          <ul className="cart-line__problems">
            {line.problems.map((problem) => (
              <li key={problem}>{t(LINE_PROBLEM_KEYS[problem])}</li>
            ))}
          </ul>
        ) : null}
        <LineValueFields
          idPrefix={idPrefix}
          draft={state.draft}
          onChange={(draft) => setState((current) => ({ ...current, draft }))}
          onCommit={commit}
          settings={settings}
          budgetOptions={budgetOptions}
          errorOf={errorOf}
          nameOf={nameOf}
        />
        {rowError ? (
          <p className="field__error" role="alert">
            {rowError}
          </p>
        ) : null}
        <div className="cart-line__actions">
          <p role="status" className="cart-line__saved">
            {saveState}
          </p>
          <button
            type="button"
            className="button button--danger-quiet button--small"
            aria-label={lineNumber === null ? t('cart.line.removeName', { title: line.product.title }) : t('cart.line.removeNameLine', { title: line.product.title, line: lineNumber })}
            aria-disabled={removing || undefined}
            onClick={() => {
              if (!removing) onRemove();
            }}
          >
            {removing ? t('cart.line.removing') : t('cart.line.remove')}
          </button>
        </div>
        {removeError ? (
          <p className="field__error" role="alert">
            {removeError}
          </p>
        ) : null}
      </td>
      <td data-label={t('cart.col.unitPrice')} className="numeric cart-line__price">
        {price ? (
          <>
            <span className="nowrap cart-line__unit">{money(price.unit.gross)}</span>
            {price.discountBp > 0 && price.unit.gross !== price.list.gross ? (
              <>
                <span className="cart-line__list">{t('cart.line.listPrice', { amount: money(price.list.gross) })}</span>
                <span className="cart-line__discount">
                  {t(price.discountKind === 'fixed_price' ? 'price.discountFixed' : 'price.discount', { percent: format.percent(price.discountBp) })}
                </span>
              </>
            ) : null}
          </>
        ) : (
          t('cart.line.noPrice')
        )}
      </td>
      <td data-label={t('cart.col.lineTotal')} className="numeric nowrap cart-line__total">
        {line.lineAmounts ? money(line.lineAmounts.gross) : '–'}
      </td>
    </tr>
  );
}
