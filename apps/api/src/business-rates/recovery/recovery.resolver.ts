import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  CollectionTotalsQuery, GetRecoveryPolicyQuery, ListRecoveryStagesQuery, RunRecoveryCommand, SetRecoveryPolicyCommand,
} from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RecoveryPolicyInput, RecoveryRunInput } from './recovery.inputs.js';
import { CollectionTotalsView, RecoveryPolicyView, RecoveryRunView, RecoveryStageView, toRunView } from './recovery.views.js';

@Resolver()
export class RecoveryResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => RecoveryPolicyView, { description: "The council's recovery policy in force on a day (today if not given); the national default where it has set none." })
  recoveryPolicy(@CurrentActor() actor: Actor, @Args('asAt', { nullable: true }) asAt?: string) {
    return this.queries.execute(new GetRecoveryPolicyQuery(actor, asAt ?? undefined));
  }

  @Mutation(() => RecoveryPolicyView, { description: "Sets the council's recovery policy from a day." })
  setRecoveryPolicy(@CurrentActor() actor: Actor, @Args('input') input: RecoveryPolicyInput) {
    const { effectiveFrom, reason, ...policy } = input;
    return this.commands.execute(new SetRecoveryPolicyCommand(actor, effectiveFrom, policy, reason ?? undefined));
  }

  @Mutation(() => RecoveryRunView, { description: 'Runs recovery as at a day; rerunning the same day issues nothing new.' })
  async runRecovery(@CurrentActor() actor: Actor, @Args('input', { nullable: true }) input?: RecoveryRunInput) {
    return toRunView(await this.commands.execute(new RunRecoveryCommand(actor, input?.asAt ?? undefined)));
  }

  @Query(() => [RecoveryStageView], { description: "An account's recovery notices, oldest first." })
  recoveryStages(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string) {
    return this.queries.execute(new ListRecoveryStagesQuery(actor, accountReference));
  }

  @Query(() => CollectionTotalsView, { description: 'NNDR3-style totals for a financial year.' })
  collectionTotals(@CurrentActor() actor: Actor, @Args('financialYear') financialYear: string) {
    return this.queries.execute(new CollectionTotalsQuery(actor, financialYear));
  }
}
