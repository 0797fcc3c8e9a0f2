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
  let browserBase: string;

  const fillDate = async (legend: string, day: string, month: string, year: string) => {
    const group = browser.page.getByRole('group', { name: legend });
    await group.getByLabel('Day', { exact: true }).fill(day);
    await group.getByLabel('Month', { exact: true }).fill(month);
    await group.getByLabel('Year', { exact: true }).fill(year);
  };
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
    const run = await api.graphql(manager, 'mutation { startBillingRun(input: { financialYear: "2025-26", reason: "browser test" }) { status } }');
    expect(run.body.data.startBillingRun.status).toBe('pending');
    const policy = await api.graphql(manager, 'mutation { setCouncilPolicy(input: { effectiveFrom: "2024-05-15", plugins: ["levels-and-moors/collection"], reason: "browser test" }) { source } }');
    expect(policy.body.data.setCouncilPolicy.source).toBe('council');
    browserBase = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    browser = await AdminBrowser.open(browserBase);
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

  it("creates a notice's PDF, downloads it through the admin page, and sends the notice, its status listed", async () => {
    await browser.page.getByRole('button', { name: /^Create PDF of bill \d+$/ }).first().click();
    await browser.page.waitForURL('**?done=document');
    expect(await browser.page.locator('.govuk-notification-banner').innerText()).toContain('PDF created');
    const link = browser.page.locator('#document-list a').first();
    expect(await link.innerText()).toMatch(/^demand-notice for bill \d+ \(PDF\)$/);
    // The browser's own session downloads it: the admin route fetches the bytes from the API with the user's token.
    const pdf = await browser.page.request.get(`${browserBase}${await link.getAttribute('href')}`);
    expect({ status: pdf.status(), type: pdf.headers()['content-type'] }).toEqual({ status: 200, type: 'application/pdf' });
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await browser.check('account-document-created');

    await browser.page.getByRole('button', { name: /^Send notice of bill \d+ to the ratepayer$/ }).first().click();
    await browser.page.waitForURL('**?done=notice-sent');
    expect(await browser.page.locator('#notification-list tbody tr').first().innerText()).toMatch(/^demand-notice for bill \d+\s+(email|letter)\s+.+\s+accepted/);
    await browser.check('account-notice-sent');
  }, 60_000);

  it('a bad amount shows the error summary naming the field; a good one is recorded and the balance falls by it', async () => {
    const before = await balanceText();
    await browser.page.getByRole('link', { name: 'Record a payment' }).click();
    await browser.check('record-payment');
    const fillPayment = async (amount: string) => {
      await browser.page.getByLabel('Amount').fill(amount);
      await fillDate('Date received', '10', '5', '2024');
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

    // A well-formed amount the API refuses on amountPence: its error lands on the pounds field, told in pounds.
    await fillPayment('0');
    expect(await summary.innerText()).toContain('Amount must be an amount in pounds and pence above nothing');
    expect(await browser.page.locator('#amount-error').innerText()).toContain('Amount must be an amount in pounds and pence above nothing');
    await browser.check('record-payment-api-error');

    await fillPayment('250.00');
    await browser.page.waitForURL(`**/admin/accounts/${account.accountReference}?done=payment`);
    expect(await browser.page.locator('.govuk-notification-banner').innerText()).toContain('Payment recorded');
    expect(penceOf(await balanceText())).toBe(penceOf(before) - 25_000);
    await browser.check('account-payment-recorded');
  }, 60_000);

  it('awards a relief, moves out and back in, and issues a bill, each through its form', async () => {
    await browser.page.getByRole('link', { name: 'Award a relief' }).click();
    await browser.check('award-relief');
    await browser.page.getByRole('radio', { name: /occupier from 1 April 2024/ }).check();
    await browser.page.getByLabel('Discretionary relief').check();
    await fillDate('Start date', '1', '4', '2024');
    await browser.page.getByLabel('Percentage (discretionary and hardship relief)').fill('50');
    await browser.page.getByLabel('Evidence').fill('Cabinet decision 2024/17');
    await browser.page.getByRole('button', { name: 'Award a relief' }).click();
    await browser.page.waitForURL('**?done=relief');
    await browser.check('account-relief-awarded');
    expect(await browser.page.getByRole('cell', { name: /discretionary 50(\.0+)?% from 1 April 2024/ }).count()).toBe(1);

    await browser.page.getByRole('link', { name: /^Move out/ }).click();
    await browser.check('move-out');
    await fillDate('Last day liable', '30', '6', '2024');
    await browser.page.getByRole('button', { name: 'Move out' }).click();
    await browser.page.waitForURL('**?done=move-out');
    expect(await browser.page.getByRole('cell', { name: '30 June 2024', exact: true }).count()).toBe(1);
    await browser.check('account-moved-out');

    await browser.page.getByRole('link', { name: 'Move in: start a liability' }).click();
    await browser.check('move-in');
    await browser.page.getByLabel('BA reference of the property').fill('NO-SUCH-PROPERTY');
    await browser.page.getByLabel('Occupier').check();
    await fillDate('Liable from', '1', '7', '2024');
    await browser.page.getByRole('button', { name: 'Move in' }).click();
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain("BA reference is not a property on the council's register");
    await browser.check('move-in-error');
    await browser.page.getByLabel('BA reference of the property').fill(account.baReference);
    await browser.page.getByRole('button', { name: 'Move in' }).click();
    await browser.page.waitForURL('**?done=move-in');
    expect(await browser.page.getByRole('cell', { name: '1 July 2024', exact: true }).count()).toBe(1);
    await browser.check('account-moved-in');

    await browser.page.getByRole('link', { name: 'Issue a bill' }).click();
    await browser.check('issue-bill');
    await browser.page.getByLabel('Financial year').fill('2024-25');
    await browser.page.getByRole('button', { name: 'Issue a bill' }).click();
    await browser.page.waitForURL(/done=(no-)?bill/);
    await browser.check('account-after-changes');
  }, 90_000);

  it('shows billing runs and the audit trail', async () => {
    await browser.goto('/admin/billing-runs');
    expect(await browser.page.getByRole('cell', { name: '2025-26' }).count()).toBe(1);
    expect(await browser.page.getByText('Pending').count()).toBe(1);
    expect(await browser.page.getByRole('button', { name: 'Request annual billing' }).count()).toBe(0);
    await browser.check('billing-runs');
    await browser.goto('/admin/audit');
    expect(await browser.page.getByRole('cell', { name: 'demo-revenues-officer' }).count()).toBeGreaterThan(0);
    await browser.check('audit');
    await browser.goto(`/admin/accounts/${account.accountReference}`);
    await browser.page.getByRole('link', { name: 'Changes to this account' }).click();
    expect(await browser.page.getByRole('heading', { level: 1 }).innerText()).toBe(`Changes to account ${account.accountReference}`);
    expect(await browser.page.getByRole('cell', { name: 'INSERT notes' }).count()).toBeGreaterThan(0);
    expect(await browser.page.getByRole('cell', { name: 'INSERT payments' }).count()).toBeGreaterThan(0);
    expect(await browser.page.getByRole('cell', { name: 'INSERT hereditaments' }).count()).toBe(0);
    await browser.check('account-audit');
  }, 60_000);

  it('an officer sees the council policy read-only; a manager changes a setting from a date', async () => {
    await browser.page.getByRole('link', { name: 'Council policy' }).click();
    await browser.check('policy-officer');
    expect(await browser.page.getByRole('link', { name: "Change the council's policy" }).count()).toBe(0);
    expect(await browser.page.locator('input:not([type=hidden]), textarea, select').count()).toBe(0);
    expect(await browser.page.getByRole('link', { name: 'Migration' }).count()).toBe(0);
    await browser.goto('/admin/policy/edit');
    expect(await browser.page.getByRole('heading', { level: 1 }).innerText()).toBe('You cannot do this');
    await browser.check('policy-edit-refused');

    await signInAs('revenues-manager', 'sign-in-manager');
    await browser.goto('/admin/policy');
    await browser.check('policy-manager');
    await browser.page.getByRole('link', { name: "Change the council's policy" }).click();
    await browser.check('policy-edit');
    const instalmentDay = browser.page.getByLabel('Levels and Moors collection policy: Instalment day');
    expect(await instalmentDay.inputValue()).toBe('15');
    await instalmentDay.fill('40');
    await fillDate('Applies from', '16', '5', '2024');
    await browser.page.getByRole('button', { name: 'Save the new version' }).click();
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain('Levels and Moors collection policy: Instalment day must be a whole number from 1 to 28');
    await browser.check('policy-edit-error');
    await browser.page.getByLabel('Levels and Moors collection policy: Instalment day').fill('20');
    await browser.page.getByRole('button', { name: 'Save the new version' }).click();
    await browser.page.waitForURL('**/admin/policy?done=saved');
    expect(await browser.page.getByRole('cell', { name: '16 May 2024' }).count()).toBe(1);
    await browser.check('policy-saved');
  }, 60_000);

  it('works without JavaScript: sign in, find the account, add a note', async () => {
    const plain = await AdminBrowser.open(browserBase, { javaScript: false });
    try {
      await plain.goto('/admin/sign-in');
      await plain.check('sign-in-without-javascript');
      await plain.page.getByLabel('Council code').fill(councilCode);
      await plain.page.getByRole('button', { name: 'Sign in' }).click();
      await plain.page.waitForURL('**/admin/search');
      await plain.goto(`/admin/search?q=${encodeURIComponent('Quayside Bakery')}`);
      await plain.page.getByRole('link', { name: account.accountReference }).click();
      await plain.page.getByRole('link', { name: 'Add a note' }).click();
      await plain.page.getByLabel('Note').fill('Written with JavaScript turned off.');
      await plain.page.getByRole('button', { name: 'Add a note' }).click();
      await plain.page.waitForURL('**?done=note');
      expect(await plain.page.getByText('Written with JavaScript turned off.').count()).toBe(1);
      await plain.check('account-without-javascript');
    } finally {
      await plain.close();
    }
  }, 60_000);

  it('a manager requests annual billing, after being told the year is missing', async () => {
    await browser.page.getByRole('link', { name: 'Billing runs' }).click();
    await browser.page.getByRole('button', { name: 'Request annual billing' }).click();
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain('Financial year must be entered');
    await browser.check('billing-run-request-error');
    await browser.page.getByLabel('Financial year').fill('2024-25');
    await browser.page.getByRole('button', { name: 'Request annual billing' }).click();
    await browser.page.waitForURL('**/admin/billing-runs?done=requested');
    expect(await browser.page.getByRole('cell', { name: '2024-25', exact: true }).count()).toBe(1);
    await browser.check('billing-run-requested');
  }, 60_000);

  it('a manager sees the migration loads', async () => {
    await browser.page.getByRole('link', { name: 'Migration' }).click();
    expect(await browser.page.getByText('Nothing has been migrated into this council.').count()).toBe(1);
    await browser.check('migration-loads');
  }, 30_000);
});

/** "£1,234.56 owed" → 123456 pence; "£5.00 in credit" → -500. */
function penceOf(balance: string): number {
  const match = /£([\d,]+)\.(\d\d) (owed|in credit)/.exec(balance);
  if (!match) return 0;
  const pence = Number((match[1] as string).replaceAll(',', '')) * 100 + Number(match[2]);
  return match[3] === 'owed' ? pence : -pence;
}
