import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { AddContactInput, EndReliefInput, NoteInput, SearchArgs, UpdateAccountInput, UpdateHereditamentInput, UpdatePartyInput } from './register-maintenance.inputs.js';
import { AccountMatchView, AccountView, HereditamentMatchView, HereditamentView, NoteView, PartyView, ReliefEndedView } from './register.views.js';

/** Keeping the register up to date after records are created: corrections, contacts, notes, ending reliefs and finding things. */
@ApiTags('business rates: register')
@ApiBearerAuth()
@Controller('v1/business-rates')
export class RegisterMaintenanceHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('hereditaments')
  @ApiOperation({ summary: 'Find hereditaments by BA reference, UARN, UPRN, postcode or address; best matches first' })
  @ApiOkResponse({ type: [HereditamentMatchView] })
  searchHereditaments(@CurrentActor() actor: Actor, @Query() { q, limit }: SearchArgs) {
    return this.queries.execute(new SearchHereditamentsQuery(actor, q, limit));
  }

  @Patch('hereditaments/:hereditamentId')
  @ApiOperation({ summary: "Correct a hereditament's address, description, SCat code, use, listing or UPRN (only the fields given)" })
  @ApiOkResponse({ type: HereditamentView })
  updateHereditament(@CurrentActor() actor: Actor, @Param('hereditamentId') hereditamentId: string, @Body() { reason, ...changes }: UpdateHereditamentInput) {
    return this.commands.execute(new UpdateHereditamentCommand(actor, hereditamentId, changes, reason));
  }

  @Post('hereditaments/:hereditamentId/notes')
  @ApiOperation({ summary: 'Add a note to a hereditament' })
  @ApiCreatedResponse({ type: NoteView })
  noteHereditament(@CurrentActor() actor: Actor, @Param('hereditamentId') hereditamentId: string, @Body() input: NoteInput) {
    return this.commands.execute(new AddNoteCommand(actor, { hereditamentId }, input.body, input.reason));
  }

  @Get('parties/:partyId')
  @ApiOperation({ summary: 'A ratepayer with its contacts' })
  @ApiOkResponse({ type: PartyView })
  party(@CurrentActor() actor: Actor, @Param('partyId') partyId: string) {
    return this.queries.execute(new GetPartyQuery(actor, partyId));
  }

  @Patch('parties/:partyId')
  @ApiOperation({ summary: "Correct a ratepayer's kind, name or registration numbers (only the fields given)" })
  @ApiOkResponse({ type: PartyView })
  updateParty(@CurrentActor() actor: Actor, @Param('partyId') partyId: string, @Body() { reason, ...changes }: UpdatePartyInput) {
    return this.commands.execute(new UpdatePartyCommand(actor, partyId, changes, reason));
  }

  @Post('parties/:partyId/contacts')
  @ApiOperation({ summary: 'Add an email address, phone number or correspondence address for a ratepayer' })
  @ApiCreatedResponse({ type: PartyView })
  addContact(@CurrentActor() actor: Actor, @Param('partyId') partyId: string, @Body() input: AddContactInput) {
    return this.commands.execute(addContactCommand(actor, partyId, input));
  }

  @Post('parties/:partyId/notes')
  @ApiOperation({ summary: 'Add a note to a ratepayer' })
  @ApiCreatedResponse({ type: NoteView })
  noteParty(@CurrentActor() actor: Actor, @Param('partyId') partyId: string, @Body() input: NoteInput) {
    return this.commands.execute(new AddNoteCommand(actor, { partyId }, input.body, input.reason));
  }

  @Get('accounts')
  @ApiOperation({ summary: "Find accounts by reference, ratepayer's name, or a property's BA reference, postcode or UPRN; best matches first" })
  @ApiOkResponse({ type: [AccountMatchView] })
  searchAccounts(@CurrentActor() actor: Actor, @Query() { q, limit }: SearchArgs) {
    return this.queries.execute(new SearchAccountsQuery(actor, q, limit));
  }

  @Patch('accounts/:accountReference')
  @ApiOperation({ summary: "Change an account's instalment preference (10 or 12) for notices issued from now on" })
  @ApiOkResponse({ type: AccountView })
  updateAccount(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Body() input: UpdateAccountInput) {
    return this.commands.execute(new UpdateAccountCommand(actor, accountReference, input.instalmentPreference, input.reason));
  }

  @Get('accounts/:accountReference/notes')
  @ApiOperation({ summary: "An account's notes, newest first" })
  @ApiOkResponse({ type: [NoteView] })
  accountNotes(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string) {
    return this.queries.execute(new ListAccountNotesQuery(actor, accountReference));
  }

  @Post('accounts/:accountReference/notes')
  @ApiOperation({ summary: 'Add a note to an account' })
  @ApiCreatedResponse({ type: NoteView })
  noteAccount(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Body() input: NoteInput) {
    return this.commands.execute(new AddNoteCommand(actor, { accountReference }, input.body, input.reason));
  }

  @Post('relief-awards/:reliefAwardId/end')
  @ApiOperation({ summary: 'End a relief award on a day (the last day it covers); the account is rebilled' })
  @ApiCreatedResponse({ type: ReliefEndedView })
  endRelief(@CurrentActor() actor: Actor, @Param('reliefAwardId') reliefAwardId: string, @Body() input: EndReliefInput) {
    return this.commands.execute(new EndReliefCommand(actor, reliefAwardId, input.endsOn, input.reason));
  }
}
