export * from './document-queries.js';
export * from './generate-notice-document.js';
export * from './generate-recovery-document.js';
export * from './notification-queries.js';
export * from './notification-sender.port.js';
export * from './permissions.js';
export * from './send-notice.js';
export type { KeptDocument } from './document-keeper.js';
