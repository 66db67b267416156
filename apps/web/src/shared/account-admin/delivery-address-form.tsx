import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DeliveryAddress, DeliveryAddressBody } from '@hylle/contracts';
import { apiPost, apiPut } from '../api.ts';
import { useT } from '../i18n/use-t.ts';
import { fieldErrorMessage } from '../problem-message.ts';
import { useSession } from '../session.ts';
import { AddressFields, addressFieldPaths, emptyAddress } from '../ui/address-fields.tsx';
import { FormError } from '../ui/form-error.tsx';
import { SubmitButton } from '../ui/submit-button.tsx';
import { TextField } from '../ui/text-field.tsx';

interface Props {
  /** `/api/account` or `/api/backoffice/accounts/:id`: both expose the same sub-resource. */
  basePath: string;
  existing?: DeliveryAddress;
  onSaved: (address: DeliveryAddress) => void;
  onCancel: () => void;
  /** Keeps the outline intact: h2 under a page h1, h3 inside a backoffice section. */
  headingLevel: 2 | 3;
}

const FIELDS = ['label', 'recipient', ...addressFieldPaths('')];

export function DeliveryAddressForm({ basePath, existing, onSaved, onCancel, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useT();
  const { store } = useSession();
  const [draft, setDraft] = useState<DeliveryAddressBody>(() =>
    existing
      ? { label: existing.label, recipient: existing.recipient, line1: existing.line1, line2: existing.line2, postalCode: existing.postalCode, city: existing.city, country: existing.country }
      : { label: '', recipient: '', ...emptyAddress(store.country) },
  );
  const idPrefix = existing ? `address-${existing.id}` : 'address-new';

  const save = useMutation({
    mutationFn: (body: DeliveryAddressBody) =>
      existing
        ? apiPut<DeliveryAddress>(`${basePath}/delivery-addresses/${existing.id}`, body)
        : apiPost<DeliveryAddress>(`${basePath}/delivery-addresses`, body),
    onSuccess: onSaved,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate(draft);
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <Heading id={`${idPrefix}-title`} className="card__title">
        {existing ? t('addresses.editTitle') : t('addresses.newTitle')}
      </Heading>
      <TextField id={`${idPrefix}-label`} label={t('address.label')} hint={t('address.labelHint')} value={draft.label} onChange={(label) => setDraft({ ...draft, label })} required error={fieldErrorMessage(t, save.error, 'label')} />
      <TextField id={`${idPrefix}-recipient`} label={t('address.recipient')} optionalLabel={t('common.optional')} value={draft.recipient} onChange={(recipient) => setDraft({ ...draft, recipient })} autoComplete="organization" error={fieldErrorMessage(t, save.error, 'recipient')} />
      <AddressFields idPrefix={idPrefix} errorPrefix="" value={draft} onChange={(address) => setDraft({ ...draft, ...address })} error={save.error} />
      <FormError error={save.error} fields={FIELDS} />
      <div className="button-row">
        <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
