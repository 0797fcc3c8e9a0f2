import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError, NotFoundError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { GRANT_STATUSES, type GrantStatus } from '../domain/grant-application.js';
import { GrantStore, type GrantApplicationRecord } from './grant-store.port.js';
import { MAY_READ_GRANTS } from './permissions.js';

const DEFAULT_LIMIT = 100;
const MAXIMUM_LIMIT = 1_000;

/** Applications, oldest first, optionally of one scheme and in one status; paged by reference. */
export class ListGrantApplicationsQuery {
  constructor(
    readonly actor: Actor,
    readonly filter: { readonly schemeId?: string; readonly status?: string; readonly afterReference?: string; readonly limit?: number } = {},
  ) {}
}

/** One application by its reference. */
export class GetGrantApplicationQuery {
  constructor(
    readonly actor: Actor,
    readonly reference: string,
  ) {}
}

@QueryHandler(ListGrantApplicationsQuery)
export class ListGrantApplicationsHandler implements IQueryHandler<ListGrantApplicationsQuery> {
  constructor(private readonly store: GrantStore) {}

  execute({ actor, filter }: ListGrantApplicationsQuery): Promise<GrantApplicationRecord[]> {
    requireAnyRole(actor, MAY_READ_GRANTS, 'reading grant applications');
    const councilId = requireCouncil(actor);
    if (filter.status !== undefined && !(GRANT_STATUSES as readonly string[]).includes(filter.status)) throw new InvalidInputError('status', `must be one of ${GRANT_STATUSES.join(', ')}`);
    const limit = filter.limit ?? DEFAULT_LIMIT;
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAXIMUM_LIMIT) throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAXIMUM_LIMIT}`);
    return this.store.list(actor, councilId, { schemeId: filter.schemeId, status: filter.status as GrantStatus | undefined, afterReference: filter.afterReference, limit });
  }
}

@QueryHandler(GetGrantApplicationQuery)
export class GetGrantApplicationHandler implements IQueryHandler<GetGrantApplicationQuery> {
  constructor(private readonly store: GrantStore) {}

  async execute({ actor, reference }: GetGrantApplicationQuery): Promise<GrantApplicationRecord> {
    requireAnyRole(actor, MAY_READ_GRANTS, 'reading grant applications');
    const application = await this.store.find(actor, requireCouncil(actor), reference);
    if (!application) throw new NotFoundError('grant application', reference);
    return application;
  }
}
