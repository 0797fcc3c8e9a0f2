import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../kernel/src/index.js';
import { requireCouncil } from '../../../tenancy/src/index.js';
import type { Council } from '../domain/council.js';
import { CouncilRegistry } from './council-registry.port.js';
import { GetCouncilQuery } from './get-council.query.js';

@QueryHandler(GetCouncilQuery)
export class GetCouncilHandler implements IQueryHandler<GetCouncilQuery> {
  constructor(private readonly registry: CouncilRegistry) {}

  async execute({ actor, councilId }: GetCouncilQuery): Promise<Council> {
    const id = councilId ?? requireCouncil(actor);
    // The registry applies visibility: a council's token finds no other council, whatever id it guesses.
    const council = await this.registry.find(actor, id);
    if (!council) throw new NotFoundError('council', id);
    return council;
  }
}
