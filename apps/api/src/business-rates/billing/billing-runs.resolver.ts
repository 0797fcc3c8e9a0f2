import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { GetBillingRunQuery, ListBillingRunsQuery, StartBillingRunCommand } from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { StartBillingRunInput } from './billing-run.inputs.js';
import { BillingRunView } from './billing-run.view.js';

@Resolver(() => BillingRunView)
export class BillingRunsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => BillingRunView, { description: "Requests the council's annual billing for a year; the worker does it in chunks. Requesting a failed run again resumes it." })
  startBillingRun(@CurrentActor() actor: Actor, @Args('input') input: StartBillingRunInput) {
    return this.commands.execute(new StartBillingRunCommand(actor, input.financialYear, input.issuedOn, input.reason));
  }

  @Query(() => BillingRunView, { description: 'The billing run for a financial year, with its progress.' })
  billingRun(@CurrentActor() actor: Actor, @Args('financialYear') financialYear: string) {
    return this.queries.execute(new GetBillingRunQuery(actor, financialYear));
  }

  @Query(() => [BillingRunView], { description: "The council's billing runs, latest year first." })
  billingRuns(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListBillingRunsQuery(actor));
  }
}
