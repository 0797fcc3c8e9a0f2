import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_READ } from '../permissions.js';
import { RegisterStore, type HereditamentRecord } from './register-store.port.js';

/** A hereditament with its rateable-value and occupation history and who has been liable. */
export class GetHereditamentQuery {
  constructor(
    readonly actor: Actor,
    readonly hereditamentId: string,
  ) {}
}

@QueryHandler(GetHereditamentQuery)
export class GetHereditamentHandler implements IQueryHandler<GetHereditamentQuery> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, hereditamentId }: GetHereditamentQuery): Promise<HereditamentRecord> {
    requireAnyRole(actor, MAY_READ, 'reading hereditaments');
    const councilId = requireCouncil(actor);
    checkId(hereditamentId, 'hereditamentId');
    const hereditament = await this.store.findHereditament(actor, councilId, hereditamentId);
    if (!hereditament) throw new NotFoundError('hereditament', hereditamentId);
    return hereditament;
  }
}
