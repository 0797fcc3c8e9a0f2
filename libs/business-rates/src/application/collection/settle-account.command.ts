import type { Actor } from '../../../../tenancy/src/index.js';

/**
 * Puts an account's money where it belongs after its debts change: releases any allocation a
 * reduced charge no longer needs (leaving it as credit), then applies credit to the outstanding
 * debts, oldest first. Issued by billing after every notice; harmless to repeat.
 */
export class SettleAccountCommand {
  constructor(
    readonly actor: Actor,
    readonly accountId: string,
    readonly reason?: string,
  ) {}
}
