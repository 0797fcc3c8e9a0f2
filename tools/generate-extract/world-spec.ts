import type { FinancialYear } from '../../libs/business-rates/src/index.js';
import type { IsoDate } from '../../libs/kernel/src/index.js';
import type { DefectKind } from './manifest.js';

/** What every format writer needs: the world's size and seed, the year, and which groups carry which defect. */
export interface WorldSpec {
  readonly seed: number;
  readonly accounts: number;
  readonly asOf: IsoDate;
  readonly year: FinancialYear;
  /** Group number → the one defect injected there. */
  readonly defectPlan: ReadonlyMap<number, DefectKind>;
}
