import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BillingRunStore, BillingRunWorker } from '../../../libs/business-rates/src/index.js';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { inCouncilSql } from '../../support/council-sql.js';
import { connectAsOwner } from '../../support/database.js';
import { TestApi, type TestCouncil } from '../../support/test-api.js';

describe('annual billing: a resumable batch run, each liable account billed exactly once, progress through the API', () => {
  const clock = SettableClock.on('2025-03-01');
  let api: TestApi;
  let council: TestCouncil;
  let manager: string;
  let officer: string;
  let worker: BillingRunWorker;
  let liable: SeededAccount[];
  let billedAlready: SeededAccount;
  let gone: SeededAccount;

  const as = (token: string) => ({
    get: (path: string) => api.http.get(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object) => api.http.post(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body),
  });
  const progress = async () => (await as(officer).get('/billing-runs/2025-26').expect(200)).body;
  const takeUp = (options: { chunkSize: number; maxChunks?: number; lanes?: number }) => worker.takeUpUnfinishedRuns({ ...options, councilIds: [council.id] });
  /** Every 2025-26 bill in the council, by account, with its instalment count. */
  const billsForTheYear = () =>
    inCouncilSql(council.id, (query) =>
      query(
        `select a.reference, b.kind, b.billing_run_id is not null as in_run, (select count(*)::int from instalments i where i.council_id = b.council_id and i.bill_id = b.bill_id) as instalments
           from bills b join accounts a using (council_id, account_id) where b.council_id = $1 and b.financial_year = '2025-26' order by a.reference, b.bill_number`,
        [council.id],
      ),
    );

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    council = await api.createCouncil('annual');
    manager = await api.token(['revenues-manager'], council.code);
    officer = await api.token(['revenues-officer'], council.code);
    worker = api.app.get(BillingRunWorker);
    liable = [];
    for (let index = 0; index < 4; index += 1) liable.push(await seedRatedAccount(council.id, { rateableValue: 20_000 + index * 1_000 }));
    billedAlready = await seedRatedAccount(council.id, { rateableValue: 30_000 });
    gone = await seedRatedAccount(council.id, { rateableValue: 30_000, liableTo: '2025-02-28' });
    // One account was billed for 2025-26 by hand before the run; the run must not bill it again.
    await as(officer).post(`/accounts/${billedAlready.accountReference}/bills`, { financialYear: '2025-26' }).expect(201);
    // Another has paid £100 ahead of any bill: the money waits on the account for the annual bill.
    await as(officer).post('/payments', { accountReference: liable[0].accountReference, amountPence: 10_000, receivedOn: '2025-02-20', method: 'card' }).expect(201);
  });
  afterAll(() => api.close());

  it('only a revenues manager may start annual billing', async () => {
    await as(officer).post('/billing-runs', { financialYear: '2025-26' }).expect(403);
  });

  it('a year that is not a financial year, or bills dated after the year, are refused naming the field', async () => {
    const badYear = await as(manager).post('/billing-runs', { financialYear: '2025-27' }).expect(400);
    expect(badYear.body.problems[0].field).toBe('financialYear');
    const late = await as(manager).post('/billing-runs', { financialYear: '2025-26', issuedOn: '2026-04-01' }).expect(400);
    expect(late.body.problems[0].field).toBe('issuedOn');
    expect((await as(officer).get('/billing-runs').expect(200)).body).toEqual([]);
  });

  it('a requested run waits for the worker, counting the accounts liable in the year', async () => {
    const response = await as(manager).post('/billing-runs', { financialYear: '2025-26', issuedOn: '2025-03-10', reason: 'annual billing 2025-26' }).expect(202);
    // Five accounts are liable in 2025-26; the sixth moved out in February 2025.
    expect(response.body).toMatchObject({ financialYear: '2025-26', issuedOn: '2025-03-10', status: 'pending', accountsTotal: 5, accountsDone: 0, cursorReference: null });
    expect(response.body.requestedBy).toEqual(expect.any(String));
  });

  it('the worker bills in chunks, and its progress shows through REST and GraphQL', async () => {
    expect(await takeUp({ chunkSize: 2, maxChunks: 1, lanes: 1 })).toEqual([{ councilId: council.id, financialYear: '2025-26', outcome: 'stopped' }]);
    const firstTwo = [...liable, billedAlready].map((account) => account.accountReference).sort().slice(0, 2);
    expect(await progress()).toMatchObject({ status: 'running', accountsDone: 2, billsIssued: 2, instalmentsScheduled: 20, cursorReference: firstTwo[1] });
    const graphql = await api.graphql(officer, '{ billingRun(financialYear: "2025-26") { status accountsTotal accountsDone } }');
    expect(graphql.body.data.billingRun).toEqual({ status: 'running', accountsTotal: 5, accountsDone: 2 });
  });

  it('a chunk that fails part way writes nothing, and the run shows why it stopped', async () => {
    await withFailingBillLines(async () => {
      expect(await takeUp({ chunkSize: 2, lanes: 2 })).toEqual([{ councilId: council.id, financialYear: '2025-26', outcome: 'failed' }]);
    });
    const run = await progress();
    expect(run).toMatchObject({ status: 'failed', accountsDone: 2, billsIssued: 2 });
    expect(run.failure).toContain('bill lines unavailable');
    // Only the first chunk's two annual bills, and the bill issued by hand: no bill without its lines.
    expect((await billsForTheYear()).filter((bill) => bill.in_run)).toHaveLength(2);
    // The chunks that failed are left claimed, for the next worker to bill.
    const chunks = await inCouncilSql(council.id, (query) => query(`select status, count(*)::int as n from billing_run_chunks where council_id = $1 group by status order by status`, [council.id]));
    expect(chunks.find((row) => row.status === 'billed')?.n).toBe(1);
    expect(chunks.find((row) => row.status === 'claimed')?.n).toBeGreaterThanOrEqual(1);
    const lineless = await inCouncilSql(council.id, (query) =>
      query(`select count(*)::int as n from bills b where b.council_id = $1 and not exists (select 1 from bill_lines l where l.council_id = b.council_id and l.bill_id = b.bill_id)`, [council.id]),
    );
    expect(lineless[0].n).toBe(0);
  });

  it('requested again, a failed run resumes where it stopped and, billed in two lanes at once, every liable account ends with exactly one bill for the year', async () => {
    const resumed = await as(manager).post('/billing-runs', { financialYear: '2025-26' }).expect(202);
    expect(resumed.body).toMatchObject({ status: 'pending', accountsDone: 2, failure: null, issuedOn: '2025-03-10' });
    expect(await takeUp({ chunkSize: 1, lanes: 2 })).toEqual([{ councilId: council.id, financialYear: '2025-26', outcome: 'completed' }]);
    // The account billed by hand was visited but needed no new bill.
    expect(await progress()).toMatchObject({ status: 'completed', accountsTotal: 5, accountsDone: 5, billsIssued: 4, instalmentsScheduled: 40, failure: null });
    const bills = await billsForTheYear();
    expect(bills.map((bill) => bill.reference).sort()).toEqual([...liable, billedAlready].map((account) => account.accountReference).sort());
    expect(bills.filter((bill) => bill.in_run).every((bill) => bill.kind === 'annual' && bill.instalments === 10)).toBe(true);
    expect(bills.some((bill) => bill.reference === gone.accountReference)).toBe(false);
    const unbilled = await inCouncilSql(council.id, (query) => query(`select count(*)::int as n from billing_run_chunks where council_id = $1 and status = 'claimed'`, [council.id]));
    expect(unbilled[0].n).toBe(0);
  });

  it('money held on an account before the run is put to its annual bill', async () => {
    const [payment] = await inCouncilSql(council.id, (query) => query(`select allocated_pence::int as allocated from payments where council_id = $1 and account_id = $2`, [council.id, liable[0].accountId]));
    expect(payment.allocated).toBe(10_000);
  });

  it('a completed year is not run again: 409 naming financialYear, and the worker finds nothing to do', async () => {
    const again = await as(manager).post('/billing-runs', { financialYear: '2025-26' }).expect(409);
    expect(again.body.problems[0].field).toBe('financialYear');
    const graphql = await api.graphql(manager, 'mutation { startBillingRun(input: {financialYear: "2025-26"}) { status } }');
    expect(graphql.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(await takeUp({ chunkSize: 2 })).toEqual([]);
    expect(await billsForTheYear()).toHaveLength(5);
  });

  it('a liability begun after the run is billed for the run year as well as the current one', async () => {
    clock.setToday('2025-03-20');
    const post = as(officer).post;
    const hereditamentId = (await post('/hereditaments', { baReference: 'ANNUAL-LATE', addressLines: ['9 Late Lane'], description: 'Shop', propertyUse: 'office', rateableValue: 25_000, effectiveFrom: '2023-04-01' }).expect(201)).body.hereditamentId;
    const partyId = (await post('/parties', { kind: 'company', name: 'Latecomers Ltd' }).expect(201)).body.partyId;
    const reference = (await post('/accounts', { partyId }).expect(201)).body.reference;
    await post(`/accounts/${reference}/liabilities`, { hereditamentId, capacity: 'occupier', startsOn: '2025-03-20' }).expect(201);
    const years = (await as(officer).get(`/accounts/${reference}/bills`).expect(200)).body.map((bill: { financialYear: string }) => bill.financialYear);
    expect(years).toEqual(['2024-25', '2025-26']);
  });

  it('lists the council’s runs over REST and GraphQL', async () => {
    const rest = (await as(officer).get('/billing-runs').expect(200)).body;
    expect(rest.map((run: { financialYear: string; status: string }) => [run.financialYear, run.status])).toEqual([['2025-26', 'completed']]);
    const graphql = await api.graphql(officer, '{ billingRuns { financialYear status billsIssued } }');
    expect(graphql.body.data.billingRuns).toEqual([{ financialYear: '2025-26', status: 'completed', billsIssued: 4 }]);
  });

  it('an unknown year: 404', async () => {
    await as(officer).get('/billing-runs/2019-20').expect(404);
  });

  it('an account that becomes liable inside a claimed chunk before it is billed still gets one bill, with a number of its own', async () => {
    const other = await api.createCouncil('annual-late');
    const otherManager = await api.token(['revenues-manager'], other.code);
    const first = await seedRatedAccount(other.id, { rateableValue: 20_000 });
    const late = await seedRatedAccount(other.id, { rateableValue: 20_000, liableTo: '2024-06-30' });
    const last = await seedRatedAccount(other.id, { rateableValue: 20_000 });
    const run = (await api.http.post('/v1/business-rates/billing-runs').set('authorization', `Bearer ${otherManager}`).send({ financialYear: '2025-26', issuedOn: '2025-03-10' }).expect(202)).body;
    const store = api.app.get(BillingRunStore);
    const actor = { subject: 'test-worker', roles: [], councilId: other.id };
    // The chunk claims the two accounts liable now, and reserves two bill numbers.
    expect(await store.claimChunk(actor, other.id, run.billingRunId, 10, 'test')).toBe(true);
    await inCouncilSql(other.id, (query) => query(`update liabilities set ends_on = null where council_id = $1 and liability_id = $2`, [other.id, late.liabilityId]));
    // A bill issued meanwhile takes the next number after the chunk's two.
    await api.http.post(`/v1/business-rates/accounts/${first.accountReference}/bills`).set('authorization', `Bearer ${otherManager}`).send({ financialYear: '2024-25' }).expect(201);
    // And one for the year itself, by hand, before its value changes behind the register's back: the
    // run's notice for that account comes after it, so must carry a higher number than it.
    const byHand = (await api.http.post(`/v1/business-rates/accounts/${last.accountReference}/bills`).set('authorization', `Bearer ${otherManager}`).send({ financialYear: '2025-26' }).expect(201)).body.notice;
    await inCouncilSql(other.id, (query) =>
      query(`insert into rateable_values (council_id, hereditament_id, effective_from, rateable_value) values ($1, $2, '2025-04-01', 25000)`, [other.id, last.hereditamentId]),
    );
    expect(await takeUpIn(other.id)).toEqual([{ councilId: other.id, financialYear: '2025-26', outcome: 'completed' }]);
    const bills = await inCouncilSql(other.id, (query) =>
      query(`select a.reference, b.bill_number from bills b join accounts a using (council_id, account_id) where b.council_id = $1 and b.billing_run_id is not null`, [other.id]),
    );
    expect(bills.map((bill) => bill.reference).sort()).toEqual([first, late, last].map((account) => account.accountReference).sort());
    expect(new Set(bills.map((bill) => bill.bill_number)).size).toBe(3);
    const afterByHand = bills.find((bill) => bill.reference === last.accountReference);
    expect(Number(afterByHand?.bill_number)).toBeGreaterThan(byHand.billNumber);
  });

  const takeUpIn = (councilId: string) => worker.takeUpUnfinishedRuns({ councilIds: [councilId], chunkSize: 10 });
});

/** Makes every bill-line insert fail (as a full disk or lost connection would) while `work` runs. */
async function withFailingBillLines(work: () => Promise<void>): Promise<void> {
  const owner = await connectAsOwner();
  try {
    await owner.query(`create function test_fail_bill_lines() returns trigger language plpgsql as $$ begin raise exception 'bill lines unavailable (test)'; end $$`);
    await owner.query(`create trigger test_fail_bill_lines before insert on bill_lines for each statement execute function test_fail_bill_lines()`);
    await work();
  } finally {
    await owner.query(`drop trigger if exists test_fail_bill_lines on bill_lines`);
    await owner.query(`drop function if exists test_fail_bill_lines()`);
    await owner.end();
  }
}
