import { Inject } from '@nestjs/common';
import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError, isIsoDate, type IsoDate } from '../../../kernel/src/index.js';
import { requireAnyRole, type Actor } from '../../../tenancy/src/index.js';
import { PluginRegistry } from '../domain/plugin-registry.js';
import { checkPolicyVersion, NATIONAL_BASELINE } from '../domain/policy-version.js';
import { actingCouncil } from './acting-council.js';
import { describePlugin, describePolicy, type CouncilPolicyDescription, type PluginDescription } from './describe-policy.js';
import { PolicyVersionStore } from './policy-version-store.port.js';

/** The council's local policy in force on a day (today if not given): its plugins in order, each setting and its source. */
export class GetCouncilPolicyQuery {
  constructor(
    readonly actor: Actor,
    readonly asAt?: string,
    /** Operators name the council; council staff get their own. */
    readonly councilId?: string,
  ) {}
}

/** Every version of the council's policy it has set, oldest first. */
export class ListCouncilPolicyVersionsQuery {
  constructor(
    readonly actor: Actor,
    readonly councilId?: string,
  ) {}
}

/** The plugins this service runs, with their settings' defaults: what a council may choose from. */
export class ListPolicyPluginsQuery {
  constructor(readonly actor: Actor) {}
}

/** Sets the council's policy from a day: plugins in the order asked, and the settings it changes from their defaults. */
export class SetCouncilPolicyCommand {
  constructor(
    readonly actor: Actor,
    readonly effectiveFrom: string,
    readonly plugins: unknown,
    readonly settings: unknown,
    readonly reason?: string,
    readonly councilId?: string,
  ) {}
}

@QueryHandler(GetCouncilPolicyQuery)
export class GetCouncilPolicyHandler implements IQueryHandler<GetCouncilPolicyQuery> {
  constructor(
    private readonly store: PolicyVersionStore,
    @Inject(PluginRegistry) private readonly registry: PluginRegistry,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, asAt, councilId }: GetCouncilPolicyQuery): Promise<CouncilPolicyDescription> {
    const council = actingCouncil(actor, councilId, 'read');
    if (asAt !== undefined && !isIsoDate(asAt)) throw new InvalidInputError('asAt', 'must be a date such as 2025-04-01');
    const day: IsoDate = asAt ?? this.clock.today();
    const version = await this.store.inForce(actor, council, day);
    return describePolicy(this.registry, version ?? NATIONAL_BASELINE, version ? 'council' : 'national-baseline');
  }
}

@QueryHandler(ListCouncilPolicyVersionsQuery)
export class ListCouncilPolicyVersionsHandler implements IQueryHandler<ListCouncilPolicyVersionsQuery> {
  constructor(
    private readonly store: PolicyVersionStore,
    @Inject(PluginRegistry) private readonly registry: PluginRegistry,
  ) {}

  async execute({ actor, councilId }: ListCouncilPolicyVersionsQuery): Promise<CouncilPolicyDescription[]> {
    const council = actingCouncil(actor, councilId, 'read');
    return (await this.store.all(actor, council)).map((version) => describePolicy(this.registry, version, 'council'));
  }
}

@QueryHandler(ListPolicyPluginsQuery)
export class ListPolicyPluginsHandler implements IQueryHandler<ListPolicyPluginsQuery> {
  constructor(@Inject(PluginRegistry) private readonly registry: PluginRegistry) {}

  async execute({ actor }: ListPolicyPluginsQuery): Promise<PluginDescription[]> {
    requireAnyRole(actor, ['operator', 'revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'], 'listing policy plugins');
    return this.registry.all().map((plugin) => describePlugin(plugin, null));
  }
}

@CommandHandler(SetCouncilPolicyCommand)
export class SetCouncilPolicyHandler implements ICommandHandler<SetCouncilPolicyCommand> {
  constructor(
    private readonly store: PolicyVersionStore,
    @Inject(PluginRegistry) private readonly registry: PluginRegistry,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, effectiveFrom, plugins, settings, reason, councilId }: SetCouncilPolicyCommand): Promise<CouncilPolicyDescription> {
    const council = actingCouncil(actor, councilId, 'set');
    if (reason !== undefined && (typeof reason !== 'string' || reason.length > 500)) throw new InvalidInputError('reason', 'must be up to 500 characters');
    const version = checkPolicyVersion(this.registry, effectiveFrom, plugins, settings ?? {});
    // Notices already issued were drawn on the versions in force: those are never rewritten. Local
    // policy changes from today on; relief backdated for a particular ratepayer is an officer's award.
    const today = this.clock.today();
    if (version.effectiveFrom < today) throw new InvalidInputError('effectiveFrom', `must be today (${today}) or later: a version bills may already have been drawn on is not rewritten`);
    await this.store.set(actor, council, version, reason ?? 'council policy set');
    return describePolicy(this.registry, version, 'council');
  }
}
