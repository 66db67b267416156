/**
 * Distribution info (INT-1): each account's code lists (departments, shelf locations,
 * material types) and free extra fields, kept by its admins on My page, and each member's
 * defaults for new cart lines. The cart and checkout judge a line's values with
 * `judgeDistributionChoice` (lists loaded once) or `checkDistributionChoice`.
 */
export { distributionRoutes } from './distribution.routes.ts';
export { checkDistributionChoice, distributionContextOf, loadDistributionRules } from './load-distribution-rules.ts';
export { distributionRulesJson } from './distribution-rules.repo.ts';
export { judgeDistributionChoice, type DistributionChoice, type DistributionRules } from './domain/distribution-rules.ts';
export { distributionDefaultsOf } from './distribution-defaults.repo.ts';
export { addDistributionCode } from './add-distribution-code.ts';
export { addDistributionField } from './add-distribution-field.ts';
