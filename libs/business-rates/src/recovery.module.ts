import { Module } from '@nestjs/common';
import { GetRecoveryPolicyHandler, SetRecoveryPolicyHandler } from './application/recovery/recovery-policy.queries.js';
import { CollectionTotalsHandler, ListRecoveryStagesHandler } from './application/recovery/recovery-queries.js';
import { RecoveryStore } from './application/recovery/recovery-store.port.js';
import { RunRecoveryHandler } from './application/recovery/run-recovery.js';
import { TypeOrmRecoveryStore } from './infrastructure/recovery/typeorm-recovery-store.js';

/** Business rates recovery: its handlers and their persistence. */
@Module({
  providers: [
    { provide: RecoveryStore, useClass: TypeOrmRecoveryStore },
    GetRecoveryPolicyHandler,
    SetRecoveryPolicyHandler,
    RunRecoveryHandler,
    ListRecoveryStagesHandler,
    CollectionTotalsHandler,
  ],
})
export class RecoveryModule {}
