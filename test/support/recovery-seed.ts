import { randomUUID } from 'node:crypto';
import { connectAsApp } from './database.js';

/**
 * A notice for a past year with one instalment long overdue, written straight into the database as
 * the service's role in the council's context: a recovery run as at any real today finds it in
 * arrears, which a notice issued through the API today (due weeks from now) would not be.
 */
export async function seedOverdueNotice(councilId: string, account: { accountId: string; liabilityId: string }, options: { financialYear: string; dueOn: string; amountPence: number }): Promise<void> {
  const db = await connectAsApp();
  try {
    await db.query('begin');
    await db.query(`select set_config('app.council_id', $1, true), set_config('app.actor', 'test-seed', true)`, [councilId]);
    const billId = randomUUID();
    const { rows: [{ number }] } = await db.query(`select app_next_numbers('bill') as number`);
    const { financialYear, dueOn, amountPence } = options;
    await db.query(
      `insert into bills (council_id, bill_id, bill_number, account_id, financial_year, kind, issued_on, total_pence, year_charge_pence, paid_before_pence)
       values ($1, $2, $3, $4, $5, 'demand', $6, $7, $7, 0)`,
      [councilId, billId, number, account.accountId, financialYear, `${financialYear.slice(0, 4)}-04-01`, amountPence],
    );
    await db.query(
      `insert into bill_lines (council_id, bill_id, line_number, liability_id, code, description, amount_pence, period_start, period_end, rule, legislation, inputs)
       values ($1, $2, 1, $3, 'GROSS_CHARGE', 'Gross charge at the small business multiplier', $4, $5, $5, 'seeded', 'seeded', '{}')`,
      [councilId, billId, account.liabilityId, amountPence, dueOn],
    );
    await db.query(`insert into instalments (council_id, bill_id, instalment_number, due_on, amount_pence) values ($1, $2, 1, $3, $4)`, [councilId, billId, dueOn, amountPence]);
    await db.query(
      `insert into ledger_entries (council_id, ledger_entry_id, account_id, financial_year, posted_on, kind, amount_pence, description, bill_id)
       values ($1, $2, $3, $4, $5, 'charge', $6, 'Seeded demand', $7)`,
      [councilId, randomUUID(), account.accountId, financialYear, `${financialYear.slice(0, 4)}-04-01`, amountPence, billId],
    );
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  } finally {
    await db.end();
  }
}
