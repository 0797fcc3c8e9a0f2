import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseHealth } from './database-health.js';

/** TypeORM over PostgreSQL, connected as the application role. Entities come from each module's forFeature. */
@Module({})
export class DatabaseModule {
  static connect(appUrl: string, poolSize = 10): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [DatabaseHealth],
      exports: [DatabaseHealth],
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: appUrl,
          autoLoadEntities: true,
          synchronize: false,
          migrationsRun: false,
          logging: false,
          // Bounded work: a runaway statement or a transaction left open cannot hold locks for long.
          extra: {
            max: poolSize,
            application_name: 'open-revenues',
            statement_timeout: 30_000,
            idle_in_transaction_session_timeout: 60_000,
          },
        }),
      ],
    };
  }
}
