import type { IsoDate } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { CouncilPolicyVersion } from '../domain/policy-version.js';

/** Where councils' policy versions are kept. */
export abstract class PolicyVersionStore {
  /** The latest version from on or before the day, or null if the council has set none by then. */
  abstract inForce(actor: Actor, councilId: string, onDate: IsoDate): Promise<CouncilPolicyVersion | null>;
  /** Every version the council has set, oldest first. */
  abstract all(actor: Actor, councilId: string): Promise<CouncilPolicyVersion[]>;
  /** Sets (or, for the same day, replaces) the version from its day; audited with the reason. */
  abstract set(actor: Actor, councilId: string, version: CouncilPolicyVersion, reason: string): Promise<void>;
}
