import { Inject, Injectable } from '@nestjs/common';
import type { IsoDate } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import { CouncilPolicies } from '../application/council-policies.port.js';
import { PolicyVersionStore } from '../application/policy-version-store.port.js';
import { CouncilPolicy } from '../domain/council-policy.js';
import { PluginRegistry } from '../domain/plugin-registry.js';
import { checkPolicyVersion, NATIONAL_BASELINE, versionsOver, type CouncilPolicyVersion } from '../domain/policy-version.js';

/** A council's policy in force: its stored version (or the national baseline) over the registered plugins. */
@Injectable()
export class RegisteredCouncilPolicies extends CouncilPolicies {
  constructor(
    private readonly store: PolicyVersionStore,
    @Inject(PluginRegistry) private readonly registry: PluginRegistry,
  ) {
    super();
  }

  async inForce(actor: Actor, councilId: string, onDate: IsoDate): Promise<CouncilPolicy> {
    return new CouncilPolicy((await this.store.inForce(actor, councilId, onDate)) ?? NATIONAL_BASELINE, this.registry);
  }

  async over(actor: Actor, councilId: string, period: { readonly start: IsoDate; readonly end: IsoDate }) {
    return this.windows(await this.store.all(actor, councilId), period);
  }

  async overIf(actor: Actor, councilId: string, period: { readonly start: IsoDate; readonly end: IsoDate }, proposed: { effectiveFrom: unknown; plugins: unknown; settings: unknown }) {
    const version = checkPolicyVersion(this.registry, proposed.effectiveFrom, proposed.plugins, proposed.settings ?? {});
    const stored = (await this.store.all(actor, councilId)).filter((each) => each.effectiveFrom !== version.effectiveFrom);
    return this.windows([...stored, version], period);
  }

  private windows(versions: readonly CouncilPolicyVersion[], period: { readonly start: IsoDate; readonly end: IsoDate }) {
    return versionsOver(versions, period).map(({ period: days, version }) => ({ period: days, policy: new CouncilPolicy(version, this.registry) }));
  }
}
