import { isIsoDate } from '../../../kernel/src/index.js';
import { isPercentText } from '../../../policy-sdk/src/index.js';
import type {
  GrantAssessment, InstalmentPolicyDecision, LocalReliefDecision, NoticeWordingDecision, RecoveryPolicyDecision, WriteOffPolicyDecision,
} from '../../../policy-sdk/src/index.js';

/**
 * The core as gatekeeper: a plugin's answer is used only if it has the allowed fields and nothing
 * else, each of the allowed type and range. Anything else is a reason the answer is refused; the
 * caller turns it into a PolicyPluginError naming the plugin. A plugin can so never reach the
 * rateable value, the liability period or the account, whatever it returns.
 */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };


function shape(answer: unknown, allowed: readonly string[]): string | null {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) return 'answered with something other than an object';
  // Decisions are synchronous: a promise (an async decision) is not an answer.
  if (typeof (answer as { then?: unknown }).then === 'function') return 'answered with a promise: decisions must return their answer, not wait for one';
  const extra = Object.keys(answer).filter((key) => !allowed.includes(key));
  return extra.length > 0 ? `returned ${extra.map((key) => `'${key}'`).join(', ')}, which plugins may not set (allowed: ${allowed.join(', ')})` : null;
}

const wholeIn = (value: unknown, min: number, max: number) => Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
const text = (value: unknown, max: number) => typeof value === 'string' && value.trim().length > 0 && value.length <= max;

const RELIEF_FIELDS = ['scheme', 'kind', 'percent', 'annualAmountPence', 'startsOn', 'endsOn', 'ruleReference'] as const;

export function checkLocalReliefs(answer: unknown): Checked<LocalReliefDecision[]> {
  if (!Array.isArray(answer)) return { ok: false, reason: 'local reliefs must be a list' };
  const reliefs: LocalReliefDecision[] = [];
  for (const [index, relief] of answer.entries()) {
    const problem = shape(relief, RELIEF_FIELDS) ?? reliefProblem(relief as LocalReliefDecision);
    if (problem) return { ok: false, reason: `relief ${index + 1}: ${problem}` };
    if (reliefs.some((earlier) => earlier.scheme === (relief as LocalReliefDecision).scheme)) return { ok: false, reason: `relief ${index + 1}: a second relief under the scheme '${(relief as LocalReliefDecision).scheme}' for the same days` };
    reliefs.push(relief as LocalReliefDecision);
  }
  return { ok: true, value: reliefs };
}

function reliefProblem(relief: LocalReliefDecision): string | null {
  if (!text(relief.scheme, 60)) return 'scheme must be a name of 1 to 60 characters';
  if (relief.kind !== 'discretionary' && relief.kind !== 'hardship') return "kind must be 'discretionary' or 'hardship'";
  if ((relief.percent === undefined) === (relief.annualAmountPence === undefined)) return 'give a percent or an annualAmountPence, not both or neither';
  if (relief.percent !== undefined && (!isPercentText(relief.percent) || Number(relief.percent) === 0)) {
    return 'percent must be text from "0.01" to "100", at most two decimal places';
  }
  if (relief.annualAmountPence !== undefined && !wholeIn(relief.annualAmountPence, 1, 100_000_000)) return 'annualAmountPence must be whole pence from 1 to 100000000';
  if (relief.startsOn !== undefined && !isIsoDate(relief.startsOn)) return 'startsOn must be a date such as 2025-04-01';
  if (relief.endsOn !== undefined && relief.endsOn !== null && !isIsoDate(relief.endsOn)) return 'endsOn must be a date or null';
  if (relief.startsOn && relief.endsOn && relief.endsOn < relief.startsOn) return 'endsOn is before startsOn';
  if (!text(relief.ruleReference, 200)) return 'ruleReference must say, in 1 to 200 characters, what decision the relief rests on';
  return null;
}

