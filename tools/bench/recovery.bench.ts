/**
 * npm run bench:recovery — a council's daily recovery run, for a generated council of
 * BENCH_HEREDITAMENTS (100,000) properties billed for 2025-26 by the annual run, as at 20 May 2025
 * when every account with something to pay has missed its April and May instalments: account-years
 * checked and notices issued per second. Writes bench-results/recovery.json. A benchmark, not a test.
 */
import 'reflect-metadata';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { BillingRunWorker, financialYear, RunRecoveryCommand, StartBillingRunCommand, type RecoveryRunResult } from '../../libs/business-rates/src/index.js';
import { CreateCouncilCommand, type Council } from '../../libs/councils/src/index.js';
import { prepareDatabase } from '../../libs/database/src/index.js';
import { SettableClock, wholeNumberSetting } from '../../libs/kernel/src/index.js';
import { generateCouncilRegister } from './generated-council.js';

const SIZE = wholeNumberSetting(process.env, 'BENCH_HEREDITAMENTS', 100_000, 100, 2_000_000);
const YEAR = financialYear('2025-26');

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'recovery-bench-'));
const database = await prepareDatabase({ env: {}, embeddedDataDir: path.join(dataDir, 'postgres'), persistent: false });
const clock = SettableClock.on('2025-03-01');
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(database.appUrl, clock), { logger: ['error', 'warn'] });
try {
  const commands = app.get(CommandBus);
  const council: Council = await commands.execute(new CreateCouncilCommand({ subject: 'bench', roles: ['operator'], councilId: null }, 'bench-recovery', { name: 'Bench recovery council' }));
  await generateCouncilRegister(database.ownerUrl, council.id, SIZE, YEAR);
  const manager = { subject: 'bench-manager', roles: ['revenues-manager' as const], councilId: council.id };
  await commands.execute(new StartBillingRunCommand(manager, YEAR.label, '2025-03-10', 'benchmark'));
  await app.get(BillingRunWorker).takeUpUnfinishedRuns({ councilIds: [council.id] });

  clock.setToday('2025-05-20');
  const started = process.hrtime.bigint();
  const run: RecoveryRunResult = await commands.execute(new RunRecoveryCommand(manager));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const issued = Object.values(run.issued).reduce((sum, count) => sum + count, 0);
  const result = {
    benchmark: 'recovery',
    description: `daily recovery run as at ${run.asAt} for a generated council of ${SIZE} properties billed for ${YEAR.label}`,
    hereditaments: SIZE,
    accountYearsChecked: run.accountYearsChecked,
    issued: run.issued,
    seconds: Math.round(seconds * 100) / 100,
    accountYearsPerSecond: Math.round(run.accountYearsChecked / seconds),
    noticesPerSecond: Math.round(issued / seconds),
    node: process.version,
    cpus: os.cpus().length,
    measuredAt: new Date().toISOString(),
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/recovery.json', `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await app.close();
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}
