export * from './application/index.js';
export * from './domain/govuk-pay-notification.js';
export * from './domain/payment-files/payment-file.js';
export * from './domain/payment-files/read-payment-file.js';
export * from './payments-in.module.js';
