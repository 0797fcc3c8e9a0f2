import type { IsoDate } from '../../../../kernel/src/index.js';
import type { CouncilPolicies } from '../../../../policy-host/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import { draftNotice, type AccountYearPosition, type NoticeDraft } from '../../domain/billing/draft-notice.js';
import { withLocalReliefs, type PolicyWindow } from '../../domain/local-policy/local-reliefs.js';
import { NATIONAL_RATES } from '../../domain/reference/national-rates.data.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';

/** The council's policy as notices for a year and day need it. */
export interface NoticePolicy {
  /** For local reliefs: each version in force during the year, for its days. */
  readonly overYear: readonly PolicyWindow[];
  /** For instalments: the version in force on the day the notices are issued. */
  readonly onIssue: { instalmentsFor(accounts: ReadonlyArray<{ financialYear: string; ratepayerKind: 'company' | 'individual' | 'charity' | 'club'; askedForTwelve: boolean }>): ReadonlyArray<object | null> };
}

export async function noticePolicy(policies: CouncilPolicies, actor: Actor, councilId: string, year: FinancialYear, issuedOn: IsoDate): Promise<NoticePolicy> {
  const [overYear, onIssue] = [await policies.over(actor, councilId, year), await policies.inForce(actor, councilId, issuedOn)];
  return { overYear, onIssue };
}

/**
 * Drafts the notices for many accounts' years under the council's policy: the local schemes'
 * reliefs added to the facts (one question to each plugin for them all), the instalments drawn up
 * as the council's policy says. A plugin that fails fails these notices, never bills without it.
 */
export function draftWithPolicy<P extends AccountYearPosition>(positions: readonly P[], policy: NoticePolicy, issuedOn: IsoDate, fromBillingRun: boolean): Array<{ position: P; draft: () => NoticeDraft | null }> {
  const facts = withLocalReliefs(positions.map((position) => position.facts), policy.overYear);
  const instalments = policy.onIssue.instalmentsFor(
    positions.map((position) => ({
      financialYear: position.facts.year.label,
      ratepayerKind: position.facts.partyKind ?? position.facts.ratepayerType,
      askedForTwelve: position.instalmentPreference === 12,
    })),
  );
  return positions.map((position, index) => ({
    position,
    draft: () => draftNotice(NATIONAL_RATES, { ...position, facts: facts[index] }, issuedOn, fromBillingRun, instalments[index] ?? {}),
  }));
}
