import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError, isIsoDate, type IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { MAY_MANAGE } from '../permissions.js';
import { BillingRunStore, type BillingRun } from './billing-run-store.port.js';

/**
 * Asks for a council's annual billing for a year. The worker does the billing in chunks; the run's
 * progress is read back with GetBillingRunQuery. Asking again resumes a failed run.
 */
export class StartBillingRunCommand {
  constructor(
    readonly actor: Actor,
    readonly financialYear: string,
    /** The date the annual bills carry; today when not given. */
    readonly issuedOn?: IsoDate,
    readonly reason?: string,
  ) {}
}

@CommandHandler(StartBillingRunCommand)
export class StartBillingRunHandler implements ICommandHandler<StartBillingRunCommand> {
  constructor(
    private readonly store: BillingRunStore,
    private readonly clock: Clock,
  ) {}

  execute({ actor, financialYear: label, issuedOn, reason }: StartBillingRunCommand): Promise<BillingRun> {
    requireAnyRole(actor, MAY_MANAGE, 'starting annual billing');
    const councilId = requireCouncil(actor);
    const year = financialYear(label);
    const billedOn = issuedOn ?? this.clock.today();
    if (!isIsoDate(billedOn)) throw new InvalidInputError('issuedOn', 'must be a date such as 2026-03-10');
    // Annual bills go out before or during the year; after it, each account is billed on its own.
    if (billedOn > year.end) throw new InvalidInputError('issuedOn', `must be no later than the end of ${year.label} (${year.end})`);
    return this.store.requestRun(actor, councilId, randomUUID(), year, billedOn, reason ?? `annual billing ${year.label}`);
  }
}
