import { Module } from '@nestjs/common';
import { EstimateBusinessRatesHandler } from './application/estimate-business-rates.handler.js';
import { BillingModule } from './billing.module.js';
import { CollectionModule } from './collection.module.js';
import { RecoveryModule } from './recovery.module.js';
import { RegisterModule } from './register.module.js';

/** Business rates: the rating engine's use cases, the register, billing, collection and recovery. */
@Module({
  imports: [RegisterModule, BillingModule, CollectionModule, RecoveryModule],
  providers: [EstimateBusinessRatesHandler],
})
export class BusinessRatesModule {}
