import { addDays, daysInclusive, type IsoDate } from '../../libs/kernel/src/index.js';
import type { Random } from './random.js';

/** A day from `from` to `to`, both included. */
export function randomDate(random: Random, from: IsoDate, to: IsoDate): IsoDate {
  return addDays(from, random.int(0, daysInclusive(from, to) - 1));
}

/** The later of two dates. */
export function later(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
