import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CouncilRegistry } from './council-registry.port.js';
import { ResolveTokenCouncilQuery, type TokenCouncil } from './resolve-token-council.query.js';

@QueryHandler(ResolveTokenCouncilQuery)
export class ResolveTokenCouncilHandler implements IQueryHandler<ResolveTokenCouncilQuery> {
  constructor(private readonly registry: CouncilRegistry) {}

  async execute({ councilCode }: ResolveTokenCouncilQuery): Promise<TokenCouncil | null> {
    const council = await this.registry.findByCode(councilCode);
    return council && { councilId: council.id, active: council.status === 'active' };
  }
}
