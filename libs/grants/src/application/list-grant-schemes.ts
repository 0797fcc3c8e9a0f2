import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../kernel/src/index.js';
import { CouncilPolicies } from '../../../policy-host/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { isOpenOn, type GrantScheme } from '../domain/grant-scheme.js';
import { MAY_READ_GRANTS } from './permissions.js';

/** The grant schemes the council's policy in force today offers, from its plugins. */
export class ListGrantSchemesQuery {
  constructor(readonly actor: Actor) {}
}

export interface GrantSchemeListing extends GrantScheme {
  /** The plugin that defines the scheme. */
  readonly pluginId: string;
  /** Taking applications today. */
  readonly openToday: boolean;
}

@QueryHandler(ListGrantSchemesQuery)
export class ListGrantSchemesHandler implements IQueryHandler<ListGrantSchemesQuery> {
  constructor(
    private readonly policies: CouncilPolicies,
    private readonly clock: Clock,
  ) {}

  async execute({ actor }: ListGrantSchemesQuery): Promise<GrantSchemeListing[]> {
    requireAnyRole(actor, MAY_READ_GRANTS, 'listing grant schemes');
    const councilId = requireCouncil(actor);
    const today = this.clock.today();
    const schemes = (await this.policies.inForce(actor, councilId, today)).grantSchemes();
    return schemes.map(({ id, pluginId, name, opensOn, closesOn }) => {
      const scheme = { id, name, opensOn, closesOn };
      return { ...scheme, pluginId, openToday: isOpenOn(scheme, today) };
    });
  }
}
