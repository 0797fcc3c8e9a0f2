import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { nextRecoveryStep, RECOVERY_STAGES, type RecoveryStageName } from '../../domain/recovery/next-recovery-step.js';
import { SettleAccountCommand } from '../collection/settle-account.command.js';
import { MAY_MANAGE } from '../permissions.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import { checkDay, policyInForce } from './recovery-policy.queries.js';
import { RecoveryStore } from './recovery-store.port.js';

/**
 * Recovery for the whole council as at today: every account-year owing gets
 * the next notice the rules call for, if any. Rerunning the same day issues nothing new: each
 * decision reads the stages already issued.
 */
export class RunRecoveryCommand {
  constructor(
    readonly actor: Actor,
    readonly asAt?: string,
  ) {}
}

export interface RecoveryRunResult {
  readonly asAt: string;
  readonly accountYearsChecked: number;
  readonly issued: Readonly<Record<RecoveryStageName, number>>;
}

/** Account-years decided in one transaction: each chunk's facts are read with a handful of queries. */
const ACCOUNT_YEARS_AT_ONCE = 1_000;

@CommandHandler(RunRecoveryCommand)
export class RunRecoveryHandler implements ICommandHandler<RunRecoveryCommand> {
  constructor(
    private readonly store: RecoveryStore,
    private readonly commands: CommandBus,
    private readonly policies: CouncilPolicies,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, asAt }: RunRecoveryCommand): Promise<RecoveryRunResult> {
    requireAnyRole(actor, MAY_MANAGE, 'running recovery');
    const councilId = requireCouncil(actor);
    const today = this.clock.today();
    const day = asAt === undefined ? today : checkDay(asAt, 'asAt');
    // Notices are dated the day they are issued, and their deadlines run from it: a run for another
    // day would send notices whose time to pay had already begun (or not yet), so only today's is allowed.
    if (day !== today) throw new InvalidInputError('asAt', `must be today (${today}): recovery notices are dated the day they are issued`);
    const policy = await policyInForce(this.store, this.policies, actor, councilId, day);
    const issued = Object.fromEntries(RECOVERY_STAGES.map((stage) => [stage, 0])) as Record<RecoveryStageName, number>;
    const owing = await this.store.accountYearsOwing(actor, councilId);
    for (let start = 0; start < owing.length; start += ACCOUNT_YEARS_AT_ONCE) {
      const chunk = owing.slice(start, start + ACCOUNT_YEARS_AT_ONCE);
      const steps = await this.store.issueNextStages(actor, councilId, chunk, day, (year) => nextRecoveryStep(day, year, policy), `recovery run as at ${day}`);
      for (const { accountId, step } of steps) {
        issued[step.stage] += 1;
        // Costs are a new debt: credit already on the account pays them (rates first, as ever).
        if (step.costsPence > 0) await this.commands.execute(new SettleAccountCommand(actor, accountId, `recovery costs: ${step.stage}`));
      }
    }
    return { asAt: day, accountYearsChecked: owing.length, issued };
  }
}
