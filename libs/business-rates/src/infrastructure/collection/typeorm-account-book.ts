import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ConflictError, type IsoDate, type Pence } from '../../../../kernel/src/index.js';
import type { AccountBook, NewPayment } from '../../application/collection/collection-store.port.js';
import type { Allocation, Debt, DebtTarget, PaymentHeld } from '../../domain/collection/allocation.js';
import { pence } from '../billing/pence.js';

/** One account's money inside one transaction, the account row locked by whoever made it. */
export class TypeOrmAccountBook implements AccountBook {
  constructor(
    private readonly db: EntityManager,
    private readonly councilId: string,
    readonly accountId: string,
    readonly reference: string,
  ) {}

  async debts(): Promise<Debt[]> {
    const rows = await this.db.query(
      `select financial_year, case when kind = 'costs' then 'costs' else 'rates' end as target, sum(amount_pence) as charged
         from ledger_entries where council_id = $1 and account_id = $2 and kind in ('charge', 'write-off', 'costs')
        group by 1, 2 order by 1, 2`,
      [this.councilId, this.accountId],
    );
    return rows.map((row: Record<string, string>) => ({ financialYear: row.financial_year, target: row.target as DebtTarget, chargedPence: pence(row.charged) }));
  }

  async payments(): Promise<PaymentHeld[]> {
    const payments = await this.db.query(
      `select payment_id, amount_pence - allocated_pence as unallocated from payments
        where council_id = $1 and account_id = $2 order by received_on, created_at, payment_id`,
      [this.councilId, this.accountId],
    );
    const allocated = await this.db.query(
      `select payment_id, financial_year, target, sum(amount_pence) as amount from allocations
        where council_id = $1 and account_id = $2 and target in ('rates', 'costs') group by 1, 2, 3 having sum(amount_pence) <> 0`,
      [this.councilId, this.accountId],
    );
    return payments.map((payment: Record<string, string>) => ({
      paymentId: payment.payment_id,
      unallocatedPence: pence(payment.unallocated),
      allocated: allocated
        .filter((each: { payment_id: string }) => each.payment_id === payment.payment_id)
        .map((each: Record<string, string>) => ({ financialYear: each.financial_year, target: each.target as DebtTarget, amountPence: pence(each.amount) })),
    }));
  }

  async receive(payment: NewPayment): Promise<void> {
    await insertPayment(this.db, this.councilId, this.accountId, payment);
    await this.post('payment', -payment.amountPence, payment.receivedOn, `Payment received (${payment.method})`, { payment_id: payment.paymentId });
  }

  async takeFromSuspense(paymentId: string): Promise<void> {
    const [payment] = await this.db.query(
      `select amount_pence, received_on::text as received from payments where council_id = $1 and payment_id = $2 and account_id is null for update`,
      [this.councilId, paymentId],
    );
    if (!payment) throw new ConflictError('the payment is no longer in suspense', 'paymentId');
    await this.db.query(`update payments set account_id = $3 where council_id = $1 and payment_id = $2`, [this.councilId, paymentId, this.accountId]);
    await this.post('payment', -pence(payment.amount_pence), payment.received, 'Payment received (from suspense)', { payment_id: paymentId });
  }

  async allocate(allocations: readonly Allocation[], on: IsoDate): Promise<void> {
    if (allocations.length === 0) return;
    await this.db.query(
      `insert into allocations (council_id, allocation_id, payment_id, account_id, target, financial_year, amount_pence, allocated_on)
       select $1, gen_random_uuid(), payment_id, $2, target, financial_year, amount, $3
         from unnest($4::uuid[], $5::text[], $6::text[], $7::bigint[]) as a(payment_id, target, financial_year, amount)`,
      [this.councilId, this.accountId, on, allocations.map((each) => each.paymentId), allocations.map((each) => each.target), allocations.map((each) => each.financialYear), allocations.map((each) => each.amountPence)],
    );
  }

  async refund(refundId: string, amountPence: Pence, on: IsoDate, reason: string, from: ReadonlyArray<{ paymentId: string; amountPence: Pence }>): Promise<void> {
    await this.db.query(`insert into refunds (council_id, refund_id, account_id, amount_pence, refunded_on, reason) values ($1, $2, $3, $4, $5, $6)`, [
      this.councilId, refundId, this.accountId, amountPence, on, reason,
    ]);
    await this.drawFrom(from, 'refund', { refund_id: refundId }, on);
    await this.post('refund', amountPence, on, `Refund: ${reason}`, { refund_id: refundId });
  }

