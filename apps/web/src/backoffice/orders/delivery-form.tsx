import { useState, type FormEvent } from 'react';
import type { Carrier, DeliveryBody, OrderDetail } from '@hylle/contracts';
import { ApiError } from '../../shared/api-error.ts';
import { useT } from '../../shared/i18n/use-t.ts';
import { CARRIERS, carrierLabel } from '../../shared/orders/order-labels.ts';
import { SelectField } from '../../shared/ui/select-field.tsx';
import { SubmitButton } from '../../shared/ui/submit-button.tsx';
import { TextField } from '../../shared/ui/text-field.tsx';
import { allLeft, copiesLeft, deliveryBody, lineOfField, linesToDeliver, type DeliveryProblem, type Quantities, type WaybillProblem } from './delivery-draft.ts';
import { DeliveryLinesTable, quantityInputId } from './delivery-lines-table.tsx';
import { OrderActionError } from './order-action-error.tsx';
import { useOrderAction } from './use-order-action.ts';

interface Props {
  order: OrderDetail;
  onStart: () => void;
  onDelivered: (order: OrderDetail) => void;
}

const WAYBILL_KEYS = {
  required: 'boOrders.delivery.waybillRequired',
  tooShort: 'boOrders.delivery.waybillTooShort',
  tooLong: 'boOrders.delivery.waybillTooLong',
  chars: 'boOrders.delivery.waybillChars',
} as const satisfies Record<WaybillProblem, string>;

const LINES_ERROR_ID = 'delivery-lines-error';

/**
 * A shipment (ORD-3): carrier, waybill, and per line the copies in the parcel, each
 * pre-filled with what is left (0 = not in this one). Mistakes are said beside their
 * field; the API's `lines.N` are mapped back to the lines they name.
 */
export function DeliveryForm({ order, onStart, onDelivered }: Props) {
  const t = useT();
  const lines = linesToDeliver(order.lines);
  const [carrier, setCarrier] = useState<Carrier | ''>('');
  const [waybill, setWaybill] = useState('');
  const [quantities, setQuantities] = useState<Quantities>(() => allLeft(order.lines));
  const [checked, setChecked] = useState(false);
  const [filled, setFilled] = useState('');
  const save = useOrderAction<DeliveryBody>(order.id, 'deliveries', (next) => {
    setWaybill('');
    setQuantities(allLeft(next.lines));
    setChecked(false);
    onDelivered(next);
  });

  const draft = { carrier, waybill, quantities };
  const check = deliveryBody(draft, order.lines);
  const problems: DeliveryProblem[] = checked && !check.ok ? check.problems : [];
  const sent = save.variables?.lines ?? [];
  const serverErrors = save.error instanceof ApiError ? save.error.errors : [];
  const serverError = (field: string) => serverErrors.some((entry) => entry.field === field);

  const carrierError = problems.some((p) => p.field === 'carrier')
    ? t('boOrders.delivery.chooseCarrier')
    : serverError('carrier')
      ? t('boOrders.delivery.chooseCarrier')
      : undefined;
  const waybillProblem = problems.find((p) => p.field === 'waybill');
  const waybillError = waybillProblem ? t(WAYBILL_KEYS[waybillProblem.kind]) : serverError('waybill') ? t('boOrders.delivery.waybillChars') : undefined;
  const nothingToSend = problems.some((p) => p.field === 'lines');

  const quantityError = (lineId: string): string | undefined => {
    const line = lines.find((candidate) => candidate.id === lineId);
    const left = line ? copiesLeft(line) : 0;
    const own = problems.find((p) => p.field === 'quantity' && p.lineId === lineId);
    if (own && own.field === 'quantity') return t(own.kind === 'tooMany' ? 'boOrders.delivery.tooMany' : 'boOrders.delivery.notWhole', { left });
    const fromServer = serverErrors.find((entry) => lineOfField(entry.field, sent) === lineId);
    if (!fromServer || !(save.error instanceof ApiError)) return undefined;
    if (save.error.code === 'too_many_copies') return t('boOrders.delivery.tooMany', { left });
    if (save.error.code === 'duplicate_line') return t('boOrders.error.duplicate_line');
    return t('boOrders.delivery.notWhole', { left });
  };
  // Errors the form shows beside a field need no second alert; one it can't place gets the alert.
  const shownAtField = [
    'carrier',
    'waybill',
    ...serverErrors.map((entry) => entry.field).filter((field) => {
      const lineId = lineOfField(field, sent);
      return lineId !== null && lines.some((line) => line.id === lineId);
    }),
  ];

  const focusFirst = (first: DeliveryProblem) => {
    const id =
      first.field === 'carrier' ? 'delivery-carrier' : first.field === 'waybill' ? 'delivery-waybill' : first.field === 'quantity' ? quantityInputId(first.lineId) : quantityInputId(lines[0]?.id ?? '');
    document.getElementById(id)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart();
    setFilled('');
    setChecked(true);
    if (!check.ok) {
      if (check.problems[0]) focusFirst(check.problems[0]);
      return;
    }
    save.mutate(check.body);
  };

  const fillAll = () => {
    setQuantities(allLeft(order.lines));
    setFilled(t('boOrders.delivery.filledAll'));
  };

  return (
    <form className="card form delivery-form" onSubmit={submit} noValidate aria-labelledby="delivery-form-title">
      <h3 id="delivery-form-title" className="card__title">
        {t('boOrders.delivery.title')}
      </h3>
      <p className="field__hint">{t('boOrders.delivery.intro')}</p>
      <div className="field-row">
        <SelectField
          id="delivery-carrier"
          label={t('boOrders.carrier')}
          value={carrier}
          onChange={(value) => setCarrier(value as Carrier | '')}
          options={[{ value: '', label: t('boOrders.delivery.chooseCarrierOption') }, ...CARRIERS.map((value) => ({ value, label: carrierLabel(t, value) }))]}
          required
          error={carrierError}
        />
        <TextField
          id="delivery-waybill"
          label={t('boOrders.waybill')}
          hint={t('boOrders.delivery.waybillHint')}
          value={waybill}
          onChange={setWaybill}
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          required
          error={waybillError}
        />
      </div>
      <div className="delivery-form__lines-head">
        <p className="field__label">
          {t('boOrders.delivery.linesLabel')}
        </p>
        <button type="button" className="button button--secondary button--small" onClick={fillAll}>
          {t('boOrders.delivery.fillAll')}
        </button>
      </div>
      <p role="status" className="status-idle delivery-form__filled">
        {filled}
      </p>
      {nothingToSend ? (
        <p id={LINES_ERROR_ID} className="field__error">
          {t('boOrders.delivery.nothingToSend')}
        </p>
      ) : null}
      <DeliveryLinesTable
        lines={lines}
        quantities={quantities}
        onChange={(lineId, value) => setQuantities((current) => ({ ...current, [lineId]: value }))}
        errorFor={quantityError}
        sharedErrorId={nothingToSend ? LINES_ERROR_ID : undefined}
      />
      <OrderActionError error={save.error} fields={shownAtField} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('boOrders.delivery.submit')} pendingLabel={t('boOrders.delivery.submitting')} />
      </div>
    </form>
  );
}
