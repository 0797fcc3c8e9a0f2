import { Global, Module } from '@nestjs/common';
import { TenantTransactions } from './infrastructure/tenant-transactions.js';
import { UnitOfWork } from './unit-of-work.js';

@Global()
@Module({ providers: [TenantTransactions, { provide: UnitOfWork, useExisting: TenantTransactions }], exports: [TenantTransactions, UnitOfWork] })
export class TenancyModule {}
