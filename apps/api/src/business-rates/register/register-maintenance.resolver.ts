import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  AddNoteCommand,
  EndReliefCommand,
  GetPartyQuery,
  ListAccountNotesQuery,
  SearchAccountsQuery,
  SearchHereditamentsQuery,
  UpdateAccountCommand,
  UpdateHereditamentCommand,
  UpdatePartyCommand,
} from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { addContactCommand } from './register.commands.js';
import { AddContactInput, AddNoteInput, EndReliefInput, SearchArgs, UpdateAccountInput, UpdateHereditamentInput, UpdatePartyInput } from './register-maintenance.inputs.js';
import { AccountMatchView, AccountView, HereditamentMatchView, HereditamentView, NoteView, PartyView, ReliefEndedView } from './register.views.js';

@Resolver()
export class RegisterMaintenanceResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => PartyView, { description: 'A ratepayer with its contacts.' })
  party(@CurrentActor() actor: Actor, @Args('partyId') partyId: string) {
    return this.queries.execute(new GetPartyQuery(actor, partyId));
  }

  @Query(() => [NoteView], { description: "An account's notes, newest first." })
  notes(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string) {
    return this.queries.execute(new ListAccountNotesQuery(actor, accountReference));
  }

  @Query(() => [AccountMatchView], { description: "Accounts by reference, ratepayer's name, or a property's BA reference, postcode or UPRN; best first." })
  searchAccounts(@CurrentActor() actor: Actor, @Args() { q, limit }: SearchArgs) {
    return this.queries.execute(new SearchAccountsQuery(actor, q, limit ?? undefined));
  }

  @Query(() => [HereditamentMatchView], { description: 'Hereditaments by BA reference, UARN, UPRN, postcode or address; best first.' })
  searchHereditaments(@CurrentActor() actor: Actor, @Args() { q, limit }: SearchArgs) {
    return this.queries.execute(new SearchHereditamentsQuery(actor, q, limit ?? undefined));
  }

  @Mutation(() => HereditamentView, { description: "Correct a hereditament's description (only the fields given)." })
  updateHereditament(@CurrentActor() actor: Actor, @Args('hereditamentId') hereditamentId: string, @Args('input') { reason, ...changes }: UpdateHereditamentInput) {
    return this.commands.execute(new UpdateHereditamentCommand(actor, hereditamentId, changes, reason ?? undefined));
  }

  @Mutation(() => PartyView, { description: 'Correct a ratepayer (only the fields given).' })
  updateParty(@CurrentActor() actor: Actor, @Args('partyId') partyId: string, @Args('input') { reason, ...changes }: UpdatePartyInput) {
    return this.commands.execute(new UpdatePartyCommand(actor, partyId, changes, reason ?? undefined));
  }

  @Mutation(() => AccountView, { description: "Change an account's instalment preference." })
  updateAccount(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string, @Args('input') input: UpdateAccountInput) {
    return this.commands.execute(new UpdateAccountCommand(actor, accountReference, input.instalmentPreference, input.reason ?? undefined));
  }

  @Mutation(() => PartyView, { description: 'Add a contact to a ratepayer.' })
  addContact(@CurrentActor() actor: Actor, @Args('partyId') partyId: string, @Args('input') input: AddContactInput) {
    return this.commands.execute(addContactCommand(actor, partyId, input));
  }

  @Mutation(() => NoteView, { description: 'Add a note to exactly one of an account, hereditament or ratepayer.' })
  addNote(@CurrentActor() actor: Actor, @Args('input') { body, reason, ...about }: AddNoteInput) {
    return this.commands.execute(new AddNoteCommand(actor, about, body, reason ?? undefined));
  }

  @Mutation(() => ReliefEndedView, { description: 'End a relief award on a day; the account is rebilled.' })
  endRelief(@CurrentActor() actor: Actor, @Args('reliefAwardId') reliefAwardId: string, @Args('input') input: EndReliefInput) {
    return this.commands.execute(new EndReliefCommand(actor, reliefAwardId, input.endsOn, input.reason ?? undefined));
  }
}
