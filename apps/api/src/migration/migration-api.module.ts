import { Module } from '@nestjs/common';
import { LegacyMigrationModule } from '../../../../libs/legacy-migration/src/index.js';
import { MigrationLoadsHttpController } from './migration-loads.http.controller.js';
import { MigrationLoadsResolver } from './migration-loads.resolver.js';

/** The GraphQL and REST adapters for the record of legacy-migration loads (read only: loads run from the CLI). */
@Module({ imports: [LegacyMigrationModule.forReading()], controllers: [MigrationLoadsHttpController], providers: [MigrationLoadsResolver] })
export class MigrationApiModule {}
