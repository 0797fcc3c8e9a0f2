import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { requireAnyRole } from '../../../tenancy/src/index.js';
import type { Council } from '../domain/council.js';
import { CouncilRegistry } from './council-registry.port.js';
import { ListCouncilsQuery } from './list-councils.query.js';

@QueryHandler(ListCouncilsQuery)
export class ListCouncilsHandler implements IQueryHandler<ListCouncilsQuery> {
  constructor(private readonly registry: CouncilRegistry) {}

  execute({ actor }: ListCouncilsQuery): Promise<Council[]> {
    requireAnyRole(actor, ['operator'], 'listing councils');
    return this.registry.list(actor);
  }
}
