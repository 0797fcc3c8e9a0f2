import type { GrantApplicationRecord, GrantPaymentLine, GrantPaymentRunRecord } from '../application/grant-store.port.js';
import type { GrantRisk, GrantStatus, OfficerDecision } from '../domain/grant-application.js';
import type { GrantApplicationRequest } from '../domain/grant-application-request.js';
import { pence } from '../../../database/src/index.js';

type Row = Record<string, never>;

/** An application's columns as reads show them: of the payee's account number, only the last four digits. */
export const APPLICATION_COLUMNS = `g.grant_application_id, g.reference, g.scheme_id, g.quoted_account_reference, g.account_id is not null as account_found,
  g.applicant_name, g.payee_sort_code, right(g.payee_account_number, 4) as account_ending, g.applied_on::text as applied_on, g.eligible,
  g.amount_pence, g.risk, g.reasons, g.status, g.officer_decision, g.decided_by, g.decided_on::text as decided_on, g.decision_reason,
  g.grant_payment_run_id, g.taken_by`;

export function toApplication(row: Row): GrantApplicationRecord {
  return {
    reference: row.reference,
    schemeId: row.scheme_id,
    accountReference: row.quoted_account_reference,
    accountFound: row.account_found,
    applicantName: row.applicant_name,
    payeeSortCode: row.payee_sort_code,
    payeeAccountNumberEnding: row.account_ending,
    appliedOn: row.applied_on,
    eligible: row.eligible,
    amountPence: pence(row.amount_pence),
    risk: row.risk as GrantRisk,
    reasons: row.reasons,
    status: row.status as GrantStatus,
    officerDecision: row.officer_decision
      ? { decision: row.officer_decision as OfficerDecision['decision'], decidedBy: row.decided_by, decidedOn: row.decided_on, reason: row.decision_reason }
      : null,
    paymentRunId: row.grant_payment_run_id ?? null,
    takenBy: row.taken_by ?? null,
  };
}

/** The request an application was made with (full bank details), to compare a replay with. */
export const REQUEST_COLUMNS = `g.scheme_id, g.quoted_account_reference, g.applicant_name, g.payee_sort_code, g.payee_account_number`;

export function toRequest(row: Row): GrantApplicationRequest {
  return {
    schemeId: row.scheme_id,
    accountReference: row.quoted_account_reference,
    applicantName: row.applicant_name,
    payeeSortCode: row.payee_sort_code,
    payeeAccountNumber: row.payee_account_number,
  };
}

/** A payment file line: the full account number, and the account's reference as the register has it. */
export const LINE_COLUMNS = `g.grant_application_id, g.reference, coalesce(a.reference, g.quoted_account_reference) as account_reference,
  g.applicant_name, g.payee_sort_code, g.payee_account_number, g.amount_pence`;

export function toLine(row: Row): GrantPaymentLine {
  return {
    applicationReference: row.reference,
    accountReference: row.account_reference,
    payeeName: row.applicant_name,
    sortCode: row.payee_sort_code,
    accountNumber: row.payee_account_number,
    amountPence: pence(row.amount_pence),
  };
}

export const RUN_COLUMNS = `grant_payment_run_id, scheme_id, run_on::text as run_on, application_count, total_pence`;

export function toRun(row: Row): GrantPaymentRunRecord {
  return {
    paymentRunId: row.grant_payment_run_id,
    schemeId: row.scheme_id,
    runOn: row.run_on,
    applicationCount: row.application_count,
    totalPence: pence(row.total_pence),
  };
}
