import { ForbiddenError, InvalidInputError } from '../../../kernel/src/index.js';
import { hasAnyRole, requireAnyRole, type Actor, type Role } from '../../../tenancy/src/index.js';

const MAY: Record<'read' | 'preview' | 'set', readonly Role[]> = {
  read: ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'],
  preview: ['revenues-officer', 'revenues-manager'],
  set: ['revenues-manager'],
};
const DOING = { read: "reading the council's policy", preview: 'previewing a policy change', set: "setting the council's policy" } as const;

/**
 * The council whose policy is read, previewed or set: council staff act on their own (and may name
 * no other); a service operator names any council.
 */
export function actingCouncil(actor: Actor, councilId: string | undefined, may: 'read' | 'preview' | 'set'): string {
  if (hasAnyRole(actor, ['operator'])) {
    if (!councilId) throw new InvalidInputError('councilId', 'an operator names the council whose policy this is');
    return councilId;
  }
  requireAnyRole(actor, MAY[may], DOING[may]);
  if (!actor.councilId) throw new ForbiddenError('this action needs a token issued for a council');
  if (councilId && councilId !== actor.councilId) throw new ForbiddenError("a council's staff see and set only their own council's policy");
  return actor.councilId;
}
