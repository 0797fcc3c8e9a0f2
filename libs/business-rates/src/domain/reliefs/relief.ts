import type { Exact } from '../../../../kernel/src/index.js';
import type { LineCode } from '../charge/charge-line.js';

/** A relief the engine grants for a sub-period: the share of what remains that it takes off. */
export interface Relief {
  readonly code: LineCode;
  readonly share: Exact;
  readonly description: string;
  readonly rule: string;
  readonly legislation: string;
  readonly inputs?: Readonly<Record<string, string | number | boolean>>;
}

export const percentOf = (share: Exact) => `${share.times(100).toDecimalPlaces(4).toString()}%`;
