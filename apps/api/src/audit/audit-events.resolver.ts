import { Args, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { ListAuditEventsQuery } from '../../../../libs/audit/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AuditEventsArgs } from './audit-events.args.js';
import { AuditEventView } from './audit-event.view.js';

@Resolver(() => AuditEventView)
export class AuditEventsResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [AuditEventView], {
    description: "The caller's council's audit trail, newest first.",
    complexity: ({ args, childComplexity }) => ((args.limit as number | undefined) ?? 50) * childComplexity,
  })
  auditEvents(@CurrentActor() actor: Actor, @Args() filter: AuditEventsArgs) {
    return this.queries.execute(new ListAuditEventsQuery(actor, filter));
  }
}
