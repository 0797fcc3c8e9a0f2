import { ForbiddenError } from '../../kernel/src/index.js';

/** The roles a token can carry. Council roles act within one council; `operator` runs the service. */
export const ROLES = [
  'operator',
  'revenues-manager',
  'revenues-officer',
  'revenues-viewer',
  'data-migrator',
  'integration',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Who is acting: taken from a verified token (or a job's own identity), never from request data. */
export interface Actor {
  /** The token's subject: a user or service id, recorded in the audit trail. Not a name or email. */
  readonly subject: string;
  readonly roles: readonly Role[];
  /** The council the actor belongs to; null for a service operator without a council. */
  readonly councilId: string | null;
  readonly requestId?: string;
}

export function hasAnyRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

export function requireAnyRole(actor: Actor, roles: readonly Role[], action: string): void {
  if (!hasAnyRole(actor, roles)) {
    throw new ForbiddenError(`${action} needs one of the roles: ${roles.join(', ')}`);
  }
}

/** The council a council-scoped action runs in: the actor's own, never one named in the request. */
export function requireCouncil(actor: Actor): string {
  if (!actor.councilId) throw new ForbiddenError('this action needs a token issued for a council');
  return actor.councilId;
}
