import 'reflect-metadata';
import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ResolveTokenCouncilQuery } from '../../libs/councils/src/index.js';
import { prepareDatabase, provisionMigratorRole } from '../../libs/database/src/index.js';
import { DomainError, NotFoundError } from '../../libs/kernel/src/index.js';
import {
  ImportVoaListCommand, ListMigrationLoadsQuery, LoadExtractCommand, PROBLEMS_CSV_HEADER, problemCsvLine, ReconcileLoadCommand, reconciliationHtml,
  type LoadOutcome, type MigrationLoad, type Reconciliation, type RowProblem, type VoaImportReport,
} from '../../libs/legacy-migration/src/index.js';
import type { Actor } from '../../libs/tenancy/src/index.js';
import { parseMigrateArguments, USAGE, type MigrateArguments } from './arguments.js';
import { MigrateModule } from './migrate.module.js';
import { progressBar } from './progress-bar.js';
import { printLoad, printLoads, printReconciliation, printVoaImport } from './summary.js';

/** Exit codes a data team's scripts can act on. */
const EXIT = { done: 0, failed: 1, rowsRefused: 2, notClean: 3, usage: 64 } as const;

async function main(argv: readonly string[]): Promise<number> {
  let args: MigrateArguments;
  try {
    args = parseMigrateArguments(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return EXIT.done;
  }
  const database = await prepareDatabase();
  const migratorUrl = process.env.DATABASE_MIGRATOR_URL || (await provisionMigratorRole(database.ownerUrl));
  const app = await NestFactory.createApplicationContext(MigrateModule.forRoot(database.appUrl, migratorUrl), { logger: ['error', 'warn'] });
  const bar = progressBar();
  try {
    const council = await app.get(QueryBus).execute(new ResolveTokenCouncilQuery(args.council));
    if (!council) throw new NotFoundError('council', args.council);
    const actor: Actor = { subject: `migrate-cli:${args.as ?? loginName()}`, roles: ['data-migrator'], councilId: council.councilId };
    const commands = app.get(CommandBus);
    const started = Date.now();
    switch (args.command) {
      case 'validate':
      case 'load': {
        const outDir = args.out ?? path.resolve('migration-reports', args.council);
        await mkdir(outDir, { recursive: true });
        const problemsFile = path.join(outDir, `problems${args.dryRun ? '-dry-run' : ''}.csv`);
        const outcome: LoadOutcome = await commands.execute(new LoadExtractCommand(actor, args.profile as string, args.extract as string, {
          load: args.command === 'load',
          dryRun: args.dryRun,
          progress: bar.report,
          reportProblems: (problems) => writeProblems(problemsFile, problems, args.includePersonalData),
        }));
        bar.stop();
        printLoad(outcome, { seconds: (Date.now() - started) / 1000, problemsFile });
        return outcome.counts.some((entity) => entity.rejected > 0) ? EXIT.rowsRefused : EXIT.done;
      }
      case 'reconcile': {
        const report: Reconciliation = await commands.execute(new ReconcileLoadCommand(actor, args.load, { councilName: args.council, financialYear: args.year, progress: bar.report }));
        bar.stop();
        const outDir = args.out ?? path.resolve('migration-reports', args.council);
        await mkdir(outDir, { recursive: true });
        const json = path.join(outDir, `reconciliation-${report.loadId}.json`);
        const html = path.join(outDir, `reconciliation-${report.loadId}.html`);
        await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
        await writeFile(html, reconciliationHtml(report));
        printReconciliation(report, { json, html, seconds: (Date.now() - started) / 1000 });
        return report.clean ? EXIT.done : EXIT.notClean;
      }
      case 'import-voa': {
        const report: VoaImportReport = await commands.execute(new ImportVoaListCommand(actor, args.extract as string, {
          profile: args.profile, billingAuthorityCode: args.billingAuthority, compiledOn: args.compiledOn, dryRun: args.dryRun, progress: bar.report,
        }));
        bar.stop();
        const outDir = args.out ?? path.resolve('migration-reports', args.council);
        await mkdir(outDir, { recursive: true });
        const file = path.join(outDir, `voa-import${args.dryRun ? '-dry-run' : ''}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
        await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
        printVoaImport(report, { file, seconds: (Date.now() - started) / 1000 });
        return report.problems.length > 0 ? EXIT.rowsRefused : EXIT.done;
      }
      case 'status': {
        const loads: MigrationLoad[] = await app.get(QueryBus).execute(new ListMigrationLoadsQuery(actor));
        printLoads(loads);
        return EXIT.done;
      }
    }
  } catch (error) {
    bar.stop();
    // A domain error is the data team's to fix (a profile, a file, a name): its message says what. Anything else is ours.
    process.stderr.write(error instanceof DomainError ? `migrate: ${error.message}\n` : `migrate failed: ${(error as Error).stack ?? error}\n`);
    return EXIT.failed;
  } finally {
    await app.close();
    await database.stop();
  }
}

/** Who is running the CLI, for the audit trail: the login name, where the system has one. */
function loginName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown-user';
  }
}

async function writeProblems(file: string, problems: AsyncIterable<RowProblem>, includePersonalData: boolean): Promise<void> {
  const out = createWriteStream(file);
  out.write(`${PROBLEMS_CSV_HEADER}\n`);
  for await (const problem of problems) {
    if (!out.write(`${problemCsvLine(problem, { includePersonalData })}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`migrate failed: ${(error as Error).stack ?? error}\n`);
    process.exit(EXIT.failed);
  },
);
