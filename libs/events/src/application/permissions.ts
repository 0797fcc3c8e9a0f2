import type { Role } from '../../../tenancy/src/index.js';

/** Reading the council's events, subscriptions (never their secrets) and deliveries. */
export const MAY_READ_EVENTS: readonly Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
/** Sending the council's data to another system, and sending it again: a manager's decision. */
export const MAY_MANAGE_WEBHOOKS: readonly Role[] = ['revenues-manager'];
