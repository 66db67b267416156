import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrderDetail } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { apiPost } from '../../shared/api.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { problemMessage } from '../../shared/problem-message.ts';
import { purchasingKeys } from '../../shared/purchasing/purchasing-keys.ts';
import { accountKeys } from '../account-query-keys.ts';

interface Props {
  accountId: string;
  order: OrderDetail;
  onCancelled: () => void;
}

/**
 * "Kanseller bestillingen" (ORD-4), asked twice: the question says what follows (the budget
 * is credited, the order can't be restored) and focus lands on "Nei, behold den". Escape or
 * "Nei" close the question and return to the button.
 */
export function CancelOrder({ accountId, order, onCancelled }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const questionId = useId();
  const [open, setOpen] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) keepRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      openRef.current?.focus();
    }
  }, [open]);

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };

  const cancel = useMutation({
    mutationFn: () => apiPost<OrderDetail>(`/api/orders/${order.id}/cancel`),
    onSuccess: (cancelled) => {
      queryClient.setQueryData(purchasingKeys.order(accountId, order.id), cancelled);
      void queryClient.invalidateQueries({ queryKey: purchasingKeys.orders(accountId), predicate: (query) => query.queryKey[3] !== 'detail' });
      void queryClient.invalidateQueries({ queryKey: accountKeys.budgetCodes(accountId) });
      void queryClient.invalidateQueries({ queryKey: purchasingKeys.cart(accountId) });
      onCancelled();
    },
    onError: (error) => {
      close();
      // Delivered or past its day since the page was loaded: show the order as it is now.
      if (error instanceof ApiError && error.code === 'not_cancellable') void queryClient.invalidateQueries({ queryKey: purchasingKeys.order(accountId, order.id) });
    },
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !cancel.isPending) {
      event.stopPropagation();
      close();
    }
  };
  const error = cancel.error;
  const errorText = error instanceof ApiError && error.status === 403 ? t('orders.cancel.forbidden') : error ? problemMessage(t, error) : '';

  return (
    <div className="card cancel-order">
      <p className="field__hint">{t('orders.cancel.hint')}</p>
      {open ? (
        <div className="confirm" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
          <p id={questionId} className="confirm__question">
            {t('orders.cancel.question', { number: order.orderNumber })}
          </p>
          <div className="button-row">
            <button ref={keepRef} type="button" className="button button--secondary" onClick={close}>
              {t('orders.cancel.keep')}
            </button>
            <button
              type="button"
              className="button button--danger"
              aria-disabled={cancel.isPending || undefined}
              onClick={() => {
                if (!cancel.isPending) cancel.mutate();
              }}
            >
              {cancel.isPending ? t('orders.cancel.pending') : t('orders.cancel.confirm')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={openRef} type="button" className="button button--danger-quiet" onClick={() => setOpen(true)} aria-describedby={errorText ? 'cancel-order-error' : undefined}>
          {t('orders.cancel.button')}
        </button>
      )}
      {errorText ? (
        <p id="cancel-order-error" className="field__error" role="alert">
          {errorText}
        </p>
      ) : null}
    </div>
  );
}
