import type { Role } from '../../../tenancy/src/index.js';

/** Who may do what with documents and notifications. One place, so every use case asks the same question. */
export const MAY_READ_DOCUMENTS: readonly Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
/** Rendering a notice's document and sending it to the ratepayer: the staff who issue notices. */
export const MAY_GENERATE_DOCUMENTS: readonly Role[] = ['revenues-officer', 'revenues-manager'];
/** Setting the council's GOV.UK Notify callback token: a secret that lets receipts change notifications. */
export const MAY_MANAGE_NOTIFY: readonly Role[] = ['revenues-manager'];
