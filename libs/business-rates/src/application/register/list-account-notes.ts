import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { MAY_READ } from '../permissions.js';
import { RegisterStore, type NoteRecord } from './register-store.port.js';

/** The notes written on an account, newest first. */
export class ListAccountNotesQuery {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
  ) {}
}

@QueryHandler(ListAccountNotesQuery)
export class ListAccountNotesHandler implements IQueryHandler<ListAccountNotesQuery> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, accountReference }: ListAccountNotesQuery): Promise<NoteRecord[]> {
    requireAnyRole(actor, MAY_READ, 'reading notes');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    const notes = await this.store.listAccountNotes(actor, councilId, reference);
    if (!notes) throw new NotFoundError('account', reference);
    return notes;
  }
}
