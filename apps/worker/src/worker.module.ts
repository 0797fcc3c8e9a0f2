import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BusinessRatesModule } from '../../../libs/business-rates/src/index.js';
import { COUNCIL_POLICY_PLUGINS } from '../../../libs/council-policies/src/index.js';
import { PolicyHostModule } from '../../../libs/policy-host/src/index.js';
import { CouncilsModule } from '../../../libs/councils/src/index.js';
import { DatabaseModule } from '../../../libs/database/src/index.js';
import { EventsModule } from '../../../libs/events/src/index.js';
import type { Clock } from '../../../libs/kernel/src/index.js';
import { ClockModule, TenancyModule } from '../../../libs/tenancy/src/index.js';

/** The batch worker (annual billing and webhook delivery): the same use cases as the API, with no HTTP or GraphQL in front of them. */
@Module({})
export class WorkerModule {
  static forRoot(databaseAppUrl: string, clock?: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [DatabaseModule.connect(databaseAppUrl), CqrsModule.forRoot(), TenancyModule, ClockModule.using(clock), CouncilsModule, PolicyHostModule.forRoot(COUNCIL_POLICY_PLUGINS), BusinessRatesModule, EventsModule],
    };
  }
}
