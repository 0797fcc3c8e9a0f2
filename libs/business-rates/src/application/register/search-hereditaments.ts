import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { searchTerms } from '../../domain/register/search-terms.js';
import { MAY_READ } from '../permissions.js';
import { RegisterStore, type HereditamentMatch } from './register-store.port.js';

/** Finding a property by BA reference, UARN, UPRN, postcode or part of its address. */
export class SearchHereditamentsQuery {
  constructor(
    readonly actor: Actor,
    readonly q: string,
    readonly limit?: number,
  ) {}
}

@QueryHandler(SearchHereditamentsQuery)
export class SearchHereditamentsHandler implements IQueryHandler<SearchHereditamentsQuery> {
  constructor(private readonly store: RegisterStore) {}

  execute({ actor, q, limit }: SearchHereditamentsQuery): Promise<HereditamentMatch[]> {
    requireAnyRole(actor, MAY_READ, 'searching hereditaments');
    const councilId = requireCouncil(actor);
    return this.store.searchHereditaments(actor, councilId, searchTerms(q, limit));
  }
}
