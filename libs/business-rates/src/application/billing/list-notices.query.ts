import type { Actor } from '../../../../tenancy/src/index.js';

/** An account's notices, oldest first, optionally for one financial year. */
export class ListNoticesQuery {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly financialYear?: string,
  ) {}
}
