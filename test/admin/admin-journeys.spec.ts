import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../support/business-rates-seed.js';
import { TestApi } from '../support/test-api.js';
import { AdminBrowser } from './support/admin-browser.js';

/** Staff journeys in a real browser (Chromium), demo sign-in; every page visited passes axe-core's WCAG 2.2 AA rules. */
describe('admin UI in a browser: demo sign-in', () => {
  const clock = SettableClock.on('2024-05-15');
  let api: TestApi;
  let browser: AdminBrowser;
  let councilCode: string;
  let account: SeededAccount;

  const balanceText = async () => (await browser.page.locator('#balance').innerText()).replace(/\s+/g, ' ').trim();

  async function signInAs(role: 'revenues-officer' | 'revenues-manager', screenshot: string) {
    await browser.forgetSession();
    await browser.goto('/admin');
    await expect(browser.page.title()).resolves.toBe('Sign in – Business rates admin');
    await browser.check(screenshot);
    await browser.page.getByLabel(role === 'revenues-officer' ? 'Revenues officer' : 'Revenues manager').check();
    await browser.page.getByLabel('Council code').fill(councilCode);
    await browser.page.getByRole('button', { name: 'Sign in' }).click();
    await browser.page.waitForURL('**/admin/search');
  }

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    await api.app.listen(0, '127.0.0.1');
    const council = await api.createCouncil('browser');
    councilCode = council.code;
    account = await seedRatedAccount(council.id, { rateableValue: 20_000, partyName: 'Quayside Bakery Ltd', postcode: 'TA6 3AB' });
    const manager = await api.token(['revenues-manager'], councilCode);
    const bill = await api.graphql(manager, 'mutation($ref: String!) { issueBill(accountReference: $ref, input: { financialYear: "2024-25" }) { issued } }', { ref: account.accountReference });
    expect(bill.body.data.issueBill.issued).toBe(true);
    browser = await AdminBrowser.open(`http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('an officer signs in with a demo role and searches by postcode', async () => {
    await signInAs('revenues-officer', 'sign-in');
    await browser.check('search');
    await browser.page.getByLabel(/postcode or UPRN/).fill('TA6 3AB');
    await browser.page.getByRole('button', { name: 'Search' }).click();
    await expect(browser.page.title()).resolves.toBe('Search results for TA6 3AB – Business rates admin');
    await browser.check('search-results');
    await browser.page.getByRole('link', { name: account.accountReference }).click();
    expect(await browser.page.getByRole('heading', { level: 1 }).innerText()).toBe(`Account ${account.accountReference}`);
    expect(await balanceText()).toMatch(/^£\d[\d,]*\.\d\d owed/);
    expect(await browser.page.getByText(account.baReference).count()).toBeGreaterThan(0);
    await browser.check('account');
  }, 60_000);

  it('adds a note, after being told the note is empty', async () => {
    await browser.page.getByRole('link', { name: 'Add a note' }).click();
    await browser.check('add-note');
    await browser.page.getByRole('button', { name: 'Add a note' }).click();
    await expect(browser.page.title()).resolves.toBe('Error: Add a note – Business rates admin');
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain('Note must be entered');
    await browser.check('add-note-error');
    await browser.page.getByLabel('Note').fill('Called the ratepayer about the May instalment.');
    await browser.page.getByRole('button', { name: 'Add a note' }).click();
    await browser.page.waitForURL(`**/admin/accounts/${account.accountReference}?done=note`);
    expect(await browser.page.locator('.govuk-notification-banner').innerText()).toContain('Note added');
    expect(await browser.page.getByText('Called the ratepayer about the May instalment.').count()).toBe(1);
    await browser.check('account-note-added');
  }, 60_000);

  it('a bad amount shows the error summary naming the field; a good one is recorded and the balance falls by it', async () => {
    const before = await balanceText();
    await browser.page.getByRole('link', { name: 'Record a payment' }).click();
    await browser.check('record-payment');
    const fillPayment = async (amount: string) => {
      await browser.page.getByLabel('Amount').fill(amount);
      await browser.page.getByLabel('Day', { exact: true }).fill('10');
      await browser.page.getByLabel('Month', { exact: true }).fill('5');
      await browser.page.getByLabel('Year', { exact: true }).fill('2024');
      await browser.page.getByLabel('Card').check();
      await browser.page.getByRole('button', { name: 'Record a payment' }).click();
    };
    await fillPayment('12.345');
    await expect(browser.page.title()).resolves.toBe('Error: Record a payment – Business rates admin');
    const summary = browser.page.locator('.govuk-error-summary');
    expect(await summary.innerText()).toContain('Amount must be an amount in pounds and pence');
    expect(await summary.getByRole('link').first().getAttribute('href')).toBe('#amount');
    expect(await browser.page.locator('#amount-error').innerText()).toContain('Amount must be an amount in pounds and pence');
    await browser.check('record-payment-error');

    // A well-formed amount the API refuses: its field-named error lands on the same field.
    await fillPayment('0');
    expect(await summary.innerText()).toContain('Amount must be a whole number of pence above nothing');
    await browser.check('record-payment-api-error');

    await fillPayment('250.00');
    await browser.page.waitForURL(`**/admin/accounts/${account.accountReference}?done=payment`);
    expect(await browser.page.locator('.govuk-notification-banner').innerText()).toContain('Payment recorded');
    expect(penceOf(await balanceText())).toBe(penceOf(before) - 25_000);
    await browser.check('account-payment-recorded');
  }, 60_000);
});

/** "£1,234.56 owed" → 123456 pence; "£5.00 in credit" → -500. */
function penceOf(balance: string): number {
  const match = /£([\d,]+)\.(\d\d) (owed|in credit)/.exec(balance);
  if (!match) return 0;
  const pence = Number((match[1] as string).replaceAll(',', '')) * 100 + Number(match[2]);
  return match[3] === 'owed' ? pence : -pence;
}
