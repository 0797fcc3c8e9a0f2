export * from './delivery-settings.js';
export * from './event-queries.js';
export * from './permissions.js';
export * from './replay.js';
export * from './webhook-delivery-worker.js';
export * from './webhook-subscriptions.js';
export type { WebhookDeliveryRecord, WebhookSubscriptionRecord } from './events-store.port.js';
