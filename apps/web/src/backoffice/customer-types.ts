import type { CustomerType } from '@hylle/contracts';
import type { MessageKey } from '../shared/i18n/nb.ts';

/** The book-price law's customer types (its cap on discounts differs by type). */
export const CUSTOMER_TYPE_KEYS: Record<CustomerType, MessageKey> = {
  public_library: 'prices.customerType.public_library',
  school: 'prices.customerType.school',
  business: 'prices.customerType.business',
};

export const CUSTOMER_TYPES = Object.keys(CUSTOMER_TYPE_KEYS) as CustomerType[];
