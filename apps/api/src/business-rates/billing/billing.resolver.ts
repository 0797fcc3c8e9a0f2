import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { GetNoticeQuery, IssueBillCommand, ListNoticesQuery, type IssuedNotice } from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { IssueBillInput, ListBillsArgs } from './notice.inputs.js';
import { IssueBillResultView, NoticeView } from './notice.view.js';

@Resolver(() => NoticeView)
export class BillingResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => IssueBillResultView, { description: "Recomputes an account's year and issues the notice of differences (nothing if nothing changed)." })
  async issueBill(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string, @Args('input') input: IssueBillInput) {
    const notice: IssuedNotice | null = await this.commands.execute(new IssueBillCommand(actor, accountReference, input.financialYear, input.reason));
    return { issued: notice !== null, notice };
  }

  @Query(() => [NoticeView], { description: "An account's notices, oldest first.", complexity: 20 })
  bills(@CurrentActor() actor: Actor, @Args() { accountReference, financialYear }: ListBillsArgs) {
    return this.queries.execute(new ListNoticesQuery(actor, accountReference, financialYear));
  }

  @Query(() => NoticeView, { description: 'One notice by its number.' })
  bill(@CurrentActor() actor: Actor, @Args('billNumber', { type: () => Int }) billNumber: number) {
    return this.queries.execute(new GetNoticeQuery(actor, billNumber));
  }
}
