export * from './application/audit-event.js';
export * from './application/list-audit-events.query.js';
export * from './audit.module.js';
