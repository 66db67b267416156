import { useT } from '../shared/i18n/use-t.ts';
import { fieldErrorMessage } from '../shared/problem-message.ts';
import { AddressFields, addressFieldPaths } from '../shared/ui/address-fields.tsx';
import { CheckboxField } from '../shared/ui/checkbox-field.tsx';
import { TextField } from '../shared/ui/text-field.tsx';
import type { CompanyDraft } from './company-draft.ts';

export const COMPANY_FIELDS = ['name', 'organisationNumber', 'customerReference', 'payOnInvoiceAllowed', ...addressFieldPaths('postalAddress')];

interface Props {
  idPrefix: string;
  value: CompanyDraft;
  onChange: (value: CompanyDraft) => void;
  error: unknown;
}

export function CompanyFields({ idPrefix, value, onChange, error }: Props) {
  const t = useT();
  return (
    <>
      <TextField id={`${idPrefix}-name`} label={t('company.name')} value={value.name} onChange={(name) => onChange({ ...value, name })} required autoComplete="off" error={fieldErrorMessage(t, error, 'name')} />
      <TextField
        id={`${idPrefix}-org`}
        label={t('company.orgNumber')}
        value={value.organisationNumber}
        onChange={(organisationNumber) => onChange({ ...value, organisationNumber })}
        required
        autoComplete="off"
        inputMode="numeric"
        error={fieldErrorMessage(t, error, 'organisationNumber')}
      />
      <TextField
        id={`${idPrefix}-reference`}
        label={t('company.customerReference')}
        optionalLabel={t('common.optional')}
        hint={t('bo.customerReferenceHint')}
        value={value.customerReference}
        onChange={(customerReference) => onChange({ ...value, customerReference })}
        autoComplete="off"
        error={fieldErrorMessage(t, error, 'customerReference')}
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
