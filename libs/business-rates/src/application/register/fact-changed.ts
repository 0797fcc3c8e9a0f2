import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { IssuedNotice } from '../billing/billing-store.port.js';
import { RebillCommand } from '../billing/rebill.command.js';

/** Recompute, don't patch: after a fact changes, the affected accounts are rebilled from the change's date. */
export function rebillAfter(
  commands: CommandBus,
  actor: Actor,
  affected: { accountIds?: string[]; hereditamentIds?: string[] },
  from: string,
  reason?: string,
): Promise<IssuedNotice[]> {
  return commands.execute(new RebillCommand(actor, affected, from, reason));
}
