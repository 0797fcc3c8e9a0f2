import { QueryBus } from '@nestjs/cqrs';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GetMigrationLoadQuery, ListLoadReconciliationsQuery, ListMigrationLoadsQuery } from '../../../../libs/legacy-migration/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { MigrationLoadView } from './migration-loads.views.js';
import { MigrationReconciliationView } from './migration-reconciliation.views.js';

@Resolver(() => MigrationLoadView)
export class MigrationLoadsResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [MigrationLoadView], { description: "The council's legacy-migration loads, oldest first." })
  migrationLoads(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListMigrationLoadsQuery(actor));
  }

  @Query(() => MigrationLoadView, { description: 'One legacy-migration load.' })
  migrationLoad(@CurrentActor() actor: Actor, @Args('loadId') loadId: string) {
    return this.queries.execute(new GetMigrationLoadQuery(actor, loadId));
  }

  @ResolveField(() => [MigrationReconciliationView], { description: "The load's stored reconciliation reports, oldest first." })
  reconciliations(@CurrentActor() actor: Actor, @Parent() load: MigrationLoadView) {
    return this.queries.execute(new ListLoadReconciliationsQuery(actor, load.loadId));
  }
}
