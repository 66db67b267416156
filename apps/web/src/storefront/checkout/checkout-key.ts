/** Where the key is kept: sessionStorage in the browser (per tab, gone when the tab closes). */
export interface KeyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'hylle.checkout.';

type Stored = { cartVersion: string; key: string };

function read(storage: KeyStorage, name: string): Stored | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(name) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { cartVersion, key } = parsed as Record<string, unknown>;
    return typeof cartVersion === 'string' && typeof key === 'string' && key.length >= 16 ? { cartVersion, key } : null;
  } catch {
    return null;
  }
}

/**
 * The idempotency key of one checkout attempt: made once for the cart version the buyer
 * reviewed and kept, so a double click, a retry after a lost answer or a reload of the page
 * sends the same key and gets the same order, never a second one. A changed cart is a new
 * attempt with a new key. Without storage (private mode, full quota) the key still holds for
 * this page: the caller keeps what it got.
 */
export function checkoutKeyFor(storage: KeyStorage | null, accountId: string, cartVersion: string, makeKey: () => string): string {
  const name = PREFIX + accountId;
  const stored = storage ? read(storage, name) : null;
  if (stored && stored.cartVersion === cartVersion) return stored.key;
  const key = makeKey();
  try {
    storage?.setItem(name, JSON.stringify({ cartVersion, key } satisfies Stored));
  } catch {
    // No room or no storage: this page still sends the key it made.
  }
  return key;
}

/** Once the order is placed the key has served; the next cart is a new attempt. */
export function forgetCheckoutKey(storage: KeyStorage | null, accountId: string): void {
  try {
    storage?.removeItem(PREFIX + accountId);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The tab's sessionStorage, or null where the browser refuses it. */
export function sessionKeyStorage(): KeyStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
