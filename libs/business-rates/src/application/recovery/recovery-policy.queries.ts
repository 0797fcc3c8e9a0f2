import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError, isIsoDate, PolicyPluginError, type IsoDate } from '../../../../kernel/src/index.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { NATIONAL_RECOVERY_DEFAULTS, recoveryDefaultsOn } from '../../domain/recovery/recovery-defaults.js';
import { checkRecoveryPolicy, type RecoveryPolicy, type RecoveryPolicyInForce } from '../../domain/recovery/recovery-policy.js';
import { MAY_MANAGE, MAY_READ } from '../permissions.js';
import { RecoveryStore } from './recovery-store.port.js';

/** The recovery policy in force for the council on a day (today if not given): its own, or the national default. */
export class GetRecoveryPolicyQuery {
  constructor(
    readonly actor: Actor,
    readonly asAt?: string,
  ) {}
}

/** Sets the council's recovery policy from a day; until then the one before (or the national default) stands. */
export class SetRecoveryPolicyCommand {
  constructor(
    readonly actor: Actor,
    readonly effectiveFrom: string,
    readonly policy: RecoveryPolicy,
    readonly reason?: string,
  ) {}
}

/**
 * The policy recovery follows on a day. Shared by the query and the recovery run. A policy the
 * council set through this API comes first; then its policy plugins' recovery decision (over the
 * national defaults, and held to the same legal limits); then the national defaults.
 */
export async function policyInForce(store: RecoveryStore, policies: CouncilPolicies, actor: Actor, councilId: string, asAt: IsoDate): Promise<RecoveryPolicyInForce> {
  const own = await store.councilPolicy(actor, councilId, asAt);
  if (own) return { ...own, source: 'council' };
  const national = recoveryDefaultsOn(asAt);
  const councilPolicy = await policies.inForce(actor, councilId, asAt);
  const plugin = councilPolicy.recovery();
  if (plugin) {
    const { decidedBy, ...decided } = plugin;
    try {
      const policy = checkRecoveryPolicy({ ...national.policy, ...decided }, national.limits);
      const effectiveFrom = councilPolicy.version.effectiveFrom > national.effectiveFrom ? councilPolicy.version.effectiveFrom : national.effectiveFrom;
      return { ...policy, effectiveFrom, source: 'council-plugin' };
    } catch (error) {
      throw new PolicyPluginError(decidedBy, 'recovery', error instanceof Error ? error.message : String(error));
    }
  }
  return { ...national.policy, effectiveFrom: national.effectiveFrom, source: 'national-default' };
}

/** A day recovery can be asked about: a date, and not before the earliest national defaults held. */
export function checkDay(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidInputError(field, 'must be a date such as 2024-09-30');
  const earliest = NATIONAL_RECOVERY_DEFAULTS[0].effectiveFrom;
  if (value < earliest) throw new InvalidInputError(field, `must not be before ${earliest}`);
  return value;
}

@QueryHandler(GetRecoveryPolicyQuery)
export class GetRecoveryPolicyHandler implements IQueryHandler<GetRecoveryPolicyQuery> {
  constructor(
    private readonly store: RecoveryStore,
    private readonly policies: CouncilPolicies,
    private readonly clock: Clock,
  ) {}

  execute({ actor, asAt }: GetRecoveryPolicyQuery): Promise<RecoveryPolicyInForce> {
    requireAnyRole(actor, MAY_READ, 'reading the recovery policy');
    const councilId = requireCouncil(actor);
    return policyInForce(this.store, this.policies, actor, councilId, asAt === undefined ? this.clock.today() : checkDay(asAt, 'asAt'));
  }
}

@CommandHandler(SetRecoveryPolicyCommand)
export class SetRecoveryPolicyHandler implements ICommandHandler<SetRecoveryPolicyCommand> {
  constructor(
    private readonly store: RecoveryStore,
    private readonly policies: CouncilPolicies,
  ) {}

  async execute({ actor, effectiveFrom, policy, reason }: SetRecoveryPolicyCommand): Promise<RecoveryPolicyInForce> {
    requireAnyRole(actor, MAY_MANAGE, 'setting the recovery policy');
    const councilId = requireCouncil(actor);
    checkDay(effectiveFrom, 'effectiveFrom');
    if (reason !== undefined && (typeof reason !== 'string' || reason.length > 500)) throw new InvalidInputError('reason', 'must be up to 500 characters');
    const checked = checkRecoveryPolicy(policy, recoveryDefaultsOn(effectiveFrom).limits);
    await this.store.setPolicy(actor, councilId, effectiveFrom, checked, reason ?? 'recovery policy set');
    return policyInForce(this.store, this.policies, actor, councilId, effectiveFrom);
  }
}
