import type { ProductSummary } from '@hylle/contracts';
import { useFormatters } from '../../shared/format.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { AVAILABILITY_KEYS } from './labels.ts';

/** "På lager (12 stk.)", "Kan bestilles", "Kommer 3. mars 2026", "Utsolgt fra forlaget": words first, colour second. */
export function useAvailabilityText() {
  const t = useT();
  const format = useFormatters();
  return ({ status, stockQuantity, availableFrom }: ProductSummary['availability']) => {
    if (status === 'in_stock' && stockQuantity !== null && stockQuantity > 0) {
      return t('product.availability.inStockCount', { count: format.count(stockQuantity) });
    }
    if (status === 'forthcoming' && availableFrom) return t('product.availability.forthcomingOn', { date: format.calendarDate(availableFrom) });
    return t(AVAILABILITY_KEYS[status]);
  };
}

export function AvailabilityBadge({ availability }: { availability: ProductSummary['availability'] }) {
  const text = useAvailabilityText();
  return <span className={`badge badge--${availability.status.replaceAll('_', '-')}`}>{text(availability)}</span>;
}
