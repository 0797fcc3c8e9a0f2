import type { Role } from '../../../tenancy/src/index.js';

/** Who may do what with grants. One place, so every use case asks the same question. */
export const MAY_READ_GRANTS: readonly Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
/** Applications come from staff taking them by phone, or from the council's online form (integration). */
export const MAY_APPLY: readonly Role[] = ['integration', 'revenues-officer', 'revenues-manager'];
/** Approving or refusing an application an officer must look at. */
export const MAY_DECIDE: readonly Role[] = ['revenues-officer', 'revenues-manager'];
/** Paying money out: payment runs, and reading a run's payment file with the full account numbers. */
export const MAY_PAY: readonly Role[] = ['revenues-manager'];
