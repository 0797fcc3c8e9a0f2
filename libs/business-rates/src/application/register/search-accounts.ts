import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { searchTerms } from '../../domain/register/search-terms.js';
import { MAY_READ } from '../permissions.js';
import { RegisterStore, type AccountMatch } from './register-store.port.js';

/**
 * Finding an account from what a caller on the phone knows: the reference, the ratepayer's name,
 * or the BA reference, postcode or UPRN of a property the account is or was liable for.
 */
export class SearchAccountsQuery {
  constructor(
    readonly actor: Actor,
    readonly q: string,
    readonly limit?: number,
  ) {}
}

@QueryHandler(SearchAccountsQuery)
export class SearchAccountsHandler implements IQueryHandler<SearchAccountsQuery> {
  constructor(private readonly store: RegisterStore) {}

  execute({ actor, q, limit }: SearchAccountsQuery): Promise<AccountMatch[]> {
    requireAnyRole(actor, MAY_READ, 'searching accounts');
    const councilId = requireCouncil(actor);
    return this.store.searchAccounts(actor, councilId, searchTerms(q, limit));
  }
}
