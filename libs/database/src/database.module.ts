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
          extra: { max: poolSize, application_name: 'open-revenues' },
        }),
      ],
    };
  }
}
