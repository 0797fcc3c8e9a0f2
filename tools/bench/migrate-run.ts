/**
 * One run of bench:migrate, in a process of its own so its peak resident memory is its own: a
 * generated Academy-style extract of `--accounts` accounts validated, loaded and reconciled through
 * the same use cases as `npm run migrate`, on a fresh embedded PostgreSQL, and a plain COPY of the
 * same files' rows into text tables on the same server, in the same run. Prints one JSON line.
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { CreateCouncilCommand, type Council } from '../../libs/councils/src/index.js';
import { prepareDatabase, provisionMigratorRole } from '../../libs/database/src/index.js';
import { LoadExtractCommand, ReconcileLoadCommand, type LoadOutcome, type Reconciliation } from '../../libs/legacy-migration/src/index.js';
import { MigrateModule } from '../migrate/migrate.module.js';
import { generateExtract } from '../generate-extract/generate-extract.js';
import { copyExtractFiles } from './copy-extract.js';

const { values } = parseArgs({ options: { accounts: { type: 'string' }, seed: { type: 'string', default: '2026' } } });
const accounts = Number(values.accounts);
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} [${accounts.toLocaleString('en-GB')}] ${message}\n`);

const workDir = await mkdtemp(path.join(os.tmpdir(), 'migrate-bench-'));
const extractDir = path.join(workDir, 'extract');
log('generating the extract');
await generateExtract({ format: 'academy', accounts, seed: Number(values.seed), outDir: extractDir });
const database = await prepareDatabase({ env: {}, embeddedDataDir: path.join(workDir, 'postgres'), persistent: false });
const migratorUrl = await provisionMigratorRole(database.ownerUrl);
const app = await NestFactory.createApplicationContext(MigrateModule.forRoot(database.appUrl, migratorUrl), { logger: ['error', 'warn'] });
try {
  const operator = { subject: 'bench', roles: ['operator' as const], councilId: null };
  const council: Council = await app.get(CommandBus).execute(new CreateCouncilCommand(operator, 'bench-migration', { name: 'Bench migration council' }));
  const migrator = { subject: 'bench-migrator', roles: ['data-migrator' as const], councilId: council.id };
  const commands = app.get(CommandBus);
  let lastLog = 0;
  // Seconds spent in each phase the use cases report (staging, checking, loading each entity, shadow billing...).
  const phases: Record<string, number> = {};
  let phase = '';
  let phaseStarted = Date.now();
  const progress = (next: string, done: number, total?: number) => {
    if (next !== phase) {
      if (phase) phases[phase] = round((phases[phase] ?? 0) + (Date.now() - phaseStarted) / 1000);
      phase = next;
      phaseStarted = Date.now();
    }
    if (Date.now() - lastLog < 15_000) return;
    lastLog = Date.now();
    log(`${next} ${done.toLocaleString('en-GB')}${total ? ` of ${total.toLocaleString('en-GB')}` : ''}`);
  };

  log('validating and loading');
  const loadStarted = process.hrtime.bigint();
  const outcome: LoadOutcome = await commands.execute(new LoadExtractCommand(migrator, 'academy-business-rates', extractDir, { load: true, progress }));
  const loadSeconds = seconds(loadStarted);
  log(`loaded in ${loadSeconds.toFixed(1)} s; reconciling`);
  const reconcileStarted = process.hrtime.bigint();
  const report: Reconciliation = await commands.execute(new ReconcileLoadCommand(migrator, outcome.load.loadId, { councilName: 'bench', financialYear: '2026-27', progress }));
  const reconcileSeconds = seconds(reconcileStarted);
  if (phase) phases[phase] = round((phases[phase] ?? 0) + (Date.now() - phaseStarted) / 1000);
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  log(`reconciled in ${reconcileSeconds.toFixed(1)} s; COPY baseline`);
  const copy = await copyExtractFiles(database.ownerUrl, extractDir);
  const rowsIn = report.entities.reduce((sum, entity) => sum + entity.rowsIn, 0);
  process.stdout.write(`${JSON.stringify({
    accounts,
    rowsIn,
    rowsByEntity: Object.fromEntries(report.entities.map((entity) => [entity.entity, entity])),
    loadSeconds: round(loadSeconds),
    phaseSeconds: phases,
    reconcileSeconds: round(reconcileSeconds),
    totalSeconds: round(loadSeconds + reconcileSeconds),
    rowsPerSecond: Math.round(rowsIn / (loadSeconds + reconcileSeconds)),
    copySeconds: round(copy.seconds),
    copyRows: copy.rows,
    ratioToCopy: round((loadSeconds + reconcileSeconds) / copy.seconds),
    loadRatioToCopy: round(loadSeconds / copy.seconds),
    peakRssMiB,
    reconciliationClean: report.clean,
    balances: { legacyPence: report.balances.legacyTotalPence, migratedPence: report.balances.migratedTotalPence, accountsDiffering: report.balances.accountsDiffering },
    shadowBilling: { accounts: report.shadowBilling.accountsCompared, differing: report.shadowBilling.accountsDiffering },
  })}\n`);
} finally {
  await app.close();
  await database.stop();
  await rm(workDir, { recursive: true, force: true });
}

function seconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
