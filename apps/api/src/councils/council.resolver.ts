import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ConfigureCouncilCommand,
  CreateCouncilCommand,
  GetCouncilQuery,
  ListCouncilsQuery,
} from '../../../../libs/councils/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ConfigureCouncilInput, CreateCouncilInput } from './council.inputs.js';
import { CouncilView } from './council.view.js';

@Resolver(() => CouncilView)
export class CouncilResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [CouncilView], { description: 'Every council on the service (operators).', complexity: 50 })
  councils(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListCouncilsQuery(actor));
  }

  @Query(() => CouncilView, { description: "A council by id (operators), or without an id the caller's own council." })
  council(@CurrentActor() actor: Actor, @Args('id', { type: () => ID, nullable: true }) id?: string) {
    return this.queries.execute(new GetCouncilQuery(actor, id ?? undefined));
  }

  @Mutation(() => CouncilView, { description: 'Adds a council to the service (operators).' })
  createCouncil(@CurrentActor() actor: Actor, @Args('input') { code, reason, ...details }: CreateCouncilInput) {
    return this.commands.execute(new CreateCouncilCommand(actor, code, details, reason));
  }

  @Mutation(() => CouncilView, { description: "Changes a council's details or status (operators)." })
  configureCouncil(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') { reason, ...details }: ConfigureCouncilInput,
  ) {
    return this.commands.execute(new ConfigureCouncilCommand(actor, id, details, reason));
  }
}
