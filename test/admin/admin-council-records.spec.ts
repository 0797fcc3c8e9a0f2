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
import { FakeGovUkPay } from '../support/fake-govuk-pay.js';
import { TestApi } from '../support/test-api.js';
import { AdminBrowser } from './support/admin-browser.js';

/**
 * A manager's view of the council's records kept by batch work, in a real browser with axe-core:
 * a legacy load, reconciled by the migrate CLI's command, shows its stored report; payment files
 * are imported through a form; GOV.UK Pay's notifications are listed with their outcomes; webhook
 * subscriptions are created (the secret shown once), their deliveries listed and sent again, and deactivated.
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

  it('imports a payment file, after the error summary names the bad line, and lists GOV.UK Pay notifications with their outcomes', async () => {
    const secret = 'webhook_test_0a1b2c3d4e5f60718293a4b5c6d7e8f9';
    const manager = await api.token(['revenues-manager'], council.code);
    await api.http.put('/v1/integrations/govuk-pay/signing-secret').set('authorization', `Bearer ${manager}`).send({ secret }).expect(200);
    const pay = new FakeGovUkPay(api, council.code, secret);
    const { body: notification, paymentId } = pay.notification({ amountPence: 4_321, reference: 'NOT-AN-ACCOUNT' });
    const { outcome } = (await pay.send(notification).expect(200)).body as { outcome: string };

    await browser.page.getByRole('link', { name: 'Payments in' }).click();
    await expect(browser.page.title()).resolves.toBe('Payments in – Business rates admin');
    const notificationRow = await browser.page.locator('#govuk-pay-notifications tbody tr', { hasText: paymentId }).innerText();
    expect(notificationRow).toContain(formatPence(4_321));
    expect(notificationRow).toContain(`${outcome}:`);
    await browser.check('payments-in');

    const header = 'Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel';
    const upload = async (lines: string[]) => {
      await browser.page.getByLabel('Format', { exact: true }).selectOption('allpay');
      await browser.page.getByLabel('Payment file', { exact: true }).setInputFiles({ name: 'allpay-admin.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...lines].join('\n')) });
      await browser.page.getByRole('button', { name: 'Import payment file' }).click();
    };
    await browser.page.getByRole('button', { name: 'Import payment file' }).click();
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain('Payment file must be chosen');
    await upload(['AP0001,ORV,2026-04-01,NOT-A-REF,12.50,PAYPOINT', 'AP0002,ORV,2026-04-01,NOT-A-REF,twelve,PAYPOINT']);
    await expect(browser.page.title()).resolves.toBe('Error: Payments in – Business rates admin');
    const summary = browser.page.locator('.govuk-error-summary');
    expect(await summary.innerText()).toMatch(/Payment file line 3 Amount: .*twelve/);
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#file');
    await browser.check('payments-in-error');
    await upload(['AP0001,ORV,2026-04-01,NOT-A-REF,12.50,PAYPOINT']);
    await browser.page.waitForURL('**/admin/payments-in?done=imported');
    const imported = await browser.page.locator('#payment-imports tbody tr', { hasText: 'allpay-admin.csv' }).innerText();
    expect(imported).toMatch(/1 of 1\s+£12\.50/);
    await browser.check('payments-in-imported');
  }, 60_000);

  it('a manager creates a webhook subscription, sees its secret once, sends a delivery again and deactivates it', async () => {
    await browser.page.getByRole('link', { name: 'Webhooks' }).click();
    await expect(browser.page.title()).resolves.toBe('Webhooks – Business rates admin');
    await browser.check('webhooks');
    await browser.page.getByLabel('Endpoint address').fill('http://crm.example.gov.uk/hook');
    await browser.page.getByRole('button', { name: 'Create subscription' }).click();
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain('Events must be chosen');
    await browser.page.getByLabel('A payment is received').check();
    await browser.page.getByRole('button', { name: 'Create subscription' }).click();
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain('Endpoint address must be https (plain http only to localhost)');
    await browser.check('webhooks-error');
    await browser.page.getByLabel('Endpoint address').fill('http://127.0.0.1:9/admin-test-hook');
    await browser.page.getByRole('button', { name: 'Create subscription' }).click();
    await expect(browser.page.title()).resolves.toBe('Webhook subscription created – Business rates admin');
    expect(await browser.page.locator('#signing-secret').innerText()).toMatch(/^\S{16,}$/);
    await browser.check('webhook-created');

    // A payment on a migrated account: its event is delivered to the subscription.
    const manager = await api.token(['revenues-manager'], council.code);
    const holders = await api.graphql(manager, '{ accountHolders(limit: 1) { accountReference } }');
    const paid = await api.graphql(manager, 'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { inSuspense } }', {
      input: { accountReference: holders.body.data.accountHolders[0].accountReference, amountPence: 1_000, receivedOn: '2026-04-02', method: 'card' },
    });
    expect(paid.body.data.recordPayment.inSuspense).toBe(false);
    await browser.page.getByRole('link', { name: 'Back to webhooks' }).click();
    expect(await browser.page.locator('#webhook-subscriptions tbody tr', { hasText: '127.0.0.1:9' }).innerText()).toContain('Active');
    expect(await browser.page.locator('#webhook-deliveries tbody tr').first().innerText()).toMatch(/^payment\.received/);
    await browser.page.getByRole('button', { name: /^Send again payment\.received/ }).first().click();
    await browser.page.waitForURL('**/admin/webhooks?done=replayed');
    expect(await browser.page.locator('#webhook-deliveries tbody tr', { hasText: '(replay)' }).count()).toBeGreaterThan(0);
    await browser.page.getByRole('button', { name: /^Deactivate/ }).click();
    await browser.page.waitForURL('**/admin/webhooks?done=deactivated');
    expect(await browser.page.locator('#webhook-subscriptions tbody tr', { hasText: '127.0.0.1:9' }).innerText()).toContain('Deactivated');
    await browser.check('webhooks-deactivated');
  }, 60_000);
});
