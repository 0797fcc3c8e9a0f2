import type { Role } from '../../../tenancy/src/index.js';

/** Who may do what in business rates. One place, so every use case asks the same question. */
export const MAY_READ: readonly Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
/** Keeping the register (properties, ratepayers, liabilities, reliefs, notes) and issuing notices. */
export const MAY_MAINTAIN: readonly Role[] = ['revenues-officer', 'revenues-manager', 'data-migrator'];
/** Taking money in: staff and the council's payment systems. */
export const MAY_TAKE_PAYMENTS: readonly Role[] = ['revenues-officer', 'revenues-manager', 'integration'];
/** Paying money out, writing debt off, running billing and recovery, setting local policy. */
export const MAY_MANAGE: readonly Role[] = ['revenues-manager'];
