export * from './assign-suspense-payment.js';
export * from './collection-queries.js';
export * from './collection-store.port.js';
export * from './move-credit.js';
export * from './record-payment.js';
export * from './settle-account.command.js';
export * from './write-off.js';
