import { Module } from '@nestjs/common';
import { AssignSuspensePaymentHandler } from './application/collection/assign-suspense-payment.js';
import { AccountStatementHandler, ListSuspensePaymentsHandler } from './application/collection/collection-queries.js';
import { CollectionStore } from './application/collection/collection-store.port.js';
import { RefundCreditHandler, TransferCreditHandler } from './application/collection/move-credit.js';
import { RecordPaymentHandler } from './application/collection/record-payment.js';
import { SettleAccountHandler } from './application/collection/settle-account.handler.js';
import { WriteOffHandler } from './application/collection/write-off.js';
import { TypeOrmCollectionStore } from './infrastructure/collection/typeorm-collection-store.js';

/** Business rates collection: payments, allocation, credits, refunds, transfers, write-offs and statements. */
@Module({
  providers: [
    { provide: CollectionStore, useClass: TypeOrmCollectionStore },
    RecordPaymentHandler,
    SettleAccountHandler,
    AssignSuspensePaymentHandler,
    RefundCreditHandler,
    TransferCreditHandler,
    WriteOffHandler,
    AccountStatementHandler,
    ListSuspensePaymentsHandler,
  ],
})
export class CollectionModule {}
