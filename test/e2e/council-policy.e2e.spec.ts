import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BillingRunWorker } from '../../libs/business-rates/src/index.js';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../support/business-rates-seed.js';
import { inCouncilSql } from '../support/council-sql.js';
import { TestApi, type TestCouncil } from '../support/test-api.js';

interface Line { code: string; description: string; rule: string; amountPence: number }
interface Notice { lines: Line[]; instalments: Array<{ dueDate: string; amountPence: number }>; yearChargePence: number }
const VILLAGE_SHOPS = 'quantock-vale/village-shops';

/**
 * Council policy through the real API: a council picks its plugins and settings from a day, the
 * core checks them, previews them on its accounts, and bills with them; the core, not the plugin,
 * has the last word.
 */
describe('council policy plugins: chosen, checked, previewed and billed with', () => {
  const clock = SettableClock.on('2025-03-01');
  let api: TestApi;
  let council: TestCouncil;
  let manager: string;
  let villageShop: SeededAccount;
  let townShop: SeededAccount;

  const call = (method: 'get' | 'put' | 'post', path: string, body?: object, token = manager) =>
    api.http[method](`/v1${path}`).set('authorization', `Bearer ${token}`).send(body);
  const billFor = async (account: SeededAccount, token = manager): Promise<Notice> =>
    (await call('post', `/business-rates/accounts/${account.accountReference}/bills`, { financialYear: '2025-26' }, token).expect(201)).body.notice;
  const villageRelief = (notice: Notice) => notice.lines.filter((line) => line.description.startsWith('Village shop relief'));

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    council = await api.createCouncil('quantock');
    manager = await api.token(['revenues-manager'], council.code);
    // Both retail at £18,000 (above small business rate relief); one in a listed village sector, one in town.
    villageShop = await seedRatedAccount(council.id, { rateableValue: 18_000, liableFrom: '2025-04-01', propertyUse: 'retail', postcode: 'TA5 1AB' });
    townShop = await seedRatedAccount(council.id, { rateableValue: 18_000, liableFrom: '2025-04-01', propertyUse: 'retail', postcode: 'TA6 3AR' });
  });
  afterAll(() => api.close());

  it('lists the plugins the service runs, and a new council has the national baseline', async () => {
    const plugins = (await call('get', '/policy-plugins').expect(200)).body;
    expect(plugins.map((plugin: { id: string }) => plugin.id)).toEqual(['national', VILLAGE_SHOPS, 'levels-and-moors/collection', 'brue-valley/high-street']);
    const policy = (await call('get', '/council-policy').expect(200)).body;
    expect(policy).toMatchObject({ source: 'national-baseline', plugins: [{ id: 'national' }] });
  });

  it('refuses a version for a past day (bills may have been drawn on the one in force), naming the field', async () => {
    const response = await call('put', '/council-policy', { effectiveFrom: '2025-02-28', plugins: [VILLAGE_SHOPS] }).expect(400);
    expect(response.body.problems[0]).toEqual({ field: 'effectiveFrom', reason: expect.stringMatching(/must be today \(2025-03-01\) or later/) });
  });

  it('refuses a setting its plugin does not allow, naming it', async () => {
    const response = await call('put', '/council-policy', { effectiveFrom: '2025-04-01', plugins: [VILLAGE_SHOPS], settings: { [VILLAGE_SHOPS]: { percent: 50 } } }).expect(400);
    expect(response.body.problems[0]).toEqual({ field: `settings.${VILLAGE_SHOPS}.percent`, reason: expect.stringMatching(/percentage from 0 to 100 as text/) });
    expect((await call('get', '/council-policy/versions').expect(200)).body).toEqual([]);
  });

  it('previews village shop relief on the council’s accounts before it is switched on: only the village shop changes', async () => {
    const preview = (await call('post', '/council-policy/preview', { financialYear: '2025-26', effectiveFrom: '2025-04-01', plugins: [VILLAGE_SHOPS] }).expect(200)).body;
    expect(preview).toMatchObject({ financialYear: '2025-26', accountsCompared: 2, accountsChanged: 1 });
    expect(preview.accounts[0]).toMatchObject({ accountReference: villageShop.accountReference });
    expect(preview.accounts[0].differencePence).toBeLessThan(0);
    expect(preview.differencePence).toBe(preview.accounts[0].differencePence);
    expect(preview.accounts[1]).toMatchObject({ accountReference: townShop.accountReference, differencePence: 0 });
    // Nothing was stored.
    expect((await call('get', '/council-policy').expect(200)).body.source).toBe('national-baseline');
    // A service operator may preview (and set) any council's policy, naming it.
    const operator = await api.operatorToken();
    const byOperator = (await call('post', '/council-policy/preview', { financialYear: '2025-26', effectiveFrom: '2025-04-01', plugins: [VILLAGE_SHOPS], councilId: council.id }, operator).expect(200)).body;
    expect(byOperator.differencePence).toBe(preview.differencePence);
    await call('post', '/council-policy/preview', { financialYear: '2025-26', effectiveFrom: '2025-04-01', plugins: [VILLAGE_SHOPS] }, operator).expect(400);
  });

  it('switched on from 1 April, the village shop’s bill takes half of what remains after the statutory reliefs, and says why', async () => {
    const set = (await call('put', '/council-policy', { effectiveFrom: '2025-04-01', plugins: [VILLAGE_SHOPS], reason: 'Cabinet 12 March 2025' }).expect(200)).body;
    expect(set.plugins.map((plugin: { id: string }) => plugin.id)).toEqual([VILLAGE_SHOPS, 'national']);
    const notice = await billFor(villageShop);
    const [relief] = villageRelief(notice);
    const before = notice.lines.filter((line) => line !== relief).reduce((sum, line) => sum + line.amountPence, 0);
    expect(relief).toMatchObject({ code: 'DISCRETIONARY_RELIEF', description: 'Village shop relief at 50%', rule: expect.stringContaining('Quantock Vale Cabinet, 12 March 2025, minute 14') });
    expect(Math.abs(relief.amountPence + before / 2)).toBeLessThanOrEqual(1);
    expect(villageRelief(await billFor(townShop))).toEqual([]);
    const audit = (await call('get', '/audit-events?tableName=council_policy_versions').expect(200)).body;
    expect(audit[0]).toMatchObject({ operation: 'INSERT', reason: 'Cabinet 12 March 2025' });
  });

  it('a setting changed mid-year takes effect from its day: the relief line is recomputed from 1 October at 75%', async () => {
    await call('put', '/council-policy', { effectiveFrom: '2025-10-01', plugins: [VILLAGE_SHOPS], settings: { [VILLAGE_SHOPS]: { percent: '75' } } }).expect(200);
    clock.setToday('2025-10-02');
    await call('post', `/business-rates/accounts/${villageShop.accountReference}/bills`, { financialYear: '2025-26' }).expect(201);
    const notices: Notice[] = (await call('get', `/business-rates/accounts/${villageShop.accountReference}/bills?financialYear=2025-26`).expect(200)).body;
    const everyRelief = notices.flatMap(villageRelief).map((line) => line.description);
    expect(everyRelief).toContain('Village shop relief at 75%');
  });

  it('the annual billing run bills with the council’s policy too', async () => {
    clock.setToday('2026-03-01');
    await call('post', '/business-rates/billing-runs', { financialYear: '2026-27' }).expect(202);
    expect(await api.app.get(BillingRunWorker).takeUpUnfinishedRuns({ chunkSize: 10, councilIds: [council.id] })).toEqual([{ councilId: council.id, financialYear: '2026-27', outcome: 'completed' }]);
    const [annual] = (await call('get', `/business-rates/accounts/${villageShop.accountReference}/bills?financialYear=2026-27`).expect(200)).body;
    expect(villageRelief(annual).map((line) => line.description)).toEqual(['Village shop relief at 75%']);
  });

  it('a policy naming a plugin this service no longer runs fails the bill with a clear error, and issues nothing', async () => {
    await inCouncilSql(council.id, (query) => query(`insert into council_policy_versions (council_id, effective_from, plugins) values ($1, '2026-04-01', '{retired/plugin,national}')`, [council.id]));
    clock.setToday('2026-04-02');
    const before = (await call('get', `/business-rates/accounts/${townShop.accountReference}/bills`).expect(200)).body.length;
    const response = await call('post', `/business-rates/accounts/${townShop.accountReference}/bills`, { financialYear: '2026-27' }).expect(500);
    expect(response.body).toMatchObject({ code: 'POLICY_PLUGIN_FAILED', message: expect.stringContaining('retired/plugin') });
    expect((await call('get', `/business-rates/accounts/${townShop.accountReference}/bills`).expect(200)).body).toHaveLength(before);
  });
});

