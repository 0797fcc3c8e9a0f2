import { describe, expect, it } from '@jest/globals';
import { cappedDifferences, reconciliationsPage } from './migration-reconciliations.js';

describe("a migration load's reconciliations on its admin page", () => {
  const list = (listed: number, differing: number) => ({ accountsDiffering: differing, differences: Array.from({ length: listed }, (_, index) => `A${index}`) });

  it('shows the first differences and counts the rest, including those the report counted but did not list', () => {
    expect(cappedDifferences(list(3, 3), 25)).toEqual({ shown: ['A0', 'A1', 'A2'], more: 0 });
    expect(cappedDifferences(list(30, 30), 25)).toEqual({ shown: list(25, 0).differences, more: 5 });
    expect(cappedDifferences(list(10, 12_000), 25)).toEqual({ shown: list(10, 0).differences, more: 11_990 });
  });

  it('shows the latest reconciliation in full and lists the earlier ones, latest first', () => {
    const report = (producedAt: string) => ({ producedAt, balances: list(0, 0), shadowBilling: list(1, 1) });
    const page = reconciliationsPage([report('2026-11-01'), report('2026-11-02'), report('2026-11-03')]);
    expect(page.latest?.producedAt).toBe('2026-11-03');
    expect(page.latest?.shadowDifferences).toEqual({ shown: ['A0'], more: 0 });
    expect(page.earlier.map((earlier) => earlier.producedAt)).toEqual(['2026-11-02', '2026-11-01']);
    expect(reconciliationsPage([])).toEqual({ latest: null, earlier: [] });
  });
});
