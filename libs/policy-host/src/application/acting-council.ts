import { ForbiddenError, InvalidInputError } from '../../../kernel/src/index.js';
import { hasAnyRole, requireAnyRole, type Actor } from '../../../tenancy/src/index.js';

/** Local policy is read by council staff and set by a revenues manager, or by a service operator for any council. */
export function actingCouncil(actor: Actor, councilId: string | undefined, may: 'read' | 'set'): string {
  if (hasAnyRole(actor, ['operator'])) {
    if (!councilId) throw new InvalidInputError('councilId', 'an operator names the council whose policy this is');
    return councilId;
  }
  const roles = may === 'set' ? (['revenues-manager'] as const) : (['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'] as const);
  requireAnyRole(actor, roles, may === 'set' ? "setting the council's policy" : "reading the council's policy");
  if (!actor.councilId) throw new ForbiddenError('this action needs a token issued for a council');
  if (councilId && councilId !== actor.councilId) throw new ForbiddenError("a council's staff see and set only their own council's policy");
  return actor.councilId;
}
