import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BusinessRatesModule } from '../../libs/business-rates/src/index.js';
import { COUNCIL_POLICY_PLUGINS } from '../../libs/council-policies/src/index.js';
import { CouncilsModule } from '../../libs/councils/src/index.js';
import { DatabaseModule } from '../../libs/database/src/index.js';
import { LegacyMigrationModule } from '../../libs/legacy-migration/src/index.js';
import { PolicyHostModule } from '../../libs/policy-host/src/index.js';
import { ClockModule, TenancyModule } from '../../libs/tenancy/src/index.js';

/**
 * The data team's CLI: the migration use cases, and the business-rates engine with each council's
 * policy plugins for shadow billing. No HTTP in front of them.
 */
@Module({})
export class MigrateModule {
  static forRoot(appUrl: string, migratorUrl: string): DynamicModule {
    return {
      module: MigrateModule,
      imports: [
        DatabaseModule.connect(appUrl, 4),
        CqrsModule.forRoot(),
        TenancyModule,
        ClockModule.using(),
        CouncilsModule,
        PolicyHostModule.forRoot(COUNCIL_POLICY_PLUGINS),
        BusinessRatesModule,
        LegacyMigrationModule.forLoading(migratorUrl),
      ],
    };
  }
}
