export * from './common.ts';
export * from './session.ts';
export * from './accounts.ts';
export * from './backoffice.ts';
export * from './catalog.ts';
export * from './budgets.ts';
