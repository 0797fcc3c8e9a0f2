export * from './application/index.js';
export * from './domain/event-types.js';
export * from './domain/retry-schedule.js';
export * from './domain/webhook-request.js';
export * from './domain/webhook-signature.js';
export * from './events.module.js';
