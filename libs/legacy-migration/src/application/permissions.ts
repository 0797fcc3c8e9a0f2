import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';

/** Migration is a data team's job within its own council: the `data-migrator` role, and a council's token. */
export function migratingCouncil(actor: Actor, action: string): string {
  requireAnyRole(actor, ['data-migrator'], action);
  return requireCouncil(actor);
}

/** Reading what loads did (their status and reconciliation) is open to the council's managers too. */
export function readingCouncil(actor: Actor, action: string): string {
  requireAnyRole(actor, ['data-migrator', 'revenues-manager'], action);
  return requireCouncil(actor);
}
