import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  GetCouncilPolicyQuery, ListCouncilPolicyVersionsQuery, ListPolicyPluginsQuery, SetCouncilPolicyCommand,
} from '../../../../libs/policy-host/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CouncilPolicyInput, CouncilPolicyPreviewInput } from './council-policy.inputs.js';
import { CouncilPolicyView, PolicyPluginView, PolicyPreviewView } from './council-policy.views.js';
import { PreviewCouncilPolicyQuery } from '../../../../libs/business-rates/src/index.js';

@Resolver()
export class CouncilPolicyResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => [PolicyPluginView], { description: 'The policy plugins this service runs, with their settings and defaults.' })
  policyPlugins(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListPolicyPluginsQuery(actor));
  }

  @Query(() => CouncilPolicyView, { description: "The council's local policy in force on a day (today if not given)." })
  councilPolicy(@CurrentActor() actor: Actor, @Args('asAt', { nullable: true }) asAt?: string, @Args('councilId', { nullable: true }) councilId?: string) {
    return this.queries.execute(new GetCouncilPolicyQuery(actor, asAt ?? undefined, councilId ?? undefined));
  }

  @Query(() => [CouncilPolicyView], { description: "Every version of the council's policy, oldest first." })
  councilPolicyVersions(@CurrentActor() actor: Actor, @Args('councilId', { nullable: true }) councilId?: string) {
    return this.queries.execute(new ListCouncilPolicyVersionsQuery(actor, councilId ?? undefined));
  }

  @Mutation(() => CouncilPolicyView, { description: "Sets the council's policy from a day; audited." })
  setCouncilPolicy(@CurrentActor() actor: Actor, @Args('input') input: CouncilPolicyInput) {
    return this.commands.execute(new SetCouncilPolicyCommand(actor, input.effectiveFrom, input.plugins, input.settings ?? {}, input.reason ?? undefined, input.councilId ?? undefined));
  }

  @Query(() => PolicyPreviewView, { description: 'What-if: a version the council might set, tried on a sample of its accounts for a year; nothing stored.' })
  previewCouncilPolicy(@CurrentActor() actor: Actor, @Args('input') input: CouncilPolicyPreviewInput) {
    return this.queries.execute(new PreviewCouncilPolicyQuery(actor, input.financialYear, { effectiveFrom: input.effectiveFrom, plugins: input.plugins, settings: input.settings ?? {} }, input.sampleSize ?? undefined, input.councilId ?? undefined));
  }
}
