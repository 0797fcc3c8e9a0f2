import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_READ } from '../permissions.js';
import { RegisterStore, type PartyRecord } from './register-store.port.js';

/** A ratepayer with its contacts. */
export class GetPartyQuery {
  constructor(
    readonly actor: Actor,
    readonly partyId: string,
  ) {}
}

@QueryHandler(GetPartyQuery)
export class GetPartyHandler implements IQueryHandler<GetPartyQuery> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, partyId }: GetPartyQuery): Promise<PartyRecord> {
    requireAnyRole(actor, MAY_READ, 'reading ratepayers');
    const councilId = requireCouncil(actor);
    const id = checkId(partyId, 'partyId');
    const party = await this.store.findParty(actor, councilId, id);
    if (!party) throw new NotFoundError('party', id);
    return party;
  }
}
