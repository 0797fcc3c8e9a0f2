import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import type { RowProblem } from '../../libs/legacy-migration/src/index.js';
import { LoadExtractCommand, type LoadOutcome } from '../../libs/legacy-migration/src/index.js';
import type { Actor } from '../../libs/tenancy/src/index.js';
import { MigrateModule } from '../../tools/migrate/migrate.module.js';
import { requiredEnv } from '../support/test-api.js';

/** The CLI's composition (migration use cases, the engine and the councils' plugins) on the suite's database. */
export function startMigrationApp(): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    MigrateModule.forRoot(requiredEnv('TEST_DATABASE_APP_URL'), requiredEnv('TEST_DATABASE_MIGRATOR_URL')),
    { logger: false },
  );
}

/** Validates or loads an extract as the CLI does, collecting the problems report. */
export async function runLoad(app: INestApplicationContext, actor: Actor, profile: string, directory: string, options: { load: boolean; dryRun?: boolean }) {
  const problems: RowProblem[] = [];
  const outcome: LoadOutcome = await app.get(CommandBus).execute(new LoadExtractCommand(actor, profile, directory, {
    ...options,
    reportProblems: async (found) => {
      for await (const problem of found) problems.push(problem);
    },
  }));
  return { outcome, problems };
}
