export * from './billing-store.port.js';
export * from './get-notice.query.js';
export * from './issue-bill.command.js';
export * from './list-notices.query.js';
export * from './rebill.command.js';
