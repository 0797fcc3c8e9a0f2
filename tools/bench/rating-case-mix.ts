import type { FinancialYear, PropertyUse, RatingCase } from '../../libs/business-rates/src/index.js';

/**
 * A deterministic mix shaped like a district council's list: mostly small shops and offices
 * (many with SBRR), some empty, some charities, a few large properties, several years, part-year
 * liabilities, transitional cases and mid-year changes of value.
 */
export function realisticCases(count: number, yearOf: (label: string) => FinancialYear): RatingCase[] {
  const random = seeded(20261122);
  const years = ['2017-18', '2019-20', '2021-22', '2023-24', '2024-25', '2025-26', '2026-27'].map(yearOf);
  const uses: PropertyUse[] = ['retail', 'retail', 'office', 'office', 'industrial', 'hospitality', 'leisure', 'other'];
  return Array.from({ length: count }, () => {
    const year = years[Math.floor(random() * years.length)];
    const roll = random();
    const rv = roll < 0.55 ? 1_000 + Math.floor(random() * 14_000) : roll < 0.9 ? 15_000 + Math.floor(random() * 85_000) : 100_000 + Math.floor(random() * 2_000_000);
    const empty = random() < 0.1;
    const partYear = random() < 0.15;
    const start = partYear ? `${year.start.slice(0, 4)}-${String(4 + Math.floor(random() * 8)).padStart(2, '0')}-15` : year.start;
    const revalued = random() < 0.3 ? [{ from: `${year.start.slice(0, 4)}-10-01`, value: Math.max(0, rv + Math.floor((random() - 0.5) * 4_000)) }] : [];
    return {
      year,
      period: { start, end: year.end },
      rateableValues: [{ from: start, value: rv }, ...revalued],
      occupation: [{ from: start, value: empty ? { occupied: false, emptySince: start } : { occupied: true } }],
      propertyUse: uses[Math.floor(random() * uses.length)],
      listedBuilding: random() < 0.03,
      inLondon: random() < 0.1,
      ratepayer: { type: random() < 0.07 ? 'charity' : 'company', otherProperties: random() < 0.1 ? [{ rateableValue: 2_000 }] : [] },
      previousRateableValue: random() < 0.5 ? Math.floor(rv * (0.7 + random() * 0.5)) : undefined,
      awards: random() < 0.02 ? [{ scheme: 'discretionary', percent: '20' }] : [],
    };
  });
}

/** mulberry32: small, fast, deterministic. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
