import type { Pence } from '../../../../kernel/src/index.js';
import type { AccountYearFacts } from '../billing/account-year-facts.js';
import { yearLines } from '../billing/draft-notice.js';
import type { NationalRates } from '../reference/national-rates.js';
import { withLocalReliefs, type PolicyWindow } from './local-reliefs.js';

export interface PreviewedAccount {
  readonly accountReference: string;
  /** The year's charge under the policy as it stands, and as it would be. */
  readonly currentPence: Pence;
  readonly proposedPence: Pence;
  readonly differencePence: Pence;
}

export interface PolicyPreview {
  readonly accountsCompared: number;
  readonly accountsChanged: number;
  readonly currentTotalPence: Pence;
  readonly proposedTotalPence: Pence;
  readonly differencePence: Pence;
  /** Every account compared, the largest differences first. */
  readonly accounts: readonly PreviewedAccount[];
}

/** What-if: each account's year charged under the policy as it stands and as proposed, and the totals. */
export function previewPolicy(
  rates: NationalRates,
  accounts: ReadonlyArray<{ readonly accountReference: string; readonly facts: AccountYearFacts }>,
  current: readonly PolicyWindow[],
  proposed: readonly PolicyWindow[],
): PolicyPreview {
  const charged = (windows: readonly PolicyWindow[]) =>
    withLocalReliefs(accounts.map((account) => account.facts), windows).map((facts) => yearLines(rates, facts).reduce((sum, line) => sum + line.amountPence, 0));
  const [before, after] = [charged(current), charged(proposed)];
  const compared = accounts.map((account, index): PreviewedAccount => ({
    accountReference: account.accountReference, currentPence: before[index], proposedPence: after[index], differencePence: after[index] - before[index],
  }));
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return {
    accountsCompared: compared.length,
    accountsChanged: compared.filter((account) => account.differencePence !== 0).length,
    currentTotalPence: sum(before),
    proposedTotalPence: sum(after),
    differencePence: sum(after) - sum(before),
    accounts: [...compared].sort((a, b) => Math.abs(b.differencePence) - Math.abs(a.differencePence) || a.accountReference.localeCompare(b.accountReference)),
  };
}