export function checkInstalments(answer: unknown): Checked<InstalmentPolicyDecision> {
  const problem = shape(answer, ['defaultCount', 'dayOfMonth', 'minimumInstalmentPence']);
  if (problem) return { ok: false, reason: problem };
  const decision = answer as InstalmentPolicyDecision;
  if (decision.defaultCount !== undefined && decision.defaultCount !== 10 && decision.defaultCount !== 12) return { ok: false, reason: 'defaultCount must be 10 or 12' };
  if (decision.dayOfMonth !== undefined && !wholeIn(decision.dayOfMonth, 1, 28)) return { ok: false, reason: 'dayOfMonth must be a whole number from 1 to 28' };
  // The law lets a notice ask for fewer instalments only where they would be under £50 (Sch 1 para 3, as the reference reads it).
  if (decision.minimumInstalmentPence !== undefined && !wholeIn(decision.minimumInstalmentPence, 0, 5_000)) {
    return { ok: false, reason: 'minimumInstalmentPence must be whole pence from 0 to 5000 (fewer instalments are allowed only where they would be under £50)' };
  }
  return { ok: true, value: decision };
}

const RECOVERY_FIELDS = [
  'reminderAfterDays', 'remindersPerYear', 'daysToPay', 'daysToHearing', 'summonsCostsPence', 'liabilityOrderCostsPence', 'minimumSummonsArrearsPence',
] as const;

/** Whole numbers only here; the recovery rules' own limits (reg 8's days, say) are checked where they are used. */
export function checkRecovery(answer: unknown): Checked<RecoveryPolicyDecision> {
  const problem = shape(answer, RECOVERY_FIELDS);
  if (problem) return { ok: false, reason: problem };
  const bad = RECOVERY_FIELDS.find((field) => (answer as Record<string, unknown>)[field] !== undefined && !wholeIn((answer as Record<string, unknown>)[field], 0, 1_000_000));
  return bad ? { ok: false, reason: `${bad} must be a whole number from 0 to 1000000` } : { ok: true, value: answer as RecoveryPolicyDecision };
}

export function checkWriteOffs(answer: unknown): Checked<WriteOffPolicyDecision> {
  const problem = shape(answer, ['officerLimitPence']);
  if (problem) return { ok: false, reason: problem };
  const limit = (answer as WriteOffPolicyDecision).officerLimitPence;
  return limit !== undefined && !wholeIn(limit, 0, 100_000_000) ? { ok: false, reason: 'officerLimitPence must be whole pence from 0 to 100000000' } : { ok: true, value: answer as WriteOffPolicyDecision };
}

export function checkNoticeWording(answer: unknown): Checked<NoticeWordingDecision> {
  const fields = ['heading', 'paymentInstructions', 'contactDetails'] as const;
  const problem = shape(answer, fields);
  if (problem) return { ok: false, reason: problem };
  const bad = fields.find((field) => (answer as Record<string, unknown>)[field] !== undefined && !text((answer as Record<string, unknown>)[field], 1000));
  return bad ? { ok: false, reason: `${bad} must be text of 1 to 1000 characters` } : { ok: true, value: answer as NoticeWordingDecision };
}

export function checkGrantAssessment(answer: unknown): Checked<GrantAssessment> {
  const problem = shape(answer, ['eligible', 'amountPence', 'risk', 'reasons']);
  if (problem) return { ok: false, reason: problem };
  const assessment = answer as GrantAssessment;
  if (typeof assessment.eligible !== 'boolean') return { ok: false, reason: 'eligible must be true or false' };
  if (!wholeIn(assessment.amountPence, 0, 100_000_000)) return { ok: false, reason: 'amountPence must be whole pence from 0 to 100000000' };
  if (!assessment.eligible && assessment.amountPence !== 0) return { ok: false, reason: 'an application that is not eligible is for 0 pence' };
  if (assessment.eligible && assessment.amountPence === 0) return { ok: false, reason: 'an eligible application is for more than 0 pence' };
  if (!['green', 'amber', 'red'].includes(assessment.risk)) return { ok: false, reason: "risk must be 'green', 'amber' or 'red'" };
  if (!Array.isArray(assessment.reasons) || assessment.reasons.length === 0 || !assessment.reasons.every((reason) => text(reason, 300))) {
    return { ok: false, reason: 'reasons must be a list of one or more texts of at most 300 characters' };
  }
  return { ok: true, value: assessment };
}
