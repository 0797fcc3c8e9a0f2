import type { IsoDate } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { CouncilPolicy } from '../domain/council-policy.js';

/** Where use cases get a council's policy: the version in force on a day, with the registered plugins. */
export abstract class CouncilPolicies {
  /** The council's policy in force on the day (the national baseline until it sets one). */
  abstract inForce(actor: Actor, councilId: string, onDate: IsoDate): Promise<CouncilPolicy>;
}
