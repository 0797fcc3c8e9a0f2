import { Injectable } from '@nestjs/common';
import { NotFoundError, type IsoDate } from '../../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../../tenancy/src/index.js';
import {
  CollectionStore, type AccountBook, type AccountStatement, type NewPayment, type PaymentMethod, type PaymentRecord,
} from '../../application/collection/collection-store.port.js';
import { pence } from '../billing/pence.js';
import { insertPayment, TypeOrmAccountBook } from './typeorm-account-book.js';

const PAYMENT_COLUMNS = `p.payment_id, a.reference, p.amount_pence, p.received_on::text as received, p.method, p.external_reference,
  p.idempotency_key, p.quoted_reference, p.allocated_pence, p.transfer_id`;

@Injectable()
export class TypeOrmCollectionStore extends CollectionStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  inAccount<T>(actor: Actor, councilId: string, account: { reference: string } | { accountId: string }, work: (book: AccountBook) => Promise<T>, reason?: string): Promise<T> {
    return this.transactions.inCouncil(
      actor,
      councilId,
      async (db) => {
        const [row] = await db.query(
          `select account_id, reference from accounts where council_id = $1 and ${'reference' in account ? 'reference' : 'account_id'} = $2 for update`,
          [councilId, 'reference' in account ? account.reference : account.accountId],
        );
        if (!row) throw new NotFoundError('account', 'reference' in account ? account.reference : account.accountId);
        return work(new TypeOrmAccountBook(db, councilId, row.account_id, row.reference));
      },
      reason,
    );
  }

  findRecordedPayment(actor: Actor, councilId: string, key: { idempotencyKey?: string | null; externalReference?: string | null }): Promise<PaymentRecord | null> {
    if (!key.idempotencyKey && !key.externalReference) return Promise.resolve(null);
    return this.readPayment(actor, councilId, `(p.idempotency_key = $2 or p.external_reference = $3)`, [key.idempotencyKey ?? null, key.externalReference ?? null]);
  }

  findPayment(actor: Actor, councilId: string, paymentId: string): Promise<PaymentRecord | null> {
    return this.readPayment(actor, councilId, `p.payment_id = $2`, [paymentId]);
  }

  holdInSuspense(actor: Actor, councilId: string, payment: NewPayment, reason?: string): Promise<void> {
    return this.transactions.inCouncil(actor, councilId, (db) => insertPayment(db, councilId, null, payment), reason);
  }

  suspensePayments(actor: Actor, councilId: string): Promise<PaymentRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      (await db.query(`select ${PAYMENT_COLUMNS} from payments p left join accounts a using (council_id, account_id) where p.council_id = $1 and p.account_id is null order by p.received_on, p.created_at`, [councilId])).map(toPayment),
    );
  }

  statement(actor: Actor, councilId: string, accountReference: string, asAt: IsoDate): Promise<AccountStatement | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [account] = await db.query(`select account_id from accounts where council_id = $1 and reference = $2`, [councilId, accountReference]);
      if (!account) return null;
      const rows = await db.query(
        `select l.posted_on::text as posted, l.kind, l.description, l.financial_year, l.amount_pence, b.bill_number,
                sum(l.amount_pence) over (order by l.posted_on, l.created_at, l.ledger_entry_id) as balance
           from ledger_entries l left join bills b on b.council_id = l.council_id and b.bill_id = l.bill_id
          where l.council_id = $1 and l.account_id = $2 and l.posted_on <= $3
          order by l.posted_on, l.created_at, l.ledger_entry_id`,
        [councilId, account.account_id, asAt],
      );
      const entries = rows.map((row: Record<string, string | null>) => ({
        postedOn: row.posted as string,
        kind: row.kind as string,
        description: row.description as string,
        financialYear: row.financial_year,
        amountPence: pence(row.amount_pence as string),
        balancePence: pence(row.balance as string),
        billNumber: row.bill_number === null ? null : pence(row.bill_number),
      }));
      return { accountReference, asAt, entries, balancePence: entries.at(-1)?.balancePence ?? 0 };
    });
  }

  private readPayment(actor: Actor, councilId: string, where: string, parameters: unknown[]): Promise<PaymentRecord | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${PAYMENT_COLUMNS} from payments p left join accounts a using (council_id, account_id) where p.council_id = $1 and ${where}`, [councilId, ...parameters]);
      return row ? toPayment(row) : null;
    });
  }
}

function toPayment(row: Record<string, string | null>): PaymentRecord {
  return {
    paymentId: row.payment_id as string,
    accountReference: row.reference ?? null,
    amountPence: pence(row.amount_pence as string),
    receivedOn: row.received as string,
    method: row.method as PaymentMethod,
    externalReference: row.external_reference,
    idempotencyKey: row.idempotency_key,
    quotedReference: row.quoted_reference,
    allocatedPence: pence(row.allocated_pence as string),
    transferId: row.transfer_id ?? undefined,
  };
}
