import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { BusinessRatesModule } from '../../libs/business-rates/src/index.js';
import { COUNCIL_POLICY_PLUGINS } from '../../libs/council-policies/src/index.js';
import { CouncilsModule } from '../../libs/councils/src/index.js';
import { DatabaseModule } from '../../libs/database/src/index.js';
import { PaymentsInModule } from '../../libs/payments-in/src/index.js';
import { PolicyHostModule } from '../../libs/policy-host/src/index.js';
import { ClockModule, TenancyModule } from '../../libs/tenancy/src/index.js';

/** The payment-file import, with the collection use cases it posts through. No HTTP in front of them; no signing secrets needed. */
@Module({})
export class ImportPaymentsModule {
  static forRoot(appUrl: string): DynamicModule {
    return {
      module: ImportPaymentsModule,
      imports: [
        DatabaseModule.connect(appUrl, 2),
        CqrsModule.forRoot(),
        TenancyModule,
        ClockModule.using(),
        CouncilsModule,
        PolicyHostModule.forRoot(COUNCIL_POLICY_PLUGINS),
        BusinessRatesModule,
        PaymentsInModule.withSecretsKey(null),
      ],
    };
  }
}
