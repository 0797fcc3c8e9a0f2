import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { connectAsOwner } from '../../support/database.js';
import { TestApi } from '../../support/test-api.js';

const ALLPAY_HEADER = 'Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel';

/**
 * The same key posted from another source at the same moment as an import line. To make "the same
 * moment" certain, the account is held locked while both start: the other source's payment queues
 * first, the import's line behind it, so the line finds its key taken after it looked and found none.
 */
describe('payment file import racing another source for the same key', () => {
  let api: TestApi;
  let token: string;
  let councilId: string;

  const upload = (fileName: string, content: string) =>
    api.http.post(`/v1/business-rates/payment-imports?format=allpay&fileName=${fileName}`).set('authorization', `Bearer ${token}`).set('content-type', 'text/csv').send(content);
  const payDirectly = (key: string, accountReference: string, amountPence: number) =>
    api.http.post('/v1/business-rates/payments').set('authorization', `Bearer ${token}`).set('idempotency-key', key)
      .send({ accountReference, amountPence, receivedOn: '2026-04-01', method: 'cash' });

  beforeAll(async () => {
    api = await TestApi.start();
    const council = await api.createCouncil('import-race');
    councilId = council.id;
    token = await api.token(['integration'], council.code);
  });
  afterAll(() => api.close());

  /** Sends the direct payment, then the import, each once the one before is queued behind the locked account; then lets them go. */
  async function race(account: SeededAccount, directPence: number, file: string) {
    const lock = await connectAsOwner();
    try {
      await lock.query('begin');
      await lock.query(`select 1 from accounts where council_id = $1 and reference = $2 for update`, [councilId, account.accountReference]);
      const direct = payDirectly(`allpay:${account.accountReference}`, account.accountReference, directPence).then((response) => response);
      const directWaiting = await waitForWaiter(lock, []);
      const imported = upload(`race-${account.accountReference}.csv`, file).then((response) => response);
      await waitForWaiter(lock, [directWaiting]);
      await lock.query('commit');
      return { direct: await direct, imported: await imported };
    } finally {
      await lock.end();
    }
  }

  it('counts the line as already posted when the other source posted the same payment', async () => {
    const account = await seedRatedAccount(councilId, { rateableValue: 15_000 });
    const file = [ALLPAY_HEADER, `${account.accountReference},ORV,2026-04-01,${account.accountReference},120.50,PAYPOINT`].join('\n');
    const { direct, imported } = await race(account, 12_050, file);
    expect(direct.status).toBe(201);
    expect(imported.status).toBe(201);
    expect(imported.body.import).toMatchObject({ linesDone: 1, postedCount: 0, alreadyPostedCount: 1, alreadyPostedPence: 12_050, completedAt: expect.any(String) });
  });

  it('refuses the line with a 409 naming the line and the key when the other source posted a different payment under it', async () => {
    const account = await seedRatedAccount(councilId, { rateableValue: 15_000 });
    const file = [ALLPAY_HEADER, `${account.accountReference},ORV,2026-04-01,${account.accountReference},120.50,PAYPOINT`].join('\n');
    const { direct, imported } = await race(account, 999, file);
    expect(direct.status).toBe(201);
    expect(imported.status).toBe(409);
    expect(imported.body.message).toContain('line 2');
    expect(imported.body.message).toContain(`allpay:${account.accountReference}`);
    const [record] = (await api.http.get('/v1/business-rates/payment-imports?limit=1').set('authorization', `Bearer ${token}`).expect(200)).body;
    expect(record).toMatchObject({ fileName: `race-${account.accountReference}.csv`, linesDone: 0, completedAt: null });
  });

  it('keeps the lines before a refused one posted, though they were sent in one transaction with it', async () => {
    const account = await seedRatedAccount(councilId, { rateableValue: 15_000 });
    const ref = account.accountReference;
    await payDirectly(`allpay:TAKEN-${ref}`, ref, 999).expect(201);
    const file = [ALLPAY_HEADER, `BEFORE-${ref},ORV,2026-04-01,${ref},1.00,PAYPOINT`, `TAKEN-${ref},ORV,2026-04-01,${ref},2.00,PAYPOINT`, `AFTER-${ref},ORV,2026-04-01,${ref},3.00,PAYPOINT`].join('\n');
    const refused = await upload(`taken-${ref}.csv`, file).expect(409);
    expect(refused.body.message).toContain(`line 3 (key allpay:TAKEN-${ref})`);
    const [record] = (await api.http.get('/v1/business-rates/payment-imports?limit=1').set('authorization', `Bearer ${token}`).expect(200)).body;
    expect(record).toMatchObject({ fileName: `taken-${ref}.csv`, linesDone: 1, postedPence: 100, completedAt: null });
  });
});

/** The backend session queued behind the lock holder (or behind those already queued), other than those already seen. */
async function waitForWaiter(lock: pg.Client, seen: number[]): Promise<number> {
  const { rows: [{ pid: holder }] } = await lock.query<{ pid: number }>('select pg_backend_pid() as pid');
  for (let attempt = 0; attempt < 200; attempt += 1) {
    // The lock holder is in a transaction, where the activity view is a snapshot unless cleared.
    await lock.query('select pg_stat_clear_snapshot()');
    const { rows } = await lock.query<{ pid: number }>(
      `select pid from pg_stat_activity where pid <> all($2::int[]) and pg_blocking_pids(pid) && ($1::int || $2::int[])`,
      [holder, seen],
    );
    if (rows.length > 0) return rows[0].pid;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('no request queued behind the locked account');
}