  async transfer(transfer: { transferId: string; toAccountId: string; paymentId: string; amountPence: Pence; on: IsoDate; reason: string }, from: ReadonlyArray<{ paymentId: string; amountPence: Pence }>): Promise<void> {
    const { transferId, toAccountId, paymentId, amountPence, on, reason } = transfer;
    await this.db.query(
      `insert into transfers (council_id, transfer_id, from_account_id, to_account_id, amount_pence, transferred_on, reason) values ($1, $2, $3, $4, $5, $6, $7)`,
      [this.councilId, transferId, this.accountId, toAccountId, amountPence, on, reason],
    );
    await this.drawFrom(from, 'transfer', { transfer_id: transferId }, on);
    await this.post('transfer-out', amountPence, on, `Credit transferred out: ${reason}`, { transfer_id: transferId });
    await insertPayment(this.db, this.councilId, toAccountId, { paymentId, amountPence, receivedOn: on, method: 'transfer', externalReference: null, idempotencyKey: null, quotedReference: null, transferId });
    await this.db.query(
      `insert into ledger_entries (council_id, ledger_entry_id, account_id, posted_on, kind, amount_pence, description, transfer_id, payment_id)
       values ($1, $2, $3, $4, 'transfer-in', $5, $6, $7, $8)`,
      [this.councilId, randomUUID(), toAccountId, on, -amountPence, `Credit transferred in: ${reason}`, transferId, paymentId],
    );
  }

  async writeOff(writeOffId: string, financialYear: string, amountPence: Pence, on: IsoDate, reason: string): Promise<void> {
    await this.db.query(
      `insert into write_offs (council_id, write_off_id, account_id, financial_year, amount_pence, written_off_on, reason) values ($1, $2, $3, $4, $5, $6, $7)`,
      [this.councilId, writeOffId, this.accountId, financialYear, amountPence, on, reason],
    );
    await this.post('write-off', -amountPence, on, `Written off: ${reason}`, { write_off_id: writeOffId, financial_year: financialYear });
  }

  async writtenOff(financialYear: string): Promise<Pence> {
    const [row] = await this.db.query(
      `select coalesce(sum(amount_pence), 0) as total from write_offs where council_id = $1 and account_id = $2 and financial_year = $3`,
      [this.councilId, this.accountId, financialYear],
    );
    return pence(row.total);
  }

  private async drawFrom(from: ReadonlyArray<{ paymentId: string; amountPence: Pence }>, target: 'refund' | 'transfer', source: Record<string, string>, on: IsoDate): Promise<void> {
    const [column, id] = Object.entries(source)[0];
    for (const each of from) {
      await this.db.query(
        `insert into allocations (council_id, allocation_id, payment_id, account_id, target, ${column}, amount_pence, allocated_on) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [this.councilId, randomUUID(), each.paymentId, this.accountId, target, id, each.amountPence, on],
      );
    }
  }

  private async post(kind: string, amountPence: Pence, on: IsoDate, description: string, source: Record<string, string>): Promise<void> {
    const columns = Object.keys(source);
    await this.db.query(
      `insert into ledger_entries (council_id, ledger_entry_id, account_id, posted_on, kind, amount_pence, description, ${columns.join(', ')})
       values ($1, $2, $3, $4, $5, $6, $7, ${columns.map((_, index) => `$${index + 8}`).join(', ')})`,
      [this.councilId, randomUUID(), this.accountId, on, kind, amountPence, description, ...Object.values(source)],
    );
  }
}

/**
 * A payment whose key was posted meanwhile (by a request that committed after this one looked) is a
 * ConflictError, and leaves the transaction usable: the caller can then read the payment that won,
 * even inside a larger unit of work (an import line). A failed insert would abort the transaction.
 */
export async function insertPayment(db: EntityManager, councilId: string, accountId: string | null, payment: NewPayment): Promise<void> {
  const inserted: unknown[] = await db.query(
    `insert into payments (council_id, payment_id, account_id, amount_pence, received_on, method, external_reference, idempotency_key, quoted_reference, transfer_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing returning payment_id`,
    [councilId, payment.paymentId, accountId, payment.amountPence, payment.receivedOn, payment.method, payment.externalReference, payment.idempotencyKey, payment.quotedReference, payment.transferId ?? null],
  );
  if (inserted.length > 0) return;
  const field = payment.idempotencyKey ? 'Idempotency-Key' : 'externalReference';
  throw new ConflictError(`a payment with this ${field === 'Idempotency-Key' ? field : 'external reference'} was recorded meanwhile`, field);
}
