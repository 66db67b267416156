import type { ProductSummary } from '@hylle/contracts';
import type { Translate } from '../../shared/i18n/translate.ts';
import { ROLE_KEYS } from './labels.ts';

/**
 * "Knut Hamsun, Ola Nordmann (oversetter)": authors by name, everyone else with their role.
 * `allRoles` names the authors' role too (the product page lists every contributor).
 */
export function contributorLine(t: Translate, contributors: ProductSummary['contributors'], allRoles = false): string {
  return contributors
    .map(({ name, role }) => (role === 'author' && !allRoles ? name : `${name} (${t(ROLE_KEYS[role])})`))
    .join(', ');
}
