import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QueryBus } from '@nestjs/cqrs';
import { ListLoadReconciliationsQuery } from '../../libs/legacy-migration/src/index.js';
import { generateExtract } from '../../tools/generate-extract/generate-extract.js';
import { connectAsOwner } from '../support/database.js';
import { requiredEnv } from '../support/test-api.js';
import { startMigrationApp } from './migration-app.js';
import { migrationCouncil } from './migration-world.js';

/**
 * `npm run migrate` as a data team runs it, in a process of its own on the suite's database: the
 * exit codes, the reports, and a load killed with SIGKILL part way (while staging, and while
 * loading) that a rerun completes with exactly what an uninterrupted load gives.
 */
/** Built as `npm run migrate` builds it (tsc: Nest needs the decorator metadata tsx leaves out), beside the checkout's node_modules. */
const BUILD = path.resolve(`.data/migrate-cli-${process.pid}`);
const CLI = path.join(BUILD, 'tools/migrate/main.js');
const env = () => ({
  ...process.env,
  DATABASE_URL: requiredEnv('TEST_DATABASE_OWNER_URL'),
  DATABASE_APP_URL: requiredEnv('TEST_DATABASE_APP_URL'),
  DATABASE_MIGRATOR_URL: requiredEnv('TEST_DATABASE_MIGRATOR_URL'),
  DATABASE_MIGRATE: 'false',
});

function migrate(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [CLI, ...args], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return { child, done: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr }))) };
}

