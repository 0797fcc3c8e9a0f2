import type { Actor } from '../../../../tenancy/src/index.js';

/** One notice, by its number, with its lines and instalments. */
export class GetNoticeQuery {
  constructor(
    readonly actor: Actor,
    readonly billNumber: number,
  ) {}
}
