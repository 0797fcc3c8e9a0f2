import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../../database/src/index.js';
import { ConflictError, type IsoDate } from '../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import {
  GrantStore, type AssessedApplication, type GrantApplicationFilter, type GrantApplicationRecord, type GrantPaymentRunRecord,
  type GrantPaymentRunWithLines, type RecordedFacts,
} from '../application/grant-store.port.js';
import { applicationReferenceFor, type GrantStatus, type OfficerDecision } from '../domain/grant-application.js';
import type { GrantApplicationRequest } from '../domain/grant-application-request.js';
import { APPLICATION_COLUMNS, LINE_COLUMNS, REQUEST_COLUMNS, RUN_COLUMNS, toApplication, toLine, toRequest, toRun } from './grant-rows.js';
import { pence } from '../../../database/src/index.js';
import { readRecordedFacts } from './recorded-facts.js';

@Injectable()
export class TypeOrmGrantStore extends GrantStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  findByIdempotencyKey(actor: Actor, councilId: string, idempotencyKey: string) {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${APPLICATION_COLUMNS}, ${REQUEST_COLUMNS} from grant_applications g where g.council_id = $1 and g.idempotency_key = $2`, [councilId, idempotencyKey]);
      return row ? { application: toApplication(row), request: toRequest(row) } : null;
    });
  }

  apply(
    actor: Actor, councilId: string, request: GrantApplicationRequest & { readonly appliedOn: IsoDate; readonly idempotencyKey: string | null },
    assess: (facts: RecordedFacts) => AssessedApplication, reason: string,
  ): Promise<GrantApplicationRecord> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      // Another application for the same account, or to the same bank account, waits until this one is recorded:
      // each is assessed knowing of the other. Always the account's lock first, so two cannot deadlock.
      await db.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`grant-account:${councilId}:${request.schemeId}:${request.accountReference}`]);
      await db.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [`grant-bank:${councilId}:${request.payeeSortCode}:${request.payeeAccountNumber}`]);
      const { accountId, ...facts } = await readRecordedFacts(db, councilId, request, request.appliedOn);
      const assessed = assess(facts);
      const [{ number }] = await db.query(`select app_next_numbers('grant-application') as number`);
      const applicationId = randomUUID();
      try {
        await db.query(
          `insert into grant_applications (council_id, grant_application_id, reference, scheme_id, quoted_account_reference, account_id, applicant_name,
                  payee_sort_code, payee_account_number, applied_on, eligible, amount_pence, risk, reasons, status, idempotency_key, taken_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17)`,
          [
            councilId, applicationId, applicationReferenceFor(pence(number)), request.schemeId, request.accountReference, accountId, request.applicantName,
            request.payeeSortCode, request.payeeAccountNumber, request.appliedOn, assessed.eligible, assessed.amountPence, assessed.risk,
            JSON.stringify(assessed.reasons), assessed.status, request.idempotencyKey, actor.subject,
          ],
        );
      } catch (error) {
        if (isUniqueViolation(error, 'grant_applications_idempotency_key_key')) throw new ConflictError('a grant application with this Idempotency-Key was made meanwhile', 'Idempotency-Key');
        throw error;
      }
      return (await findApplication(db, councilId, 'g.grant_application_id = $2', applicationId)) as GrantApplicationRecord;
    }, reason);
  }

  find(actor: Actor, councilId: string, reference: string): Promise<GrantApplicationRecord | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => findApplication(db, councilId, 'g.reference = $2', reference));
  }

  list(actor: Actor, councilId: string, filter: GrantApplicationFilter): Promise<GrantApplicationRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(
        `select ${APPLICATION_COLUMNS} from grant_applications g
          where g.council_id = $1 and ($2::text is null or g.scheme_id = $2) and ($3::text is null or g.status = $3) and ($4::text is null or g.reference > $4)
          order by g.reference limit $5`,
        [councilId, filter.schemeId ?? null, filter.status ?? null, filter.afterReference ?? null, filter.limit],
      );
      return rows.map(toApplication);
    });
  }

  decide(
    actor: Actor, councilId: string, reference: string,
    decide: (application: GrantApplicationRecord) => { status: GrantStatus; officerDecision: OfficerDecision }, reason: string,
  ): Promise<GrantApplicationRecord | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${APPLICATION_COLUMNS} from grant_applications g where g.council_id = $1 and g.reference = $2 for update`, [councilId, reference]);
      if (!row) return null;
      const current = toApplication(row);
      const { status, officerDecision } = decide(current);
      await db.query(
        `update grant_applications set status = $3, officer_decision = $4, decided_by = $5, decided_on = $6, decision_reason = $7, updated_at = now()
          where council_id = $1 and grant_application_id = $2`,
        [councilId, row.grant_application_id, status, officerDecision.decision, officerDecision.decidedBy, officerDecision.decidedOn, officerDecision.reason],
      );
      return { ...current, status, officerDecision };
    }, reason);
  }

  payApproved(actor: Actor, councilId: string, schemeId: string, runOn: IsoDate, reason: string): Promise<GrantPaymentRunWithLines | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      // Locked: a run at the same moment waits, then finds these paid and pays only what it has left.
      const rows = await db.query(
        `select ${LINE_COLUMNS} from grant_applications g left join accounts a using (council_id, account_id)
          where g.council_id = $1 and g.scheme_id = $2 and g.status = 'approved' order by g.reference for update of g`,
        [councilId, schemeId],
      );
      if (rows.length === 0) return null;
      const lines = rows.map(toLine);
      const run: GrantPaymentRunRecord = {
        paymentRunId: randomUUID(), schemeId, runOn, applicationCount: lines.length, totalPence: lines.reduce((total: number, line: { amountPence: number }) => total + line.amountPence, 0),
      };
      await db.query(
        `insert into grant_payment_runs (council_id, grant_payment_run_id, scheme_id, run_on, application_count, total_pence) values ($1, $2, $3, $4, $5, $6)`,
        [councilId, run.paymentRunId, schemeId, runOn, run.applicationCount, run.totalPence],
      );
      await db.query(
        `update grant_applications set status = 'paid', grant_payment_run_id = $2, updated_at = now() where council_id = $1 and grant_application_id = any($3::uuid[])`,
        [councilId, run.paymentRunId, rows.map((row: { grant_application_id: string }) => row.grant_application_id)],
      );
      return { ...run, lines };
    }, reason);
  }

  runs(actor: Actor, councilId: string, schemeId?: string): Promise<GrantPaymentRunRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      (await db.query(
        `select ${RUN_COLUMNS} from grant_payment_runs where council_id = $1 and ($2::text is null or scheme_id = $2) order by run_on desc, created_at desc`,
        [councilId, schemeId ?? null],
      )).map(toRun),
    );
  }

  run(actor: Actor, councilId: string, paymentRunId: string): Promise<GrantPaymentRunWithLines | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${RUN_COLUMNS} from grant_payment_runs where council_id = $1 and grant_payment_run_id = $2`, [councilId, paymentRunId]);
      if (!row) return null;
      const lines = await db.query(
        `select ${LINE_COLUMNS} from grant_applications g left join accounts a using (council_id, account_id)
          where g.council_id = $1 and g.grant_payment_run_id = $2 order by g.reference`,
        [councilId, paymentRunId],
      );
      return { ...toRun(row), lines: lines.map(toLine) };
    });
  }
}

async function findApplication(db: EntityManager, councilId: string, where: string, key: string): Promise<GrantApplicationRecord | null> {
  const [row] = await db.query(`select ${APPLICATION_COLUMNS} from grant_applications g where g.council_id = $1 and ${where}`, [councilId, key]);
  return row ? toApplication(row) : null;
}
