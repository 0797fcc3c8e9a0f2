export * from './import-payment-file.js';
export * from './payments-in-queries.js';
export * from './payments-in-store.port.js';
export * from './permissions.js';
export * from './receive-govuk-pay-notification.js';
export * from './set-signing-secret.js';
