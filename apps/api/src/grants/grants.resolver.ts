import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApplyForGrantCommand, DecideGrantApplicationCommand, GetGrantApplicationQuery, GetGrantPaymentRunQuery, ListGrantApplicationsQuery,
  ListGrantPaymentRunsQuery, ListGrantSchemesQuery, RunGrantPaymentsCommand,
} from '../../../../libs/grants/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { GrantApplicationInput, GrantApplicationsArgs, GrantDecisionInput, GrantPaymentRunInput, GrantPaymentRunsArgs } from './grants.inputs.js';
import { AppliedGrantView, GrantApplicationView, GrantPaymentFileView, GrantPaymentRunView, GrantSchemeView } from './grants.views.js';

@Resolver()
export class GrantsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [GrantSchemeView], { description: "The grant schemes the council's policy offers today." })
  grantSchemes(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListGrantSchemesQuery(actor));
  }

  @Mutation(() => AppliedGrantView, { description: 'Applies to a scheme open today; once per idempotencyKey.' })
  applyForGrant(@CurrentActor() actor: Actor, @Args('input') input: GrantApplicationInput) {
    const { idempotencyKey, reason, ...application } = input;
    return this.commands.execute(new ApplyForGrantCommand(actor, application, idempotencyKey ?? undefined, reason ?? undefined));
  }

  @Query(() => [GrantApplicationView], { description: 'Applications in reference order, optionally of one scheme and in one status.' })
  grantApplications(@CurrentActor() actor: Actor, @Args() filter: GrantApplicationsArgs) {
    return this.queries.execute(new ListGrantApplicationsQuery(actor, {
      schemeId: filter.schemeId ?? undefined, status: filter.status ?? undefined, afterReference: filter.afterReference ?? undefined, limit: filter.limit ?? undefined,
    }));
  }

  @Query(() => GrantApplicationView, { description: 'One application by its reference.' })
  grantApplication(@CurrentActor() actor: Actor, @Args('reference') reference: string) {
    return this.queries.execute(new GetGrantApplicationQuery(actor, reference));
  }

  @Mutation(() => GrantApplicationView, { description: 'An officer approves or rejects an application awaiting one.' })
  decideGrantApplication(@CurrentActor() actor: Actor, @Args('reference') reference: string, @Args('input') input: GrantDecisionInput) {
    return this.commands.execute(new DecideGrantApplicationCommand(actor, reference, input.decision, input.reason));
  }

  @Mutation(() => GrantPaymentFileView, { description: "Pays a scheme's approved applications under a new run, with its payment file." })
  runGrantPayments(@CurrentActor() actor: Actor, @Args('input') input: GrantPaymentRunInput) {
    return this.commands.execute(new RunGrantPaymentsCommand(actor, input.schemeId, input.reason ?? undefined));
  }

  @Query(() => [GrantPaymentRunView], { description: 'Payment runs, newest first.' })
  grantPaymentRuns(@CurrentActor() actor: Actor, @Args() filter: GrantPaymentRunsArgs) {
    return this.queries.execute(new ListGrantPaymentRunsQuery(actor, filter.schemeId ?? undefined));
  }

  @Query(() => GrantPaymentFileView, { description: 'A payment run with its payment file (revenues managers).' })
  grantPaymentRun(@CurrentActor() actor: Actor, @Args('paymentRunId') paymentRunId: string) {
    return this.queries.execute(new GetGrantPaymentRunQuery(actor, paymentRunId));
  }
}
