export * from './apply-for-grant.js';
export * from './decide-grant-application.js';
export * from './grant-application-queries.js';
export * from './grant-payment-runs.js';
export * from './list-grant-schemes.js';
export * from './permissions.js';
export type { GrantApplicationRecord, GrantPaymentLine, GrantPaymentRunRecord, GrantPaymentRunWithLines } from './grant-store.port.js';
