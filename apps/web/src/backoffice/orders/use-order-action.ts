import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderDetail } from '@hylle/contracts';
import { apiPost } from '../../shared/api.ts';
import { backofficeKeys } from '../backoffice-keys.ts';
import { isStateConflict } from './order-error-message.ts';
import { orderPath, ordersKeys } from './orders-api.ts';

/**
 * One of the order's actions (paid, deliveries, invoice): the answer is the order as it is
 * now, shown at once; the lists and the audit log follow. A refusal because the order
 * changed meanwhile reloads it, so the page explains itself.
 */
export function useOrderAction<TBody = undefined>(orderId: string, action: 'paid' | 'deliveries' | 'invoice', onDone: (order: OrderDetail) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => apiPost<OrderDetail>(`${orderPath(orderId)}/${action}`, body),
    onSuccess: (order) => {
      queryClient.setQueryData(ordersKeys.order(orderId), order);
      void queryClient.invalidateQueries({ queryKey: ordersKeys.lists });
      void queryClient.invalidateQueries({ queryKey: backofficeKeys.auditAll });
      onDone(order);
    },
    onError: (error) => {
      if (isStateConflict(error)) void queryClient.invalidateQueries({ queryKey: ordersKeys.order(orderId) });
    },
  });
}
