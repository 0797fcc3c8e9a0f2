import { Module } from '@nestjs/common';
import { GetBillingRunHandler, ListBillingRunsHandler } from './application/billing/billing-run-queries.js';
import { BillingRunStore } from './application/billing/billing-run-store.port.js';
import { BillingRunWorker } from './application/billing/billing-run-worker.js';
import { BillingStore } from './application/billing/billing-store.port.js';
import { GetNoticeHandler } from './application/billing/get-notice.handler.js';
import { IssueBillHandler } from './application/billing/issue-bill.handler.js';
import { ListNoticesHandler } from './application/billing/list-notices.handler.js';
import { NoticeIssuer } from './application/billing/notice-issuer.js';
import { RebillHandler } from './application/billing/rebill.handler.js';
import { StartBillingRunHandler } from './application/billing/start-billing-run.js';
import { PreviewCouncilPolicyHandler } from './application/policy/preview-council-policy.js';
import { YearChargesHandler } from './application/billing/year-charges.js';
import { TypeOrmBillingRunStore } from './infrastructure/billing/typeorm-billing-run-store.js';
import { TypeOrmBillingStore } from './infrastructure/billing/typeorm-billing-store.js';

/** Business rates billing: notices recomputed from the register, and their instalments. */
@Module({
  providers: [
    { provide: BillingStore, useClass: TypeOrmBillingStore },
    NoticeIssuer,
    IssueBillHandler,
    RebillHandler,
    GetNoticeHandler,
    ListNoticesHandler,
    { provide: BillingRunStore, useClass: TypeOrmBillingRunStore },
    StartBillingRunHandler,
    GetBillingRunHandler,
    ListBillingRunsHandler,
    BillingRunWorker,
    PreviewCouncilPolicyHandler,
    YearChargesHandler,
  ],
  exports: [BillingRunWorker],
})
export class BillingModule {}
