import { Link } from 'react-router';
import type { CheckoutOptions } from '@hylle/contracts';
import { useT } from '../../shared/i18n/use-t.ts';
import { AddressView } from '../../shared/ui/address-view.tsx';

interface Props {
  addresses: CheckoutOptions['deliveryAddresses'];
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
}

/** Where the order goes (ACC-7, CHK-2): one of the account's addresses, each shown as it will be written on the parcel. */
export function DeliveryAddressChoice({ addresses, value, onChange, error }: Props) {
  const t = useT();
  const errorId = 'checkout-address-error';
  return (
    <fieldset className="fieldset checkout-addresses" aria-describedby={error ? errorId : undefined}>
      <legend>{t('checkout.address.title')}</legend>
      {addresses.length === 0 ? (
        <div className="notice notice--info">
          <p>{t('checkout.address.none')}</p>
          <p>
            {t('checkout.address.noneHint')} <Link to="/min-side/leveringsadresser">{t('checkout.address.toMyPage')}</Link>
          </p>
        </div>
      ) : (
        <ul className="choice-list">
          {addresses.map((address) => {
            const id = `checkout-address-${address.id}`;
            return (
              <li key={address.id} className={value === address.id ? 'choice choice--chosen' : 'choice'}>
                <input
                  id={id}
                  type="radio"
                  name="deliveryAddress"
                  value={address.id}
                  checked={value === address.id}
                  onChange={() => onChange(address.id)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-address`}
                />
                <label htmlFor={id}>
                  <span className="choice__title">{address.label}</span>
                </label>
                <div id={`${id}-address`} className="choice__detail">
                  <AddressView address={address} recipient={address.recipient} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
