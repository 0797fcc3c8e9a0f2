import { Module } from '@nestjs/common';
import { ApplyForGrantHandler } from './application/apply-for-grant.js';
import { DecideGrantApplicationHandler } from './application/decide-grant-application.js';
import { GetGrantApplicationHandler, ListGrantApplicationsHandler } from './application/grant-application-queries.js';
import { GetGrantPaymentRunHandler, ListGrantPaymentRunsHandler, RunGrantPaymentsHandler } from './application/grant-payment-runs.js';
import { GrantStore } from './application/grant-store.port.js';
import { ListGrantSchemesHandler } from './application/list-grant-schemes.js';
import { TypeOrmGrantStore } from './infrastructure/typeorm-grant-store.js';

/**
 * Grant schemes: one-off local payments (business grants, hardship payments) whose schemes come
 * from the council's policy plugins. Applications, triage, officer decisions and payment runs.
 */
@Module({
  providers: [
    { provide: GrantStore, useClass: TypeOrmGrantStore },
    ListGrantSchemesHandler,
    ApplyForGrantHandler,
    DecideGrantApplicationHandler,
    ListGrantApplicationsHandler,
    GetGrantApplicationHandler,
    RunGrantPaymentsHandler,
    ListGrantPaymentRunsHandler,
    GetGrantPaymentRunHandler,
  ],
})
export class GrantsModule {}
