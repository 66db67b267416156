import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { DeliveryAddress, DeliveryAddressBody } from '@hylle/contracts';
import { apiPost, apiPut } from '../api.ts';
import { useT } from '../i18n/use-t.ts';
import { useSession } from '../session.ts';
import { AddressFields, addressFieldPaths, emptyAddress } from '../ui/address-fields.tsx';
import { FormError } from '../ui/form-error.tsx';
import { SubmitButton } from '../ui/submit-button.tsx';
import { TextField } from '../ui/text-field.tsx';
import { useFieldErrors } from '../use-field-errors.ts';

interface Props {
  /** `/api/account` or `/api/backoffice/accounts/:id`: both expose the same sub-resource. */
  basePath: string;
  existing?: DeliveryAddress;
  /** Called as a save starts (to clear older messages on the page). */
  onStart?: () => void;
  onSaved: (address: DeliveryAddress) => Promise<unknown> | void;
  onCancel: () => void;
  /** Keeps the outline intact: h2 under a page h1, h3 inside a backoffice section. */
  headingLevel: 2 | 3;
}

const FIELDS = ['label', 'recipient', ...addressFieldPaths('')];

export function DeliveryAddressForm({ basePath, existing, onStart, onSaved, onCancel, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useT();
  const { store } = useSession();
  const [draft, setDraft] = useState<DeliveryAddressBody>(() =>
    existing
      ? { label: existing.label, recipient: existing.recipient, line1: existing.line1, line2: existing.line2, postalCode: existing.postalCode, city: existing.city, country: existing.country }
      : { label: '', recipient: '', ...emptyAddress(store.country) },
  );
  const idPrefix = existing ? `address-${existing.id}` : 'address-new';
  const firstFieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The form opened from a button: keyboard users continue in its first field.
    firstFieldRef.current?.focus();
  }, []);

  const save = useMutation({
    mutationFn: (body: DeliveryAddressBody) =>
      existing
        ? apiPut<DeliveryAddress>(`${basePath}/delivery-addresses/${existing.id}`, body)
        : apiPost<DeliveryAddress>(`${basePath}/delivery-addresses`, body),
    onSuccess: onSaved,
  });
  const fieldError = useFieldErrors(save.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    onStart?.();
    save.mutate(draft);
  };

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <Heading id={`${idPrefix}-title`} className="card__title">
        {existing ? t('addresses.editTitle') : t('addresses.newTitle')}
      </Heading>
      <TextField
        ref={firstFieldRef}
        id={`${idPrefix}-label`}
        label={t('address.label')}
        hint={t('address.labelHint')}
        value={draft.label}
        onChange={(label) => setDraft({ ...draft, label })}
        required
        error={fieldError('label')}
      />
      <TextField
        id={`${idPrefix}-recipient`}
        label={t('address.recipient')}
        optionalLabel={t('common.optional')}
        value={draft.recipient}
        onChange={(recipient) => setDraft({ ...draft, recipient })}
        autoComplete="organization"
        error={fieldError('recipient')}
      />
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
