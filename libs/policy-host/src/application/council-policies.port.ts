import type { IsoDate } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { CouncilPolicy } from '../domain/council-policy.js';

/** Where use cases get a council's policy: the version in force on a day, with the registered plugins. */
export abstract class CouncilPolicies {
  /** The council's policy in force on the day (the national baseline until it sets one). */
  abstract inForce(actor: Actor, councilId: string, onDate: IsoDate): Promise<CouncilPolicy>;
  /**
   * The policies that would be in force over a period if the council set this version (checked as
   * setting it would be, naming any bad field), for a what-if preview: nothing is stored.
   */
  abstract overIf(
    actor: Actor,
    councilId: string,
    period: { readonly start: IsoDate; readonly end: IsoDate },
    proposed: { readonly effectiveFrom: unknown; readonly plugins: unknown; readonly settings: unknown },
  ): Promise<Array<{ readonly period: { start: IsoDate; end: IsoDate }; readonly policy: CouncilPolicy }>>;
  /** The policies in force over a period (a financial year, say), each with the days it covers. */
  abstract over(actor: Actor, councilId: string, period: { readonly start: IsoDate; readonly end: IsoDate }): Promise<Array<{ readonly period: { start: IsoDate; end: IsoDate }; readonly policy: CouncilPolicy }>>;
}
