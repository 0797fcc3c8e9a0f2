import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { requiredEnv, TestApi } from '../../support/test-api.js';

/** `npm run import-payments` as a council's scheduled job runs it: its own process, on the suite's database. */
const BUILD = path.resolve(`.data/import-payments-cli-${process.pid}`);
const CLI = path.join(BUILD, 'tools/import-payments/main.js');

async function importPayments(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, DATABASE_URL: requiredEnv('TEST_DATABASE_OWNER_URL'), DATABASE_APP_URL: requiredEnv('TEST_DATABASE_APP_URL'), DATABASE_MIGRATE: 'false' };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('the import-payments CLI', () => {
  let api: TestApi;
  let files: string;
  let councilCode: string;
  let account: SeededAccount;

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', BUILD]);
    api = await TestApi.start();
    const council = await api.createCouncil('cli-pay');
    councilCode = council.code;
    account = await seedRatedAccount(council.id, { rateableValue: 14_000 });
    files = await mkdtemp(path.join(os.tmpdir(), 'payment-files-'));
  }, 180_000);
  afterAll(async () => {
    await api.close();
    await rm(BUILD, { recursive: true, force: true });
    await rm(files, { recursive: true, force: true });
  });

  it('imports a file once: exit 0 with the totals, and again posts nothing', async () => {
    const file = path.join(files, 'allpay-2026-04-01.csv');
    await writeFile(file, `Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel\nCLI-1,ORV,2026-04-01,${account.accountReference},12.34,PAYPOINT\nCLI-2,ORV,2026-04-01,UNKNOWN,1.00,APP\n`);
    const first = await importPayments([file, '--council', councilCode, '--format', 'allpay']);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(first.stdout)).toMatchObject({ alreadyImported: false, import: { fileName: 'allpay-2026-04-01.csv', postedPence: 1_234, suspensePence: 100, totalPence: 1_334 } });
    const again = await importPayments([file, '--council', councilCode, '--format', 'allpay']);
    expect(JSON.parse(again.stdout)).toMatchObject({ alreadyImported: true });
  }, 60_000);

  it('refuses a bad file with exit 2, naming the line; usage errors exit 64', async () => {
    const file = path.join(files, 'bad.csv');
    await writeFile(file, `Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel\nCLI-9,ORV,2026-04-01,${account.accountReference},-1,PAYPOINT\n`);
    const bad = await importPayments([file, '--council', councilCode, '--format', 'allpay']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('line 2 Amount');
    expect((await importPayments([file])).code).toBe(64);
  }, 60_000);
});
