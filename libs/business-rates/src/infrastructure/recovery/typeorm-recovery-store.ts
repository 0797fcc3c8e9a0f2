import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IsoDate } from '../../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../../tenancy/src/index.js';
import { RecoveryStore, type AccountYear, type IssuedStep, type RecoveryStageRecord, type YearMoney } from '../../application/recovery/recovery-store.port.js';
import type { BilledLine } from '../../domain/recovery/collection-totals.js';
import type { AccountYearArrears, RecoveryStageName, StageToIssue } from '../../domain/recovery/next-recovery-step.js';
import type { RecoveryPolicy } from '../../domain/recovery/recovery-policy.js';
import { pence } from '../billing/pence.js';
import { accountYearKey, readArrears } from './account-year-arrears.js';

const STAGE_NAMES: Record<RecoveryStageName, string> = {
  reminder: 'Reminder', 'final-notice': 'Final notice', summons: 'Summons costs', 'liability-order': 'Liability order costs',
};

@Injectable()
export class TypeOrmRecoveryStore extends RecoveryStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  councilPolicy(actor: Actor, councilId: string, asAt: IsoDate): Promise<(RecoveryPolicy & { effectiveFrom: IsoDate }) | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `select effective_from::text as effective, reminder_after_days, reminders_per_year, days_to_pay, days_to_hearing,
                summons_costs_pence, liability_order_costs_pence, minimum_summons_arrears_pence
           from recovery_policies where council_id = $1 and effective_from <= $2 order by effective_from desc limit 1`,
        [councilId, asAt],
      );
      if (!row) return null;
      return {
        effectiveFrom: row.effective,
        reminderAfterDays: row.reminder_after_days,
        remindersPerYear: row.reminders_per_year,
        daysToPay: row.days_to_pay,
        daysToHearing: row.days_to_hearing,
        summonsCostsPence: pence(row.summons_costs_pence),
        liabilityOrderCostsPence: pence(row.liability_order_costs_pence),
        minimumSummonsArrearsPence: pence(row.minimum_summons_arrears_pence),
      };
    });
  }

  setPolicy(actor: Actor, councilId: string, effectiveFrom: IsoDate, policy: RecoveryPolicy, reason: string): Promise<void> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      await db.query(
        `insert into recovery_policies (council_id, effective_from, reminder_after_days, reminders_per_year, days_to_pay, days_to_hearing,
                summons_costs_pence, liability_order_costs_pence, minimum_summons_arrears_pence)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         on conflict (council_id, effective_from) do update set
           reminder_after_days = excluded.reminder_after_days, reminders_per_year = excluded.reminders_per_year,
           days_to_pay = excluded.days_to_pay, days_to_hearing = excluded.days_to_hearing,
           summons_costs_pence = excluded.summons_costs_pence, liability_order_costs_pence = excluded.liability_order_costs_pence,
           minimum_summons_arrears_pence = excluded.minimum_summons_arrears_pence, updated_at = now()`,
        [
          councilId, effectiveFrom, policy.reminderAfterDays, policy.remindersPerYear, policy.daysToPay, policy.daysToHearing,
          policy.summonsCostsPence, policy.liabilityOrderCostsPence, policy.minimumSummonsArrearsPence,
        ],
      );
    }, reason);
  }

  accountYearsOwing(actor: Actor, councilId: string): Promise<Array<{ accountId: string; financialYear: string }>> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(
        `with debts as (
           select account_id, financial_year, sum(amount_pence) as owed from ledger_entries
            where council_id = $1 and kind in ('charge', 'write-off', 'costs') group by 1, 2),
         paid as (
           select account_id, financial_year, sum(amount_pence) as paid from allocations
            where council_id = $1 and target in ('rates', 'costs') group by 1, 2)
         select d.account_id, d.financial_year from debts d left join paid p using (account_id, financial_year)
          where d.owed - coalesce(p.paid, 0) > 0 order by d.financial_year, d.account_id`,
        [councilId],
      );
      return rows.map((row: Record<string, string>) => ({ accountId: row.account_id, financialYear: row.financial_year }));
    });
  }

  issueNextStages(
    actor: Actor, councilId: string, accountYears: readonly AccountYear[], on: IsoDate,
    decide: (year: AccountYearArrears) => StageToIssue | null, reason: string,
  ): Promise<IssuedStep[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      // The accounts are locked (in one order, so two runs cannot deadlock): a payment or another run cannot change a year between reading and issuing.
      await db.query(`select account_id from accounts where council_id = $1 and account_id = any($2) order by account_id for update`, [
        councilId, [...new Set(accountYears.map((each) => each.accountId))],
      ]);
      const arrears = await readArrears(db, councilId, accountYears);
      const issued = accountYears.flatMap((accountYear): IssuedStep[] => {
        const year = arrears.get(accountYearKey(accountYear));
        const step = year ? decide(year) : null;
        return step ? [{ ...accountYear, step, recoveryStageId: randomUUID() }] : [];
      });
      if (issued.length === 0) return [];
      await db.query(
        `insert into recovery_stages (council_id, recovery_stage_id, account_id, financial_year, stage, issued_on, arrears_pence, costs_pence, pay_by, hearing_on)
         select $1, id, account_id, financial_year, stage, $2, arrears, costs, pay_by, hearing_on
           from unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::date[], $10::date[])
             as s(id, account_id, financial_year, stage, arrears, costs, pay_by, hearing_on)`,
        [
          councilId, on, issued.map((each) => each.recoveryStageId), issued.map((each) => each.accountId), issued.map((each) => each.financialYear),
          issued.map((each) => each.step.stage), issued.map((each) => each.step.arrearsPence), issued.map((each) => each.step.costsPence),
          issued.map((each) => each.step.payBy), issued.map((each) => each.step.hearingOn),
        ],
      );
      const costs = issued.filter((each) => each.step.costsPence > 0);
      if (costs.length > 0) {
        await db.query(
          `insert into ledger_entries (council_id, ledger_entry_id, account_id, financial_year, posted_on, kind, amount_pence, description, recovery_stage_id)
           select $1, gen_random_uuid(), account_id, financial_year, $2, 'costs', amount, description, stage_id
             from unnest($3::uuid[], $4::text[], $5::bigint[], $6::text[], $7::uuid[]) as c(account_id, financial_year, amount, description, stage_id)`,
          [
            councilId, on, costs.map((each) => each.accountId), costs.map((each) => each.financialYear), costs.map((each) => each.step.costsPence),
            costs.map((each) => `${STAGE_NAMES[each.step.stage]} ${each.financialYear}`), costs.map((each) => each.recoveryStageId),
          ],
        );
      }
      return issued;
    }, reason);
  }

  stagesOf(actor: Actor, councilId: string, accountReference: string): Promise<RecoveryStageRecord[] | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [account] = await db.query(`select account_id from accounts where council_id = $1 and reference = $2`, [councilId, accountReference]);
      if (!account) return null;
      const rows = await db.query(
        `select recovery_stage_id, financial_year, stage, issued_on::text as issued, arrears_pence, costs_pence, pay_by::text as pay_by, hearing_on::text as hearing
           from recovery_stages where council_id = $1 and account_id = $2 order by issued_on, created_at, recovery_stage_id`,
        [councilId, account.account_id],
      );
      return rows.map((row: Record<string, string | null>) => ({
        recoveryStageId: row.recovery_stage_id as string,
        accountReference,
        financialYear: row.financial_year as string,
        stage: row.stage as RecoveryStageName,
        issuedOn: row.issued as string,
        arrearsPence: pence(row.arrears_pence as string),
        costsPence: pence(row.costs_pence as string),
        payBy: row.pay_by as string,
        hearingOn: row.hearing,
      }));
    });
  }

  yearMoney(actor: Actor, councilId: string, financialYear: string): Promise<YearMoney> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      // Notices carry differences, so each line is netted over every notice for the year.
      const lines = await db.query(
        `select l.liability_id, l.code, l.period_start::text as period_start, l.period_end::text as period_end, sum(l.amount_pence) as amount,
                (array_agg(l.description order by b.bill_number desc, l.line_number desc))[1] as description
           from bill_lines l join bills b on b.council_id = l.council_id and b.bill_id = l.bill_id
          where l.council_id = $1 and b.financial_year = $2
          group by 1, 2, 3, 4 order by 1, 3, 4, 2`,
        [councilId, financialYear],
      );
      const [ledger] = await db.query(
        `select coalesce(sum(amount_pence) filter (where kind = 'charge'), 0) as charged,
                coalesce(-sum(amount_pence) filter (where kind = 'write-off'), 0) as written_off,
                coalesce(sum(amount_pence) filter (where kind = 'costs'), 0) as costs
           from ledger_entries where council_id = $1 and financial_year = $2`,
        [councilId, financialYear],
      );
      const [allocated] = await db.query(
        `select coalesce(sum(amount_pence) filter (where target = 'rates'), 0) as rates, coalesce(sum(amount_pence) filter (where target = 'costs'), 0) as costs
           from allocations where council_id = $1 and financial_year = $2`,
        [councilId, financialYear],
      );
      return {
        billedLines: lines.map((row: Record<string, string>): BilledLine => ({
          liabilityId: row.liability_id,
          code: row.code as BilledLine['code'],
          periodStart: row.period_start,
          periodEnd: row.period_end,
          description: row.description,
          amountPence: pence(row.amount),
        })),
        chargedPence: pence(ledger.charged),
        writtenOffPence: pence(ledger.written_off),
        costsChargedPence: pence(ledger.costs),
        collectedPence: pence(allocated.rates),
        costsCollectedPence: pence(allocated.costs),
      };
    });
  }
}
