import type { Address } from '@hylle/contracts';
import { useLanguage } from '../i18n/use-t.ts';
import { intlLocales } from '../i18n/languages.ts';
import { countryName } from '../countries.ts';

/** An address as it would appear on an envelope. */
export function AddressView({ address, recipient }: { address: Address; recipient?: string }) {
  const { language } = useLanguage();
  return (
    <address className="address">
      {recipient ? <span>{recipient}</span> : null}
      <span>{address.line1}</span>
      {address.line2 ? <span>{address.line2}</span> : null}
      <span>
        {address.postalCode} {address.city}
      </span>
      <span>{countryName(address.country, intlLocales(language))}</span>
    </address>
  );
}
