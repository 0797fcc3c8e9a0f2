import type { DefectKind } from './manifest.js';
import { Random } from './random.js';

/**
 * Which groups carry which defect: distinct groups (one defect each, so every defective row has
 * one reason), chosen from a stream of their own so the plan does not move the world. Groups are
 * drawn from the first half of the account count, which always exists (a group has one or two accounts).
 */
export function planDefects(seed: number, accounts: number, counts: Partial<Record<DefectKind, number>>): Map<number, DefectKind> {
  const wanted = Object.entries(counts).flatMap(([kind, count]) => Array.from({ length: count ?? 0 }, () => kind as DefectKind));
  const groups = Math.floor(accounts / 2);
  if (wanted.length > groups / 2) throw new Error(`${wanted.length} defects are too many for ${accounts} accounts (at most ${Math.floor(groups / 2)})`);
  const random = Random.for(seed, 0x0def);
  const plan = new Map<number, DefectKind>();
  for (const kind of wanted) {
    let group = random.int(0, groups - 1);
    while (plan.has(group)) group = random.int(0, groups - 1);
    plan.set(group, kind);
  }
  return plan;
}
