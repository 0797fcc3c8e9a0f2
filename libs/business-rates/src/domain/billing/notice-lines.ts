import { formatPence } from '../../../../kernel/src/index.js';
import type { ChargeLine } from '../charge/charge-line.js';

/** A line as billed to an account: the engine's line and the liability it charges. */
export interface NoticeLine extends ChargeLine {
  readonly liabilityId: string;
}

/**
 * Lines are matched across notices by what they charge: the liability, the line's kind, its days
 * and, for a council's local scheme, the scheme (so two schemes, or a scheme and an officer's award,
 * stay two lines that each say what they are).
 */
function keyOf(line: Pick<NoticeLine, 'liabilityId' | 'code' | 'periodStart' | 'periodEnd' | 'inputs'>): string {
  const scheme = line.inputs?.scheme ?? '';
  return `${line.liabilityId}|${line.code}|${line.periodStart}|${line.periodEnd}|${scheme}`;
}

/**
 * Recompute, don't patch: the lines of the next notice are the computed lines less everything
 * already billed, key by key. A key no longer computed is reversed; a changed amount shows its
 * difference; an unchanged one is left out. So the lines of every notice for the year always sum,
 * key by key, to the charge computed from the facts as they stand, and nothing changed means no lines.
 */
export function noticeDifferences(computed: readonly NoticeLine[], billed: readonly NoticeLine[]): NoticeLine[] {
  const billedByKey = new Map<string, { amountPence: number; last: NoticeLine }>();
  for (const line of billed) {
    const key = keyOf(line);
    const sum = billedByKey.get(key);
    billedByKey.set(key, { amountPence: (sum?.amountPence ?? 0) + line.amountPence, last: line });
  }
  const computedByKey = new Map<string, NoticeLine>();
  for (const line of computed) {
    // Two lines of one kind for the same days (two officers' discretionary awards, say) are billed as their sum.
    const key = keyOf(line);
    const same = computedByKey.get(key);
    computedByKey.set(key, same ? { ...same, amountPence: same.amountPence + line.amountPence } : line);
  }
  const differences: NoticeLine[] = [];
  for (const [key, line] of computedByKey) {
    const difference = line.amountPence - (billedByKey.get(key)?.amountPence ?? 0);
    if (difference !== 0) differences.push({ ...line, amountPence: difference });
  }
  for (const [key, { amountPence, last }] of billedByKey) {
    if (computedByKey.has(key) || amountPence === 0) continue;
    differences.push({
      ...last,
      amountPence: -amountPence,
      description: `Withdrawn: ${last.description}`,
      rule: `No longer due on the facts as they now stand; reverses ${formatPence(amountPence)} billed before. Was: ${last.rule}`,
    });
  }
  return differences;
}
