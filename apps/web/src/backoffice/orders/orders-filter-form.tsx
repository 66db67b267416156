import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useT } from '../../shared/i18n/use-t.ts';
import { channelLabel, isOrderChannel, isOrderStatus, ORDER_CHANNELS, ORDER_STATUSES, orderStatusLabel } from '../../shared/orders/order-labels.ts';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { isFiltered, type OrderFilters } from './orders-query.ts';

interface Props {
  filters: OrderFilters;
  onChange: (filters: OrderFilters) => void;
}

/**
 * The search box applies on Søk (Enter); the two selects apply at once, as a filter does.
 * Either way the list starts again at page 1, and focus stays where it is.
 */
export function OrdersFilterForm({ filters, onChange }: Props) {
  const t = useT();
  const [draft, setDraft] = useState(filters.q);
  // A new search from the URL (back button, the clear link) replaces what was typed.
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setDraft(filters.q);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filters, q: draft.trim(), page: 1 });
  };
  const setStatus = (value: string) => onChange({ ...filters, q: draft.trim(), status: isOrderStatus(value) ? value : null, page: 1 });
  const setChannel = (value: string) => onChange({ ...filters, q: draft.trim(), channel: isOrderChannel(value) ? value : null, page: 1 });

  return (
    <form className="orders-filters" role="search" aria-label={t('boOrders.searchLabel')} onSubmit={submit}>
      <div className="orders-filters__search">
        <TextField id="orders-q" type="search" label={t('boOrders.search')} hint={t('boOrders.searchHint')} value={draft} onChange={setDraft} maxLength={100} />
        <button type="submit" className="button">
          {t('app.searchButton')}
        </button>
      </div>
      <div className="orders-filters__selects">
        <SelectField
          id="orders-status"
          label={t('boOrders.filterStatus')}
          value={filters.status ?? ''}
          onChange={setStatus}
          options={[{ value: '', label: t('boOrders.allStatuses') }, ...ORDER_STATUSES.map((status) => ({ value: status, label: orderStatusLabel(t, status) }))]}
        />
        <SelectField
          id="orders-channel"
          label={t('boOrders.filterChannel')}
          value={filters.channel ?? ''}
          onChange={setChannel}
          options={[{ value: '', label: t('boOrders.allChannels') }, ...ORDER_CHANNELS.map((channel) => ({ value: channel, label: channelLabel(t, channel) }))]}
        />
        {isFiltered(filters) ? (
          <p className="orders-filters__clear">
            <Link to="/backoffice/ordrer">{t('boOrders.clearFilters')}</Link>
          </p>
        ) : null}
      </div>
    </form>
  );
}
