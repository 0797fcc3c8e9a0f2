import { type DynamicModule, Module } from '@nestjs/common';
import { ImportVoaListHandler } from './application/import-voa-list.js';
import { LoadExtractHandler } from './application/load-extract.js';
import { GetMigrationLoadHandler, ListLoadReconciliationsHandler, ListMigrationLoadsHandler } from './application/migration-loads.queries.js';
import { MigrationLoads, MigrationStore } from './application/migration-store.port.js';
import { ReconcileLoadHandler } from './application/reconcile-load.js';
import { RegisterValuations } from './application/register-valuations.port.js';
import { MIGRATOR_URL, PgMigrationStore } from './infrastructure/pg-migration-store.js';
import { TypeOrmMigrationLoads } from './infrastructure/typeorm-migration-loads.js';
import { TypeOrmRegisterValuations } from './infrastructure/typeorm-register-valuations.js';

const READING = [{ provide: MigrationLoads, useClass: TypeOrmMigrationLoads }, ListMigrationLoadsHandler, GetMigrationLoadHandler, ListLoadReconciliationsHandler];

/**
 * The legacy-migration toolkit's use cases. `forLoading` (the CLI) connects as the migration role
 * and needs the business-rates module beside it (shadow billing asks its engine; the VOA import
 * records values through its register); `forReading` (the API) only reads the record of loads.
 */
@Module({})
export class LegacyMigrationModule {
  static forLoading(migratorUrl: string): DynamicModule {
    return {
      module: LegacyMigrationModule,
      providers: [
        ...READING,
        { provide: MIGRATOR_URL, useValue: migratorUrl },
        { provide: MigrationStore, useClass: PgMigrationStore },
        { provide: RegisterValuations, useClass: TypeOrmRegisterValuations },
        LoadExtractHandler,
        ReconcileLoadHandler,
        ImportVoaListHandler,
      ],
    };
  }

  static forReading(): DynamicModule {
    return { module: LegacyMigrationModule, providers: READING };
  }
}
