import { ConflictError, ForbiddenError, InvalidInputError, type IsoDate } from '../../../kernel/src/index.js';
import type { GrantAssessment, GrantRisk } from '../../../policy-sdk/src/index.js';

export const GRANT_STATUSES = ['rejected', 'awaiting-officer', 'approved', 'paid'] as const;
/**
 * rejected: not eligible (by the scheme) or refused by an officer. awaiting-officer: eligible but
 * amber or red. approved: eligible and green, or approved by an officer; paid in the next run.
 * paid: in a payment run, which the council's finance system pays.
 */
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const OFFICER_DECISIONS = ['approve', 'reject'] as const;
export type OfficerDecisionKind = (typeof OFFICER_DECISIONS)[number];

export interface OfficerDecision {
  readonly decision: 'approved' | 'rejected';
  /** The officer's subject (from their token), as the audit trail records it. */
  readonly decidedBy: string;
  readonly decidedOn: IsoDate;
  readonly reason: string;
}

/** The triage: not eligible is refused there and then; green is approved without an officer; amber and red wait for one. */
export function triage(assessment: GrantAssessment): GrantStatus {
  if (!assessment.eligible) return 'rejected';
  return assessment.risk === 'green' ? 'approved' : 'awaiting-officer';
}

/** An officer's decision on an application; only one awaiting an officer may be decided (409 otherwise). */
export function decideApplication(
  application: { readonly reference: string; readonly status: GrantStatus; readonly takenBy: string | null },
  decision: { readonly kind: OfficerDecisionKind; readonly reason: string; readonly officer: string; readonly on: IsoDate },
): { readonly status: GrantStatus; readonly officerDecision: OfficerDecision } {
  if (application.status !== 'awaiting-officer') {
    throw new ConflictError(`grant application ${application.reference} is ${application.status}, not awaiting an officer`);
  }
  // Separation of duties: whoever keyed an application in does not also decide it.
  if (application.takenBy !== null && application.takenBy === decision.officer) {
    throw new ForbiddenError(`grant application ${application.reference} was taken by you: another officer decides it`);
  }
  const approved = decision.kind === 'approve';
  return {
    status: approved ? 'approved' : 'rejected',
    officerDecision: { decision: approved ? 'approved' : 'rejected', decidedBy: decision.officer, decidedOn: decision.on, reason: decision.reason },
  };
}

export function checkOfficerDecision(decision: unknown, reason: unknown): { kind: OfficerDecisionKind; reason: string } {
  if (!(OFFICER_DECISIONS as readonly unknown[]).includes(decision)) throw new InvalidInputError('decision', `must be one of ${OFFICER_DECISIONS.join(', ')}`);
  if (typeof reason !== 'string' || reason.trim().length === 0 || reason.length > 500) throw new InvalidInputError('reason', 'an officer gives a reason, of 1 to 500 characters');
  return { kind: decision as OfficerDecisionKind, reason: reason.trim() };
}

/** A reason a caller may give for the audit trail: up to 500 characters. */
export function checkOptionalReason(reason: unknown): string | undefined {
  if (reason !== undefined && (typeof reason !== 'string' || reason.length > 500)) throw new InvalidInputError('reason', 'must be up to 500 characters');
  return reason as string | undefined;
}

/** Application references run from GA-00000001 in each council. */
export function applicationReferenceFor(number: number): string {
  if (!Number.isSafeInteger(number) || number < 1 || number > 99_999_999) throw new RangeError(`no grant application reference for ${number}`);
  return `GA-${String(number).padStart(8, '0')}`;
}

export type { GrantRisk };
