import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
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

@Resolver()
export class RegisterResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => HereditamentView, { description: 'A hereditament with its value and occupation history and liabilities.' })
  hereditament(@CurrentActor() actor: Actor, @Args('hereditamentId') hereditamentId: string) {
    return this.queries.execute(new GetHereditamentQuery(actor, hereditamentId));
  }

  @Query(() => AccountView, { description: 'An account by reference.' })
  account(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string) {
    return this.queries.execute(new GetAccountQuery(actor, accountReference));
  }

  @Mutation(() => HereditamentView)
  createHereditament(@CurrentActor() actor: Actor, @Args('input') input: CreateHereditamentInput) {
    return this.commands.execute(createHereditamentCommand(actor, input));
  }

  @Mutation(() => HereditamentChangeView, { description: 'A rateable value from a date (backdating allowed); affected accounts are rebilled.' })
  recordRateableValue(@CurrentActor() actor: Actor, @Args('hereditamentId') hereditamentId: string, @Args('input') input: RecordRateableValueInput) {
    return this.commands.execute(new RecordRateableValueCommand(actor, hereditamentId, input.effectiveFrom, input.rateableValue, input.reason));
  }

  @Mutation(() => HereditamentChangeView, { description: 'Occupied or empty from a date; affected accounts are rebilled.' })
  recordOccupation(@CurrentActor() actor: Actor, @Args('hereditamentId') hereditamentId: string, @Args('input') input: RecordOccupationInput) {
    return this.commands.execute(new RecordOccupationCommand(actor, hereditamentId, input.startsOn, input.occupied, input.reason));
  }

  @Mutation(() => PartyView)
  createParty(@CurrentActor() actor: Actor, @Args('input') input: CreatePartyInput) {
    return this.commands.execute(createPartyCommand(actor, input));
  }

  @Mutation(() => AccountView)
  openAccount(@CurrentActor() actor: Actor, @Args('input') input: OpenAccountInput) {
    return this.commands.execute(new OpenAccountCommand(actor, input.partyId, input.instalmentPreference ?? 10, input.reason));
  }

  @Mutation(() => LiabilityChangeView, { description: 'Move in; the account is billed.' })
  startLiability(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string, @Args('input') input: StartLiabilityInput) {
    return this.commands.execute(new StartLiabilityCommand(actor, accountReference, input.hereditamentId, input.capacity, input.startsOn, input.reason));
  }

  @Mutation(() => LiabilityChangeView, { description: 'Move out; the account is rebilled.' })
  endLiability(@CurrentActor() actor: Actor, @Args('liabilityId') liabilityId: string, @Args('input') input: EndLiabilityInput) {
    return this.commands.execute(new EndLiabilityCommand(actor, liabilityId, input.endsOn, input.reason));
  }

  @Mutation(() => ReliefAwardedView, { description: 'A relief or exemption for a period; the account is rebilled.' })
  awardRelief(@CurrentActor() actor: Actor, @Args('liabilityId') liabilityId: string, @Args('input') input: AwardReliefInput) {
    return this.commands.execute(awardReliefCommand(actor, liabilityId, input));
  }
}
