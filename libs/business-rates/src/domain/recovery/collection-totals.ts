import type { Pence } from '../../../../kernel/src/index.js';
import type { LineCode } from '../charge/charge-line.js';

/** A bill line's net amount over every notice for the year, with the description it was last billed under. */
export interface BilledLine {
  readonly liabilityId: string;
  readonly code: LineCode;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly description: string;
  readonly amountPence: Pence;
}

export interface GrossAndReliefs {
  readonly grossByMultiplier: ReadonlyArray<{ readonly multiplier: string; readonly amountPence: Pence }>;
  readonly reliefs: ReadonlyArray<{ readonly code: string; readonly amountPence: Pence }>;
}

const GROSS_CODES: readonly LineCode[] = ['GROSS_CHARGE', 'SUPPLEMENT', 'BUSINESS_RATE_SUPPLEMENT'];

/**
 * The year's gross rates by multiplier and its reliefs by type, from the lines billed (the NNDR
 * returns split gross rates by multiplier from 2024-25). In two-multiplier years a bill shows the
 * standard multiplier as a gross line at the small multiplier plus a SUPPLEMENT line for the same
 * liability and days, so a gross line with a supplement beside it is counted as standard. Every
 * line that is not gross (exemptions and transitional relief included) is a relief, by its code.
 */
export function grossAndReliefs(lines: readonly BilledLine[]): GrossAndReliefs {
  const gross = new Map<string, Pence>();
  const reliefs = new Map<string, Pence>();
  const add = (totals: Map<string, Pence>, name: string, amount: Pence) => totals.set(name, (totals.get(name) ?? 0) + amount);
  const periods = new Map<string, BilledLine[]>();
  for (const line of lines) {
    if (!GROSS_CODES.includes(line.code)) add(reliefs, line.code, line.amountPence);
    else if (line.code === 'BUSINESS_RATE_SUPPLEMENT') add(gross, 'business rate supplement', line.amountPence);
    else {
      const key = `${line.liabilityId}|${line.periodStart}|${line.periodEnd}`;
      periods.set(key, [...(periods.get(key) ?? []), line]);
    }
  }
  for (const group of periods.values()) {
    const charge = group.filter((line) => line.code === 'GROSS_CHARGE');
    const supplement = group.filter((line) => line.code === 'SUPPLEMENT').reduce((sum, line) => sum + line.amountPence, 0);
    const chargePence = charge.reduce((sum, line) => sum + line.amountPence, 0);
    const multiplier = supplement !== 0 ? 'standard multiplier' : multiplierNamed(charge.at(-1)?.description ?? '');
    add(gross, multiplier, chargePence + supplement);
  }
  const listed = (totals: Map<string, Pence>) =>
    [...totals].filter(([, amount]) => amount !== 0).sort(([a], [b]) => a.localeCompare(b)).map(([name, amountPence]) => ({ name, amountPence }));
  return {
    grossByMultiplier: listed(gross).map(({ name, amountPence }) => ({ multiplier: name, amountPence })),
    reliefs: listed(reliefs).map(({ name, amountPence }) => ({ code: name, amountPence })),
  };
}

/** "Gross charge at the small business multiplier" (or its withdrawal) names the small business multiplier. */
function multiplierNamed(description: string): string {
  return description.replace(/^Withdrawn: /, '').replace(/^Gross charge at the /, '') || 'unknown multiplier';
}
