/**
 * npm run bench:billing — annual billing through the real worker, for one generated council of
 * BENCH_HEREDITAMENTS (100,000) properties and then for BENCH_COUNCILS (10) such councils in one
 * run, on a fresh embedded PostgreSQL. Reports bills and instalments per second, and the time a
 * plain COPY takes to load the same rows (bills, lines, instalments, ledger entries) into tables
 * of the same shape, measured in the same run: the ratio is the figure to watch on a noisy machine.
 * Writes bench-results/billing.json. A benchmark, not a test.
 */
import 'reflect-metadata';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { BillingRunWorker, DEFAULT_CHUNK_SIZE, DEFAULT_LANES, financialYear, StartBillingRunCommand } from '../../libs/business-rates/src/index.js';
import { CreateCouncilCommand, type Council } from '../../libs/councils/src/index.js';
import { prepareDatabase } from '../../libs/database/src/index.js';
import { wholeNumberSetting } from '../../libs/kernel/src/index.js';
import { copyRowsWrittenBy } from './copy-baseline.js';
import { generateCouncilRegister } from './generated-council.js';

const SIZE = wholeNumberSetting(process.env, 'BENCH_HEREDITAMENTS', 100_000, 100, 2_000_000);
const COUNCILS = wholeNumberSetting(process.env, 'BENCH_COUNCILS', 10, 1, 50);
const CHUNK_SIZE = wholeNumberSetting(process.env, 'BILLING_CHUNK_SIZE', DEFAULT_CHUNK_SIZE, 1, 10_000);
const LANES = wholeNumberSetting(process.env, 'BILLING_LANES', DEFAULT_LANES, 1, 16);
const COUNCILS_AT_ONCE = wholeNumberSetting(process.env, 'BILLING_COUNCILS_AT_ONCE', 1, 1, 64);
const YEAR = financialYear('2025-26');
const OPERATOR = { subject: 'bench', roles: ['operator' as const], councilId: null };

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'billing-bench-'));
const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
const database = await prepareDatabase({ env: {}, embeddedDataDir: path.join(dataDir, 'postgres'), persistent: false });
const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(database.appUrl), { logger: ['error', 'warn'] });
try {
  const single = await scenario('one council', 1);
  const many = await scenario(`${COUNCILS} councils`, COUNCILS);
  const result = {
    benchmark: 'billing',
    description: `annual billing ${YEAR.label} by the worker (chunks of ${CHUNK_SIZE}, ${LANES} lanes per council, ${COUNCILS_AT_ONCE} council(s) at once) against a plain COPY of the same rows, same run`,
    hereditamentsPerCouncil: SIZE,
    scenarios: [single, many],
    targets: { billsPerSecond: 2_000, ratioToCopyAtMost: 3 },
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    measuredAt: new Date().toISOString(),
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/billing.json', `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await app.close();
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}

async function scenario(name: string, councilCount: number) {
  const commands = app.get(CommandBus);
  const councils: Council[] = [];
  for (let index = 0; index < councilCount; index += 1) {
    const code = `bench-${name.replace(/\W+/g, '-')}-${index + 1}`.toLowerCase();
    councils.push(await commands.execute(new CreateCouncilCommand(OPERATOR, code, { name: `Bench ${name} council ${index + 1}` })));
  }
  log(`${name}: generating ${councilCount} × ${SIZE.toLocaleString()} rated properties`);
  for (const council of councils) await generateCouncilRegister(database.ownerUrl, council.id, SIZE, YEAR);
  for (const council of councils) {
    const manager = { subject: 'bench-manager', roles: ['revenues-manager' as const], councilId: council.id };
    await commands.execute(new StartBillingRunCommand(manager, YEAR.label, '2025-03-10', 'benchmark'));
  }

  log(`${name}: billing`);
  const started = process.hrtime.bigint();
  const outcomes = await app.get(BillingRunWorker).takeUpUnfinishedRuns({ chunkSize: CHUNK_SIZE, lanes: LANES, councilsAtOnce: COUNCILS_AT_ONCE, councilIds: councils.map((council) => council.id) });
  const billingSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (outcomes.length !== councilCount || outcomes.some((outcome) => outcome.outcome !== 'completed')) throw new Error(`billing did not complete: ${JSON.stringify(outcomes)}`);

  log(`${name}: COPY baseline`);
  const copy = await copyRowsWrittenBy(database.ownerUrl, councils.map((council) => council.id), path.join(dataDir, 'copy'));
  const summary = {
    name,
    councils: councilCount,
    hereditaments: councilCount * SIZE,
    bills: copy.rows.bills,
    instalments: copy.rows.instalments,
    rowsWritten: copy.totalRows,
    billingSeconds: round(billingSeconds),
    billsPerSecond: Math.round(copy.rows.bills / billingSeconds),
    instalmentsPerSecond: Math.round(copy.rows.instalments / billingSeconds),
    copySeconds: round(copy.seconds),
    ratioToCopy: round(billingSeconds / copy.seconds),
    copyIntoLiveSchemaSeconds: round(copy.intoLiveSchemaSeconds),
    ratioToCopyIntoLiveSchema: round(billingSeconds / copy.intoLiveSchemaSeconds),
  };
  log(`${name}: ${JSON.stringify(summary)}`);
  return summary;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
