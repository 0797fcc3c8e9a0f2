/**
 * npm run bench:payments-import — one LocalGovIMS file of BENCH_PAYMENT_LINES (20,000) payments
 * imported once into a generated council of BENCH_ACCOUNTS (2,000) accounts billed for 2026-27:
 * lines posted per second, against a plain COPY of the rows the import wrote (payments, their
 * allocations and ledger entries) into copies of those tables. Writes
 * bench-results/payments-import.json. A benchmark, not a test.
 */
import 'reflect-metadata';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { BillingRunWorker, financialYear, StartBillingRunCommand } from '../../libs/business-rates/src/index.js';
import { CreateCouncilCommand, type Council } from '../../libs/councils/src/index.js';
import { prepareDatabase } from '../../libs/database/src/index.js';
import { SettableClock, wholeNumberSetting } from '../../libs/kernel/src/index.js';
import { ImportPaymentFileCommand, type PaymentFileImported } from '../../libs/payments-in/src/index.js';
import { ImportPaymentsModule } from '../import-payments/import-payments.module.js';
import { generateCouncilRegister } from './generated-council.js';

const ACCOUNTS = wholeNumberSetting(process.env, 'BENCH_ACCOUNTS', 2_000, 10, 1_000_000);
const LINES = wholeNumberSetting(process.env, 'BENCH_PAYMENT_LINES', 20_000, 10, 1_000_000);
const YEAR = financialYear('2026-27');
const IMS_HEADER = 'Reference,InternalReference,PspReference,OfficeCode,EntryDate,TransactionDate,AccountReference,UserCode,FundCode,MopCode,Amount,VatCode,VatRate,VatAmount,Narrative';
/** The rows an import writes, parents first. */
const WRITTEN = ['payments', 'allocations', 'ledger_entries'] as const;

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'payments-import-bench-'));
const database = await prepareDatabase({ env: {}, embeddedDataDir: path.join(dataDir, 'postgres'), persistent: false });
try {
  const council = await billedCouncil();
  const file = localGovImsFile(await accountReferences(council.id));
  const importer = await NestFactory.createApplicationContext(ImportPaymentsModule.forRoot(database.appUrl), { logger: ['error', 'warn'] });
  let imported: PaymentFileImported;
  const started = process.hrtime.bigint();
  try {
    const actor = { subject: 'bench-import', roles: ['integration' as const], councilId: council.id };
    imported = await importer.get(CommandBus).execute(new ImportPaymentFileCommand(actor, 'localgovims', 'bench-localgovims.csv', file));
  } finally {
    await importer.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const copy = await copyRowsWritten(council.id, path.join(dataDir, 'copy'));
  const result = {
    benchmark: 'payments-import',
    description: `one LocalGovIMS file of ${LINES} lines imported once into a generated council of ${ACCOUNTS} accounts billed for ${YEAR.label}`,
    lines: LINES,
    accounts: ACCOUNTS,
    posted: imported.import.postedCount,
    seconds: round(seconds),
    linesPerSecond: Math.round(LINES / seconds),
    copyBaseline: { rows: copy.rows, seconds: round(copy.seconds) },
    ratioToCopy: round(seconds / copy.seconds),
    node: process.version,
    cpus: os.cpus().length,
    measuredAt: new Date().toISOString(),
  };
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/payments-import.json', `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await database.stop();
  await rm(dataDir, { recursive: true, force: true });
}

/** A council of ACCOUNTS generated properties, billed by the annual run, so that each payment has debts to settle. */
async function billedCouncil(): Promise<Council> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(database.appUrl, SettableClock.on('2026-03-01')), { logger: ['error', 'warn'] });
  try {
    const commands = app.get(CommandBus);
    const council: Council = await commands.execute(new CreateCouncilCommand({ subject: 'bench', roles: ['operator'], councilId: null }, 'bench-payments', { name: 'Bench payments council' }));
    await generateCouncilRegister(database.ownerUrl, council.id, ACCOUNTS, YEAR);
    await commands.execute(new StartBillingRunCommand({ subject: 'bench-manager', roles: ['revenues-manager'], councilId: council.id }, YEAR.label, '2026-03-10', 'benchmark'));
    await app.get(BillingRunWorker).takeUpUnfinishedRuns({ councilIds: [council.id] });
    return council;
  } finally {
    await app.close();
  }
}

async function accountReferences(councilId: string): Promise<string[]> {
  return withOwner(async (db) => (await db.query(`select reference from accounts where council_id = $1 order by reference`, [councilId])).rows.map((row) => row.reference as string));
}

/** LINES card and cash payments of £10 to £59.99, spread over the accounts; every 50th quotes no account (suspense). */
function localGovImsFile(references: readonly string[]): string {
  const lines = Array.from({ length: LINES }, (_, index) => {
    const reference = index % 50 === 49 ? `UNKNOWN ${index}` : references[index % references.length];
    const pounds = `${10 + (index % 50)}.${String(index % 100).padStart(2, '0')}`;
    return `IMS${index + 1},INT${index + 1},PSP${index + 1},01,2026-11-02T09:00:00,2026-11-02T08:${String(index % 60).padStart(2, '0')}:00,${reference},7,NNDR,${index % 3 === 0 ? 'CASH' : 'CARD'},${pounds},N,0,0,Rates`;
  });
  return [IMS_HEADER, ...lines].join('\n');
}

/**
 * The baseline: the rows the import wrote, exported, then loaded with a plain COPY FROM STDIN into
 * `like ... including all` copies of their tables (keys, checks, indexes; no triggers, row-level
 * security or foreign keys). Only the loading is timed.
 */
async function copyRowsWritten(councilId: string, folder: string): Promise<{ rows: number; seconds: number }> {
  await mkdir(folder, { recursive: true });
  return withOwner(async (db) => {
    const imported = `council_id = ${db.escapeLiteral(councilId)} and payment_id in (select payment_id from payments where idempotency_key like 'localgovims:%')`;
    let rows = 0;
    for (const table of WRITTEN) {
      await pipeline(db.query(copyTo(`copy (select * from ${table} where ${imported}) to stdout`)), createWriteStream(path.join(folder, `${table}.copy`)));
      rows += Number((await db.query(`select count(*) as n from ${table} where ${imported}`)).rows[0].n);
      await db.query(`drop table if exists copy_of_${table}; create table copy_of_${table} (like ${table} including all)`);
    }
    const started = process.hrtime.bigint();
    for (const table of WRITTEN) await pipeline(createReadStream(path.join(folder, `${table}.copy`)), db.query(copyFrom(`copy copy_of_${table} from stdin`)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    for (const table of WRITTEN) await db.query(`drop table copy_of_${table}`);
    return { rows, seconds };
  });
}

async function withOwner<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: database.ownerUrl });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
