import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  EndLiabilityCommand,
  GetAccountQuery,
  GetHereditamentQuery,
  OpenAccountCommand,
  RecordOccupationCommand,
  RecordRateableValueCommand,
  StartLiabilityCommand,
} from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { awardReliefCommand, createHereditamentCommand, createPartyCommand } from './register.commands.js';
import {
  AwardReliefInput, CreateHereditamentInput, CreatePartyInput, EndLiabilityInput, OpenAccountInput, RecordOccupationInput, RecordRateableValueInput, StartLiabilityInput,
} from './register.inputs.js';
import { AccountView, HereditamentChangeView, HereditamentView, LiabilityChangeView, PartyView, ReliefAwardedView } from './register.views.js';

@ApiTags('business rates: register')
@ApiBearerAuth()
@Controller('v1/business-rates')
export class RegisterHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('hereditaments')
  @ApiOperation({ summary: 'Add a hereditament with the rateable value it entered the list at' })
  @ApiCreatedResponse({ type: HereditamentView })
  createHereditament(@CurrentActor() actor: Actor, @Body() input: CreateHereditamentInput) {
    return this.commands.execute(createHereditamentCommand(actor, input));
  }

  @Get('hereditaments/:hereditamentId')
  @ApiOperation({ summary: 'A hereditament with its value and occupation history and liabilities' })
  @ApiOkResponse({ type: HereditamentView })
  hereditament(@CurrentActor() actor: Actor, @Param('hereditamentId') hereditamentId: string) {
    return this.queries.execute(new GetHereditamentQuery(actor, hereditamentId));
  }

  @Post('hereditaments/:hereditamentId/rateable-values')
  @ApiOperation({ summary: 'Record a rateable value from a date (backdating allowed); affected accounts are rebilled' })
  @ApiCreatedResponse({ type: HereditamentChangeView })
  recordRateableValue(@CurrentActor() actor: Actor, @Param('hereditamentId') hereditamentId: string, @Body() input: RecordRateableValueInput) {
    return this.commands.execute(new RecordRateableValueCommand(actor, hereditamentId, input.effectiveFrom, input.rateableValue, input.reason));
  }

  @Post('hereditaments/:hereditamentId/occupation')
  @ApiOperation({ summary: 'Record the hereditament occupied or empty from a date; affected accounts are rebilled' })
  @ApiCreatedResponse({ type: HereditamentChangeView })
  recordOccupation(@CurrentActor() actor: Actor, @Param('hereditamentId') hereditamentId: string, @Body() input: RecordOccupationInput) {
    return this.commands.execute(new RecordOccupationCommand(actor, hereditamentId, input.startsOn, input.occupied, input.reason));
  }

  @Post('parties')
  @ApiOperation({ summary: 'Add a ratepayer' })
  @ApiCreatedResponse({ type: PartyView })
  createParty(@CurrentActor() actor: Actor, @Body() input: CreatePartyInput) {
    return this.commands.execute(createPartyCommand(actor, input));
  }

  @Post('accounts')
  @ApiOperation({ summary: 'Open an account for a ratepayer, with the next reference' })
  @ApiCreatedResponse({ type: AccountView })
  openAccount(@CurrentActor() actor: Actor, @Body() input: OpenAccountInput) {
    return this.commands.execute(new OpenAccountCommand(actor, input.partyId, input.instalmentPreference ?? 10, input.reason));
  }

  @Get('accounts/:accountReference')
  @ApiOperation({ summary: 'An account by reference, with its ratepayer, liabilities and reliefs' })
  @ApiOkResponse({ type: AccountView })
  account(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string) {
    return this.queries.execute(new GetAccountQuery(actor, accountReference));
  }

  @Post('accounts/:accountReference/liabilities')
  @ApiOperation({ summary: 'Move in: start a liability for a hereditament; the account is billed' })
  @ApiCreatedResponse({ type: LiabilityChangeView })
  startLiability(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Body() input: StartLiabilityInput) {
    return this.commands.execute(new StartLiabilityCommand(actor, accountReference, input.hereditamentId, input.capacity, input.startsOn, input.reason));
  }

  @Post('liabilities/:liabilityId/end')
  @ApiOperation({ summary: 'Move out: end a liability; the account is rebilled' })
  @ApiCreatedResponse({ type: LiabilityChangeView })
  endLiability(@CurrentActor() actor: Actor, @Param('liabilityId') liabilityId: string, @Body() input: EndLiabilityInput) {
    return this.commands.execute(new EndLiabilityCommand(actor, liabilityId, input.endsOn, input.reason));
  }

  @Post('liabilities/:liabilityId/reliefs')
  @ApiOperation({ summary: 'Award a relief or exemption for a period; the account is rebilled' })
  @ApiCreatedResponse({ type: ReliefAwardedView })
  awardRelief(@CurrentActor() actor: Actor, @Param('liabilityId') liabilityId: string, @Body() input: AwardReliefInput) {
    return this.commands.execute(awardReliefCommand(actor, liabilityId, input));
  }
}
