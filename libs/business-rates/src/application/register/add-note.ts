import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { checkNoteBody } from '../../domain/register/contacts-and-notes.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type NoteRecord, type NoteSubject } from './register-store.port.js';

/** What the caller said the note is about; exactly one must be given. */
export interface NoteAbout {
  readonly accountReference?: string | null;
  readonly hereditamentId?: string | null;
  readonly partyId?: string | null;
}

/** A note on an account, hereditament or ratepayer. Notes are never changed or removed: a correction is another note. */
export class AddNoteCommand {
  constructor(
    readonly actor: Actor,
    readonly about: NoteAbout,
    readonly body: string,
    readonly reason?: string,
  ) {}
}

@CommandHandler(AddNoteCommand)
export class AddNoteHandler implements ICommandHandler<AddNoteCommand> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, about, body, reason }: AddNoteCommand): Promise<NoteRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'adding a note');
    const councilId = requireCouncil(actor);
    const subject = noteSubject(about);
    return this.store.addNote(actor, councilId, randomUUID(), subject, checkNoteBody(body), actor.subject, reason);
  }
}

function noteSubject({ accountReference, hereditamentId, partyId }: NoteAbout): NoteSubject {
  const given = [accountReference, hereditamentId, partyId].filter((value) => value !== undefined && value !== null);
  if (given.length !== 1) throw new InvalidInputError('about', 'give exactly one of accountReference, hereditamentId or partyId');
  if (accountReference != null) return { accountReference: checkAccountReference(accountReference) };
  if (hereditamentId != null) return { hereditamentId: checkId(hereditamentId, 'hereditamentId') };
  return { partyId: checkId(partyId, 'partyId') };
}