describe('a council with twelve instalments on the 15th by default', () => {
  const clock = SettableClock.on('2025-03-01');
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
  });
  afterAll(() => api.close());

  it('bills in twelve instalments from 15 April, and its recovery policy shows in the plugin’s settings', async () => {
    const council = await api.createCouncil('levels');
    const manager = await api.token(['revenues-manager'], council.code);
    await api.http.put('/v1/council-policy').set('authorization', `Bearer ${manager}`).send({ effectiveFrom: '2025-03-01', plugins: ['levels-and-moors/collection'] }).expect(200);
    const account = await seedRatedAccount(council.id, { rateableValue: 30_000, liableFrom: '2025-04-01' });
    const notice: Notice = (await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${manager}`).send({ financialYear: '2025-26' }).expect(201)).body.notice;
    expect(notice.instalments).toHaveLength(12);
    expect(notice.instalments.map((each) => each.dueDate)).toEqual([
      '2025-04-15', '2025-05-15', '2025-06-15', '2025-07-15', '2025-08-15', '2025-09-15', '2025-10-15', '2025-11-15', '2025-12-15', '2026-01-15', '2026-02-15', '2026-03-15',
    ]);
    expect(notice.instalments.reduce((sum, each) => sum + each.amountPence, 0)).toBe(notice.yearChargePence);

    // Its recovery timetable and court costs come from the plugin, held to the law's limits.
    const recovery = (await api.http.get('/v1/business-rates/recovery-policy').set('authorization', `Bearer ${manager}`).expect(200)).body;
    expect(recovery).toMatchObject({ source: 'council-plugin', reminderAfterDays: 10, remindersPerYear: 2, daysToPay: 7, summonsCostsPence: 8_000, liabilityOrderCostsPence: 0 });

    // The notice reads back in the council's words, the national heading where it has none of its own.
    const [read] = (await api.http.get(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${manager}`).expect(200)).body;
    expect(read.wording).toEqual({
      heading: 'Non-domestic rates 2025-26: demand notice',
      paymentInstructions: expect.stringContaining('Please pay each instalment'),
      contactDetails: expect.stringContaining('Levels and Moors Council'),
    });

    // Officers may write off up to £500 at once under this council's policy; more needs a manager.
    const officer = await api.token(['revenues-officer'], council.code);
    const writeOff = (amountPence: number) =>
      api.http.post(`/v1/business-rates/accounts/${account.accountReference}/write-offs`).set('authorization', `Bearer ${officer}`).send({ financialYear: '2025-26', amountPence, reason: 'small balance' });
    expect((await writeOff(50_001).expect(403)).body.message).toMatch(/up to £500.00/);
    await writeOff(30_000).expect(201);
    // The limit is for the account's year: not to be got round by writing off in pieces.
    expect((await writeOff(20_001).expect(403)).body.message).toMatch(/£300.00 already written off/);
    await writeOff(20_000).expect(201);
  });
});
