import type { Address } from '@hylle/contracts';
import { useLanguage } from '../i18n/use-t.ts';
import { intlLocales } from '../i18n/languages.ts';
import { COUNTRIES, countryName } from '../countries.ts';
import { useFieldErrors } from '../use-field-errors.ts';
import { TextField } from './text-field.tsx';
import { SelectField } from './select-field.tsx';

export type AddressDraft = Address;

export function emptyAddress(country: string): AddressDraft {
  return { line1: '', line2: '', postalCode: '', city: '', country };
}

export function isBlankAddress(address: AddressDraft): boolean {
  return [address.line1, address.line2, address.postalCode, address.city].every((part) => part.trim() === '');
}

/** Error paths an address form shows beside its fields, for FormError to skip. */
export function addressFieldPaths(prefix: string): string[] {
  const base = prefix ? `${prefix}.` : '';
  return ['line1', 'line2', 'postalCode', 'city', 'country'].map((name) => base + name);
}

interface Props {
  idPrefix: string;
  /** Dotted path of this address in the request body, to match the server's `field`. */
  errorPrefix: string;
  value: AddressDraft;
  onChange: (value: AddressDraft) => void;
  error: unknown;
  required?: boolean;
}

export function AddressFields({ idPrefix, errorPrefix, value, onChange, error, required = true }: Props) {
  const { t, language } = useLanguage();
  const fieldError = useFieldErrors(error);
  const path = (name: string) => (errorPrefix ? `${errorPrefix}.${name}` : name);
  const set = (name: keyof AddressDraft) => (next: string) => onChange({ ...value, [name]: next });
  const countries = COUNTRIES.includes(value.country as (typeof COUNTRIES)[number]) ? COUNTRIES : [value.country, ...COUNTRIES];
  return (
    <div className="address-fields">
      <TextField id={`${idPrefix}-line1`} label={t('address.line1')} value={value.line1} onChange={set('line1')} autoComplete="address-line1" required={required} error={fieldError(path('line1'))} />
      <TextField id={`${idPrefix}-line2`} label={t('address.line2')} optionalLabel={t('common.optional')} value={value.line2} onChange={set('line2')} autoComplete="address-line2" error={fieldError(path('line2'))} />
      <div className="field-row">
        <TextField id={`${idPrefix}-postalCode`} className="field--short" label={t('address.postalCode')} value={value.postalCode} onChange={set('postalCode')} autoComplete="postal-code" required={required} error={fieldError(path('postalCode'))} />
        <TextField id={`${idPrefix}-city`} label={t('address.city')} value={value.city} onChange={set('city')} autoComplete="address-level2" required={required} error={fieldError(path('city'))} />
      </div>
      <SelectField
        id={`${idPrefix}-country`}
        label={t('address.country')}
        value={value.country}
        onChange={set('country')}
        autoComplete="country"
        options={countries.map((code) => ({ value: code, label: countryName(code, intlLocales(language)) }))}
        error={fieldError(path('country'))}
      />
    </div>
  );
}
