/**
 * An exact rational number: a BigInt numerator over a positive BigInt denominator. Sums, products
 * and quotients are exact (a share such as 7/12 stays 7/12); rounding happens only when asked
 * (`toDecimalPlaces`, `toFixed`), half away from zero. Chosen over a decimal library for speed:
 * the rating engine does about thirty of these operations per hereditament-year (ADR 0008).
 */
export class Exact {
  readonly numerator: bigint;
  readonly denominator: bigint;

  /** From a decimal ("0.499"), a safe integer or another Exact; or, given a denominator, the fraction value / denominator. */
  constructor(value: Operand, denominator?: bigint) {
    if (denominator !== undefined) {
      if (typeof value !== 'bigint') throw new TypeError('a fraction needs a bigint numerator');
      if (denominator === 0n) throw new RangeError('division by zero');
      this.numerator = denominator < 0n ? -value : value;
      this.denominator = denominator < 0n ? -denominator : denominator;
      return;
    }
    if (value instanceof Exact) {
      this.numerator = value.numerator;
      this.denominator = value.denominator;
      return;
    }
    if (typeof value === 'bigint' || (typeof value === 'number' && Number.isSafeInteger(value))) {
      this.numerator = BigInt(value);
      this.denominator = 1n;
      return;
    }
    const text = String(value);
    const match = DECIMAL.exec(text);
    if (!match) throw new RangeError(`"${text}" is not a decimal number`);
    const [, sign, whole, fraction = ''] = match;
    this.numerator = BigInt(`${sign}${whole}${fraction}`);
    this.denominator = powerOfTen(fraction.length);
  }

  /** n / d, reduced to lowest terms once the numbers grow large. */
  static fraction(numerator: bigint, denominator: bigint): Exact {
    return reduceIfLarge(new Exact(numerator, denominator));
  }

  static min(a: Operand, b: Operand): Exact {
    const [x, y] = [toExact(a), toExact(b)];
    return x.lte(y) ? x : y;
  }

  static max(a: Operand, b: Operand): Exact {
    const [x, y] = [toExact(a), toExact(b)];
    return x.gt(y) ? x : y;
  }

  plus(other: Operand): Exact {
    const o = toExact(other);
    if (o.denominator === this.denominator) return Exact.fraction(this.numerator + o.numerator, this.denominator);
    return Exact.fraction(this.numerator * o.denominator + o.numerator * this.denominator, this.denominator * o.denominator);
  }

  minus(other: Operand): Exact {
    return this.plus(toExact(other).negated());
  }

  times(other: Operand): Exact {
    const o = toExact(other);
    return Exact.fraction(this.numerator * o.numerator, this.denominator * o.denominator);
  }

  div(other: Operand): Exact {
    const o = toExact(other);
    return Exact.fraction(this.numerator * o.denominator, this.denominator * o.numerator);
  }

  negated(): Exact {
    return Exact.fraction(-this.numerator, this.denominator);
  }

  abs(): Exact {
    return this.numerator < 0n ? this.negated() : this;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  isPositive(): boolean {
    return this.numerator > 0n;
  }

  isNegative(): boolean {
    return this.numerator < 0n;
  }

  isInteger(): boolean {
    return this.numerator % this.denominator === 0n;
  }

  compare(other: Operand): -1 | 0 | 1 {
    const o = toExact(other);
    const left = this.numerator * o.denominator;
    const right = o.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  gt(other: Operand): boolean {
    return this.compare(other) > 0;
  }

  lt(other: Operand): boolean {
    return this.compare(other) < 0;
  }

  lte(other: Operand): boolean {
    return this.compare(other) <= 0;
  }

  /** Rounded to `places` decimal places, half away from zero (so -0.005 → -0.01, as 0.005 → 0.01). */
  toDecimalPlaces(places: number): Exact {
    const scale = powerOfTen(places);
    const scaled = this.numerator * scale;
    const magnitude = scaled < 0n ? -scaled : scaled;
    let units = magnitude / this.denominator;
    if ((magnitude % this.denominator) * 2n >= this.denominator) units += 1n;
    return Exact.fraction(scaled < 0n ? -units : units, scale);
  }

  /** Decimal text with exactly `places` decimals, rounded half away from zero. */
  toFixed(places: number): string {
    const rounded = this.toDecimalPlaces(places);
    const scale = powerOfTen(places);
    const units = (rounded.numerator * scale) / rounded.denominator;
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return negative ? `-${text}` : text;
  }

  /** A whole number as a JavaScript number; anything else is refused (no floating point for money). */
  toNumber(): number {
    if (!this.isInteger()) throw new RangeError(`${this.toString()} is not a whole number`);
    const value = this.numerator / this.denominator;
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) throw new RangeError('too large for a number');
    return Number(value);
  }

  /** The exact decimal when it terminates (0.499, 1.12035), otherwise ten places (0.5833333333). */
  toString(): string {
    const decimals = PLACES.get(this.denominator);
    if (decimals !== undefined) return trimZeros(this.toFixed(decimals));
    const reduced = reduce(this);
    let rest = reduced.denominator;
    let places = 0;
    while (rest % 10n === 0n) [rest, places] = [rest / 10n, places + 1];
    while (rest % 2n === 0n) [rest, places] = [rest / 2n, places + 1];
    while (rest % 5n === 0n) [rest, places] = [rest / 5n, places + 1];
    return trimZeros(this.toFixed(rest === 1n ? places : 10));
  }
}

export type Operand = Exact | string | number | bigint;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const POWERS: bigint[] = Array.from({ length: 40 }, (_, index) => 10n ** BigInt(index));
const PLACES = new Map(POWERS.map((power, index) => [power, index]));

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function powerOfTen(places: number): bigint {
  return POWERS[places] ?? 10n ** BigInt(places);
}

function toExact(value: Operand): Exact {
  return value instanceof Exact ? value : new Exact(value);
}

/** Long chains of products grow the numbers; past this size they are reduced to lowest terms. */
const LARGE = 1n << 256n;

function reduceIfLarge(value: Exact): Exact {
  return value.denominator > LARGE ? reduce(value) : value;
}

function reduce(value: Exact): Exact {
  const divisor = gcd(value.numerator < 0n ? -value.numerator : value.numerator, value.denominator);
  return divisor <= 1n ? value : new Exact(value.numerator / divisor, value.denominator / divisor);
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
