import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReconcileLoadCommand, type Reconciliation } from '../../libs/legacy-migration/src/index.js';
import { formatPence } from '../../apps/api/src/admin/presentation.js';
import { generateExtract } from '../../tools/generate-extract/generate-extract.js';
import { runLoad, startMigrationApp } from '../migration/migration-app.js';
import { migrationCouncil } from '../migration/migration-world.js';
import { TestApi } from '../support/test-api.js';
import { AdminBrowser } from './support/admin-browser.js';

/**
 * A manager's view of the council's records kept by batch work, in a real browser with axe-core:
 * a legacy load, reconciled by the migrate CLI's command, shows its stored report.
 */
describe('admin UI in a browser: council records', () => {
  let api: TestApi;
  let browser: AdminBrowser;
  let report: Reconciliation;
  let extract: string;
  let council: Awaited<ReturnType<typeof migrationCouncil>>;

  beforeAll(async () => {
    extract = await mkdtemp(path.join(os.tmpdir(), 'admin-extract-'));
    await generateExtract({ format: 'academy', accounts: 60, seed: 7, outDir: extract, defects: { 'bad-date': 1, 'bad-money': 1 } });
    council = await migrationCouncil('admin-records');
    const migration = await startMigrationApp();
    try {
      await runLoad(migration, council.migrator, 'academy-business-rates', extract, { load: true });
      report = await migration.get(CommandBus).execute(new ReconcileLoadCommand(council.migrator, undefined, { councilName: council.code, financialYear: '2026-27' }));
    } finally {
      await migration.close();
    }
    api = await TestApi.start();
    await api.app.listen(0, '127.0.0.1');
    browser = await AdminBrowser.open(`http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`);
    await browser.goto('/admin');
    await browser.page.getByLabel('Revenues manager').check();
    await browser.page.getByLabel('Council code').fill(council.code);
    await browser.page.getByRole('button', { name: 'Sign in' }).click();
    await browser.page.waitForURL('**/admin/search');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await rm(extract, { recursive: true, force: true });
  });

  it("a manager sees a migration load's stored reconciliation: rows by entity, balances and shadow billing", async () => {
    expect(report.clean).toBe(false);
    await browser.page.getByRole('link', { name: 'Migration' }).click();
    await browser.page.getByRole('link', { name: report.loadId }).click();
    await expect(browser.page.title()).resolves.toBe(`Migration load ${report.loadId} – Business rates admin`);
    expect(await browser.page.locator('.govuk-tag', { hasText: 'Not clean' }).count()).toBe(1);
    const account = report.entities.find((entity) => entity.entity === 'account')!;
    const accountRow = (await browser.page.locator('#reconciliation-entities tr', { hasText: 'account' }).first().innerText()).split(/\s+/);
    expect(accountRow).toEqual(['account', String(account.rowsIn), String(account.loaded), String(account.derived), String(account.rejected)]);
    const balances = await browser.page.locator('#reconciliation-balances').innerText();
    expect(balances).toContain(formatPence(report.balances.legacyTotalPence));
    expect(balances).toContain(formatPence(report.balances.migratedTotalPence));
    expect(await browser.page.locator('#balance-differences tbody tr').count()).toBe(Math.min(25, report.balances.differences.length));
    const shadow = await browser.page.locator('#reconciliation-shadow-billing').innerText();
    expect(shadow).toContain(formatPence(report.shadowBilling.legacyChargedTotalPence));
    expect(shadow).toContain(String(report.shadowBilling.accountsCompared));
    await browser.check('migration-load-reconciliation');
  }, 60_000);
});
