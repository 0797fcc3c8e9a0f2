import type { Actor } from '../../../../tenancy/src/index.js';

/** Issue whatever notice an account's year needs now: the first demand, an adjustment, or nothing if nothing changed. */
export class IssueBillCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly financialYear: string,
    readonly reason?: string,
  ) {}
}
