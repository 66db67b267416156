import { useT } from '../shared/i18n/use-t.ts';
import { AddressFields, addressFieldPaths } from '../shared/ui/address-fields.tsx';
import { CheckboxField } from '../shared/ui/checkbox-field.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import { useFieldErrors } from '../shared/use-field-errors.ts';
import type { CompanyDraft } from './company-draft.ts';

export const COMPANY_FIELDS = ['name', 'organisationNumber', 'customerReference', ...addressFieldPaths('postalAddress')];

interface Props {
  idPrefix: string;
  /** A new account has no customer reference to remove, so only editing explains an empty field. */
  mode: 'create' | 'edit';
  value: CompanyDraft;
  onChange: (value: CompanyDraft) => void;
  error: unknown;
}

export function CompanyFields({ idPrefix, mode, value, onChange, error }: Props) {
  const t = useT();
  const fieldError = useFieldErrors(error);
  return (
    <>
      <TextField id={`${idPrefix}-name`} label={t('company.name')} value={value.name} onChange={(name) => onChange({ ...value, name })} required autoComplete="off" error={fieldError('name')} />
      <TextField
        id={`${idPrefix}-org`}
        label={t('company.orgNumber')}
        value={value.organisationNumber}
        onChange={(organisationNumber) => onChange({ ...value, organisationNumber })}
        required
        autoComplete="off"
        inputMode="numeric"
        error={fieldError('organisationNumber')}
      />
      <TextField
        id={`${idPrefix}-reference`}
        label={t('company.customerReference')}
        optionalLabel={t('common.optional')}
        hint={mode === 'edit' ? t('bo.customerReferenceHint') : undefined}
        value={value.customerReference}
        onChange={(customerReference) => onChange({ ...value, customerReference })}
        autoComplete="off"
        error={fieldError('customerReference')}
      />
      <CheckboxField id={`${idPrefix}-invoice`} label={t('bo.payOnInvoice')} checked={value.payOnInvoiceAllowed} onChange={(payOnInvoiceAllowed) => onChange({ ...value, payOnInvoiceAllowed })} />
      <fieldset className="fieldset">
        <legend>{t('company.postalAddress')}</legend>
        <p className="field__hint">{t('bo.postalOptionalHint')}</p>
        <AddressFields
          idPrefix={`${idPrefix}-postal`}
          errorPrefix="postalAddress"
          value={value.postalAddress}
          onChange={(postalAddress) => onChange({ ...value, postalAddress })}
          error={error}
          required={false}
        />
      </fieldset>
    </>
  );
}
