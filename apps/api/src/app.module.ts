import { type DynamicModule, Module } from '@nestjs/common';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from '../../../libs/audit/src/index.js';
import { BusinessRatesModule } from '../../../libs/business-rates/src/index.js';
import { COUNCIL_POLICY_PLUGINS } from '../../../libs/council-policies/src/index.js';
import { CouncilsModule } from '../../../libs/councils/src/index.js';
import { DatabaseModule } from '../../../libs/database/src/index.js';
import { DocumentsModule } from '../../../libs/documents/src/index.js';
import { EventsModule } from '../../../libs/events/src/index.js';
import { GrantsModule } from '../../../libs/grants/src/index.js';
import { PaymentsInModule } from '../../../libs/payments-in/src/index.js';
import { PolicyHostModule } from '../../../libs/policy-host/src/index.js';
import { TokenVerifier } from '../../../libs/identity/src/index.js';
import { ClockModule, TenancyModule } from '../../../libs/tenancy/src/index.js';
import type { Clock } from '../../../libs/kernel/src/index.js';
import { AuditEventsHttpController } from './audit/audit-events.http.controller.js';
import { AuditEventsResolver } from './audit/audit-events.resolver.js';
import { BearerTokenGuard } from './auth/bearer-token.guard.js';
import { EstimateHttpController } from './business-rates/estimate.http.controller.js';
import { EstimateResolver } from './business-rates/estimate.resolver.js';
import { BillingApiModule } from './business-rates/billing/billing-api.module.js';
import { CollectionApiModule } from './business-rates/collection/collection-api.module.js';
import { RecoveryApiModule } from './business-rates/recovery/recovery-api.module.js';
import { RegisterApiModule } from './business-rates/register/register-api.module.js';
import type { ApiConfig } from './config/api-config.js';
import { CouncilResolver } from './councils/council.resolver.js';
import { CouncilsHttpController } from './councils/councils.http.controller.js';
import { ApiExceptionFilter } from './errors/api-exception.filter.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { HealthController } from './health/health.controller.js';
import { strictValidation } from './http/validation.js';
import { loggingOptions } from './logging.js';
import { CouncilPolicyApiModule } from './policy/council-policy-api.module.js';
import { GrantsApiModule } from './grants/grants-api.module.js';
import { MigrationApiModule } from './migration/migration-api.module.js';
import { DocumentsApiModule } from './documents/documents-api.module.js';
import { PaymentsInApiModule } from './payments-in/payments-in-api.module.js';
import { AdminModule } from './admin/admin.module.js';
import { EventsApiModule } from './events/events-api.module.js';

/** The API service: GraphQL and REST adapters over the same commands and queries. */
@Module({})
export class AppModule {
  static forRoot(config: ApiConfig, databaseAppUrl: string, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot(loggingOptions(config.logLevel)),
        DatabaseModule.connect(databaseAppUrl),
        CqrsModule.forRoot(),
        TenancyModule,
        ClockModule.using(clock),
        CouncilsModule,
        PolicyHostModule.forRoot(COUNCIL_POLICY_PLUGINS),
        AuditModule,
        BusinessRatesModule,
        RegisterApiModule,
        BillingApiModule,
        CollectionApiModule,
        RecoveryApiModule,
        CouncilPolicyApiModule,
        GrantsModule,
        GrantsApiModule,
        MigrationApiModule,
        DocumentsModule.forRoot(config.notify, config.notifyCallbackTokens),
        DocumentsApiModule,
        PaymentsInModule.withSecretsKey(config.paymentSecretsKey),
        PaymentsInApiModule,
        AdminModule.forRoot(config),
        EventsModule,
        EventsApiModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config.graphql) }),
      ],
      controllers: [HealthController, CouncilsHttpController, AuditEventsHttpController, EstimateHttpController],
      providers: [
        { provide: TokenVerifier, useFactory: () => TokenVerifier.create(config.auth) },
        { provide: APP_GUARD, useClass: BearerTokenGuard },
        { provide: APP_PIPE, useFactory: strictValidation },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        CouncilResolver,
        AuditEventsResolver,
        EstimateResolver,
      ],
    };
  }
}
