import type { CouncilPolicies } from '../../../../policy-host/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { IssuedNotice } from './billing-store.port.js';

/** Notices with the council's wording, as its policy in force on each notice's day words them. */
export async function withWording(policies: CouncilPolicies, actor: Actor, councilId: string, notices: readonly IssuedNotice[]): Promise<IssuedNotice[]> {
  const policyOn = new Map<string, Awaited<ReturnType<CouncilPolicies['inForce']>>>();
  for (const day of new Set(notices.map((notice) => notice.issuedOn))) policyOn.set(day, await policies.inForce(actor, councilId, day));
  return notices.map((notice) => ({ ...notice, wording: policyOn.get(notice.issuedOn)?.noticeWording({ kind: notice.kind, financialYear: notice.financialYear }) }));
}
