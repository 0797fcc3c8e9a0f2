import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { connectAsApp } from '../support/database.js';
import { TestApi } from '../support/test-api.js';

/**
 * The database itself keeps the money straight, whatever the code above it does: a payment is
 * never allocated beyond its amount, documents are append-only, and bulk inserts are audited.
 */
describe('money integrity in the database', () => {
  let api: TestApi;
  let db: pg.Client;
  let councilId: string;

  beforeAll(async () => {
    api = await TestApi.start();
    councilId = (await api.createCouncil('money')).id;
    db = await connectAsApp();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  /** Runs SQL as the service would: in one transaction, in the council's context, as an actor. */
  async function inCouncil<T>(work: () => Promise<T>): Promise<T> {
    await db.query('begin');
    try {
      await db.query(`select set_config('app.council_id', $1, true), set_config('app.actor', 'money-suite', true)`, [councilId]);
      const result = await work();
      await db.query('commit');
      return result;
    } catch (error) {
      await db.query('rollback');
      throw error;
    }
  }

  async function accountWithPayment(amountPence: number) {
    const partyId = randomUUID();
    const accountId = randomUUID();
    const paymentId = randomUUID();
    await inCouncil(async () => {
      const { rows: [{ number }] } = await db.query(`select app_next_numbers('account') as number`);
      await db.query(`insert into parties (council_id, party_id, kind, name) values ($1, $2, 'company', 'Money Ltd')`, [councilId, partyId]);
      await db.query(`insert into accounts (council_id, account_id, reference, party_id) values ($1, $2, lpad($3::text, 9, '0'), $4)`, [
        councilId, accountId, number, partyId,
      ]);
      await db.query(
        `insert into payments (council_id, payment_id, account_id, amount_pence, received_on, method) values ($1, $2, $3, $4, '2024-05-01', 'card')`,
        [councilId, paymentId, accountId, amountPence],
      );
    });
    return { accountId, paymentId };
  }

  function allocate(accountId: string, paymentId: string, ...amounts: number[]) {
    return inCouncil(() =>
      db.query(
        `insert into allocations (council_id, allocation_id, payment_id, account_id, target, financial_year, amount_pence, allocated_on)
         select $1, gen_random_uuid(), $2, $3, 'rates', '2024-25', amount, '2024-05-01' from unnest($4::bigint[]) amount`,
        [councilId, paymentId, accountId, amounts],
      ),
    );
  }

  it('keeps a running total of what each payment has allocated', async () => {
    const { accountId, paymentId } = await accountWithPayment(10_000);
    await allocate(accountId, paymentId, 6_000, 4_000);
    const { rows: [payment] } = await inCouncil(() => db.query(`select allocated_pence from payments where payment_id = $1`, [paymentId]));
    expect(Number(payment.allocated_pence)).toBe(10_000);
  });

  it('refuses to allocate a payment beyond its amount, in one statement or across several', async () => {
    const { accountId, paymentId } = await accountWithPayment(10_000);
    await expect(allocate(accountId, paymentId, 6_000, 4_001)).rejects.toThrow(/payments_allocated_within_amount/);
    await allocate(accountId, paymentId, 6_000);
    await expect(allocate(accountId, paymentId, 4_001)).rejects.toThrow(/payments_allocated_within_amount/);
  });

  it('refuses to release more than was allocated', async () => {
    const { accountId, paymentId } = await accountWithPayment(10_000);
    await allocate(accountId, paymentId, 3_000);
    await expect(allocate(accountId, paymentId, -3_001)).rejects.toThrow(/payments_allocated_within_amount/);
  });

  it("refuses to allocate a payment to another account's debt", async () => {
    const first = await accountWithPayment(10_000);
    const second = await accountWithPayment(10_000);
    await expect(allocate(second.accountId, first.paymentId, 1_000)).rejects.toThrow(/on the account the payment was made to/);
  });

  it('lets the service neither change nor delete a payment, an allocation or a ledger entry', async () => {
    const { paymentId } = await accountWithPayment(10_000);
    await expect(inCouncil(() => db.query(`update payments set amount_pence = 1 where payment_id = $1`, [paymentId]))).rejects.toThrow(
      /permission denied/,
    );
    await expect(inCouncil(() => db.query(`delete from allocations`))).rejects.toThrow(/permission denied/);
    await expect(inCouncil(() => db.query(`delete from ledger_entries`))).rejects.toThrow(/permission denied/);
  });

  it('audits a multi-row insert row by row, with who and why', async () => {
    const { accountId, paymentId } = await accountWithPayment(10_000);
    await allocate(accountId, paymentId, 1_000, 2_000, 3_000);
    const { rows } = await inCouncil(() =>
      db.query(`select actor, after ->> 'amount_pence' as amount from audit_events
                 where table_name = 'allocations' and after ->> 'payment_id' = $1 order by 2`, [paymentId]),
    );
    expect(rows).toEqual([
      { actor: 'money-suite', amount: '1000' },
      { actor: 'money-suite', amount: '2000' },
      { actor: 'money-suite', amount: '3000' },
    ]);
  });

  it('numbers per council, from 1, with no gaps between reservations', async () => {
    const numbers = await inCouncil(async () => {
      const first = await db.query(`select app_next_numbers('test-numbers', 5) as n`);
      const second = await db.query(`select app_next_numbers('test-numbers') as n`);
      return [Number(first.rows[0].n), Number(second.rows[0].n)];
    });
    expect(numbers).toEqual([1, 6]);
  });
});
