import type { LineStatus, OrderStatus } from '@hylle/contracts';
import { useT } from '../i18n/use-t.ts';
import { orderStatusLabel } from './order-labels.ts';

/**
 * The status as a coloured pill; the word carries the meaning, the colour only helps the eye.
 * The classes (badge--order-partially-delivered…) are those of shared/purchasing's badge.
 */
export function OrderStatusBadge({ status }: { status: OrderStatus | LineStatus }) {
  const t = useT();
  return <span className={`badge badge--order-${status.replaceAll('_', '-')}`}>{orderStatusLabel(t, status)}</span>;
}
