import type { Role } from '../../../tenancy/src/index.js';

// Who may do what with payments in. One place, so every use case asks the same question.

/** Reading what came in (notifications, imports) and the account-holder export. */
export const MAY_READ_PAYMENTS_IN: readonly Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
/** Importing payment files: staff, and the council's own systems dropping files in. */
export const MAY_IMPORT_PAYMENTS: readonly Role[] = ['revenues-officer', 'revenues-manager', 'integration'];
/** Setting a payment provider's signing secret: whoever holds it can post money to any account. */
export const MAY_SET_SIGNING_SECRETS: readonly Role[] = ['revenues-manager'];