/** Waits until the council's load has reached a point (a SQL condition on migration_loads), then kills the CLI outright. */
async function killWhen(child: ChildProcess, councilId: string, condition: string): Promise<void> {
  const owner = await connectAsOwner();
  try {
    for (let tries = 0; tries < 600; tries += 1) {
      const { rows } = await owner.query(`select 1 from migration_loads where council_id = $1 and ${condition}`, [councilId]);
      if (rows.length > 0) {
        child.kill('SIGKILL');
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the load never reached: ${condition}`);
  } finally {
    await owner.end();
  }
}

/** What a council holds after a load, in terms that do not depend on its ids: counts, money and references. */
async function holdings(councilId: string): Promise<Record<string, unknown>> {
  const owner = await connectAsOwner();
  try {
    const { rows: [row] } = await owner.query(
      `select (select count(*) from hereditaments where council_id = $1)::int as hereditaments,
              (select count(*) from rateable_values where council_id = $1)::int as rateable_values,
              (select count(*) from accounts where council_id = $1)::int as accounts,
              (select string_agg(reference, ',' order by reference) from accounts where council_id = $1) as references,
              (select count(*) from liabilities where council_id = $1)::int as liabilities,
              (select count(*) from relief_awards where council_id = $1)::int as reliefs,
              (select count(*) from bills where council_id = $1)::int as bills,
              (select count(*) from bill_lines where council_id = $1)::int as bill_lines,
              (select count(*) from payments where council_id = $1)::int as payments,
              (select count(*) from allocations where council_id = $1)::int as allocations,
              (select coalesce(sum(amount_pence), 0)::text from ledger_entries where council_id = $1) as balance,
              (select count(*) from ledger_entries where council_id = $1)::int as ledger_entries,
              (select count(*) from migration_loads where council_id = $1)::int as loads,
              (select count(*) from migration_problems where council_id = $1)::int as problems`,
      [councilId],
    );
    return row;
  } finally {
    await owner.end();
  }
}

describe('the migrate CLI', () => {
  let extract: string;
  let reports: string;
  let clean: Awaited<ReturnType<typeof migrationCouncil>>;

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD]);
    extract = await mkdtemp(path.join(os.tmpdir(), 'cli-extract-'));
    reports = await mkdtemp(path.join(os.tmpdir(), 'cli-reports-'));
    await generateExtract({ format: 'academy', accounts: 2_500, seed: 31, outDir: extract, defects: { 'bad-date': 1, 'duplicate-key': 1, 'wrong-encoding': 1 } });
    clean = await migrationCouncil('cli-clean');
  }, 180_000);
  afterAll(() => rm(BUILD, { recursive: true, force: true }));

  it('validates: exit code 2 when rows are refused, a summary, and the problems report as CSV with account values withheld', async () => {
    const run = await migrate(['validate', extract, '--council', clean.code, '--profile', 'academy-business-rates', '--out', reports]).done;
    expect(run.code).toBe(2);
    // The progress bar: the phase, rows done of all, rows a second and the time left.
    expect(run.stderr).toMatch(/staging \[[█░]+\] 100% \| (\d+)\/\1 rows \| \d+ rows\/s \| \d+s left/);
    expect(run.stderr).not.toMatch(/failed|error/i);
    expect(run.stdout).toMatch(/load [0-9a-f-]{36} \(academy-business-rates 1\.0\) is staged/);
    const csv = await readFile(path.join(reports, 'problems.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('file,line,entity,field,value,reason');
    expect(csv).toContain('nndr_account.csv,');
    expect(csv).toContain('(withheld: personal data)');
    expect(csv).not.toContain('Łódź');
  }, 120_000);

  it('names what is wrong, and exits 1, for a profile that does not exist or a file the extract lacks', async () => {
    const noProfile = await migrate(['validate', extract, '--council', clean.code, '--profile', 'no-such-profile', '--out', reports]).done;
    expect({ code: noProfile.code, stderr: noProfile.stderr.trim() }).toEqual({ code: 1, stderr: expect.stringMatching(/^migrate: profile: .*no-such-profile/) });
    const empty = await mkdtemp(path.join(os.tmpdir(), 'cli-empty-'));
    const noFiles = await migrate(['validate', empty, '--council', clean.code, '--profile', 'academy-business-rates', '--out', reports]).done;
    expect({ code: noFiles.code, stderr: noFiles.stderr.trim() }).toEqual({ code: 1, stderr: 'migrate: extract: nndr_account.csv is not in the extract folder (profile academy-business-rates reads it)' });
    const unknownCommand = await migrate(['migrate-everything', '--council', clean.code]).done;
    expect(unknownCommand.code).toBe(64);
  }, 60_000);

  it('loads, and reconciles with the reports written as JSON and HTML (exit code 3: not clean, rows were refused)', async () => {
    const load = await migrate(['load', extract, '--council', clean.code, '--profile', 'academy-business-rates', '--out', reports]).done;
    expect(load.code).toBe(2);
    expect(load.stdout).toMatch(/is loaded, carried on from where it stopped/);
    const reconcile = await migrate(['reconcile', '--council', clean.code, '--out', reports, '--year', '2026-27']).done;
    expect({ code: reconcile.code, out: reconcile.stdout }).toEqual({ code: 3, out: expect.stringMatching(/NOT CLEAN: load/) });
    const json = JSON.parse(await readFile(reconcile.stdout.match(/\s(\S+\.json)\n/)![1], 'utf8'));
    expect(json.balances.accountsCompared).toBeGreaterThan(2_000);
    // The report is also kept against the load, exactly as written, for the API and the admin UI to show.
    const app = await startMigrationApp();
    try {
      const manager = { subject: 'cli-reader', roles: ['revenues-manager' as const], councilId: clean.councilId };
      const stored = await app.get(QueryBus).execute(new ListLoadReconciliationsQuery(manager, json.loadId));
      expect(stored).toEqual([json]);
    } finally {
      await app.close();
    }
    expect(await readFile(reconcile.stdout.match(/Reports \([^)]*\): (\S+\.html)/)![1], 'utf8')).toContain('<h1>Migration reconciliation');
    const status = await migrate(['status', '--council', clean.code]).done;
    expect(status.stdout).toMatch(/loaded +academy-business-rates 1\.0/);
    expect(status.stdout).toContain('nndr_transaction.csv');
  }, 240_000);

  it('finishes a load killed while staging, with exactly what an uninterrupted load gives', async () => {
    const killed = await migrationCouncil('cli-killed-staging');
    const first = migrate(['load', extract, '--council', killed.code, '--profile', 'academy-business-rates']);
    await killWhen(first.child, killed.councilId, `status = 'staging' and staged_through <> '{}'`);
    expect((await first.done).signal).toBe('SIGKILL');
    const rerun = await migrate(['load', extract, '--council', killed.code, '--profile', 'academy-business-rates', '--out', reports]).done;
    expect(rerun.code).toBe(2);
    expect(await holdings(killed.councilId)).toEqual({ ...(await holdings(clean.councilId)), references: expect.any(String) });
    expect((await holdings(killed.councilId)).references).toBe((await holdings(clean.councilId)).references);
  }, 240_000);

  it('finishes a load killed while loading the live tables, with exactly what an uninterrupted load gives', async () => {
    const killed = await migrationCouncil('cli-killed-loading');
    const first = migrate(['load', extract, '--council', killed.code, '--profile', 'academy-business-rates']);
    await killWhen(first.child, killed.councilId, `status = 'loading' and counts ? 'promotedChunks'`);
    expect((await first.done).signal).toBe('SIGKILL');
    const rerun = await migrate(['load', extract, '--council', killed.code, '--profile', 'academy-business-rates', '--out', reports]).done;
    expect(rerun.code).toBe(2);
    expect(await holdings(killed.councilId)).toEqual(await holdings(clean.councilId));
  }, 240_000);
});

