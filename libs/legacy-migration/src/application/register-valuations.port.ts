import type { Actor } from '../../../tenancy/src/index.js';
import type { RegisteredValuation } from '../domain/voa-changes.js';

/** The council's hereditaments as list entries are matched against them. */
export abstract class RegisterValuations {
  /** Hereditaments with any of these UARNs, or with any of these BA references and no UARN, with their values. */
  abstract find(actor: Actor, councilId: string, uarns: readonly number[], baReferences: readonly string[]): Promise<RegisteredValuation[]>;
}
