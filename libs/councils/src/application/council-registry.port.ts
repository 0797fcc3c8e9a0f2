import type { Actor } from '../../../tenancy/src/index.js';
import type { Council } from '../domain/council.js';

/** Where councils are kept. Bound to a database implementation by the councils module. */
export abstract class CouncilRegistry {
  /** Adds a council; ConflictError when the code is taken. */
  abstract add(actor: Actor, council: Council, reason?: string): Promise<void>;
  /** Applies `change` to the council under a row lock, so concurrent changes do not overwrite each other. */
  abstract change(actor: Actor, id: string, change: (council: Council) => Council, reason?: string): Promise<Council | null>;
  /** A council visible to the actor: operators see every council, others only their own. */
  abstract find(actor: Actor, id: string): Promise<Council | null>;
  abstract list(actor: Actor): Promise<Council[]>;
  /** The council a token's council code names, for authenticating it. */
  abstract findByCode(code: string): Promise<Council | null>;
}
