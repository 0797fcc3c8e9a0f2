import type { IsoDate } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';

/**
 * Recompute, don't patch: after a fact changes (a rateable value, occupation, a liability, a
 * relief), recompute every affected account's charge from `from` onwards with the engine and issue
 * a notice of the differences wherever they are not nil. Rerunning with nothing changed issues nothing.
 *
 * The affected accounts are those named plus every account liable for a named hereditament on or
 * after `from`. Resolves to the notices issued.
 */
export class RebillCommand {
  constructor(
    readonly actor: Actor,
    readonly affected: { readonly accountIds?: readonly string[]; readonly hereditamentIds?: readonly string[] },
    readonly from: IsoDate,
    readonly reason?: string,
  ) {}
}
