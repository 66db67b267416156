import { useState, type FormEvent } from 'react';
import type { OrderPage } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { ORDER_STATUSES, orderStatusLabel } from '../../shared/orders/order-labels.ts';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { emptyOrderFilters, hasOrderFilters, type OrderFilters } from './order-filters.ts';

interface Props {
  /** The filters in the URL; the form starts from them (the page remounts it when they change). */
  filters: OrderFilters;
  buyers: OrderPage['buyers'];
  onApply: (filters: OrderFilters) => void;
}

/**
 * Filters of the order overview (ORD-1): buyer (or only mine), status, dates, requisition and
 * title or ISBN. "Bare mine" is a shortcut that applies at once; the rest apply together.
 */
export function OrderFilterForm({ filters, buyers, onApply }: Props) {
  const t = useT();
  const [draft, setDraft] = useState(filters);
  const set = (key: 'buyer' | 'from' | 'to' | 'requisition' | 'title') => (value: string) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };

  // A buyer who has left the account still names their orders: keep them as an option.
  const buyerOptions = [{ value: '', label: t('orders.filters.allBuyers') }, ...buyers.map((buyer) => ({ value: buyer.userId, label: buyer.name }))];
  if (draft.buyer && !buyers.some((buyer) => buyer.userId === draft.buyer)) buyerOptions.push({ value: draft.buyer, label: draft.buyer });

  return (
    <form className="card order-filters" onSubmit={submit} noValidate aria-labelledby="order-filters-title">
      <div className="card__head">
        <h2 id="order-filters-title" className="card__title">
          {t('orders.filters.heading')}
        </h2>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-pressed={filters.mine}
          onClick={() => onApply({ ...filters, mine: !filters.mine, buyer: '', page: 1 })}
        >
          {t('orders.filters.mine')}
        </button>
      </div>
      <div className="order-filters__fields">
        <SelectField
          id="orders-buyer"
          label={t('orders.filters.buyer')}
          value={draft.mine ? '' : draft.buyer}
          options={buyerOptions}
          onChange={set('buyer')}
          disabled={draft.mine}
          hint={draft.mine ? t('orders.filters.mineOn') : undefined}
        />
        <SelectField
          id="orders-status"
          label={t('orders.status')}
          value={draft.status}
          options={[{ value: '', label: t('orders.filters.allStatuses') }, ...ORDER_STATUSES.map((status) => ({ value: status, label: orderStatusLabel(t, status) }))]}
          onChange={(status) => setDraft({ ...draft, status: status as OrderFilters['status'] })}
        />
        <TextField id="orders-from" type="date" label={t('orders.filters.from')} value={draft.from} onChange={set('from')} max={draft.to || undefined} />
        <TextField id="orders-to" type="date" label={t('orders.filters.to')} value={draft.to} onChange={set('to')} min={draft.from || undefined} />
        <TextField
          id="orders-requisition"
          label={t('orders.filters.requisition')}
          hint={t('orders.filters.requisitionHint')}
          value={draft.requisition}
          onChange={set('requisition')}
          maxLength={60}
          autoComplete="off"
        />
        <TextField id="orders-title" label={t('orders.filters.title')} value={draft.title} onChange={set('title')} maxLength={100} autoComplete="off" />
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          {t('orders.filters.apply')}
        </button>
        {hasOrderFilters(filters) ? (
          <button type="button" className="button button--link" onClick={() => onApply(emptyOrderFilters())}>
            {t('orders.filters.clear')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
