import type { CodeMap, TransformName } from './profile.js';
import { checkDigitProblem, type CheckDigitScheme } from './check-digits.js';
import { compileDateFormat, parseDate } from './dates.js';
import { parseInteger, parsePence, parsePounds } from './money-text.js';
import { normalisePostcode } from './postcodes.js';
import { ProfileArgumentError, Refusal, type Combine, type Step, type Value } from './values.js';

/**
 * The transforms a profile may apply to a field, each built once from its arguments into a plain
 * function. No value ever makes a transform throw: a value it cannot take is a Refusal naming why.
 * Every transform passes "no value" (null) through untouched except `default`; an empty text is no
 * value (see field-rule.ts).
 */
export interface TransformContext {
  readonly codeMaps: Readonly<Record<string, CodeMap>>;
}

interface TransformDefinition {
  /** True for transforms that make one value of a field's several columns. */
  readonly combines?: boolean;
  build(args: unknown, context: TransformContext): Step | Combine;
}

const text = (apply: (value: string) => Value | Refusal): Step =>
  (value) => (value === null ? null : apply(typeof value === 'string' ? value : String(value)));

const SPACE_RUNS = / {2,}|\s+/g;

export const TRANSFORMS: Readonly<Record<TransformName, TransformDefinition>> = {
  trim: { build: () => text((value) => value.trim()) },
  upper: { build: () => text((value) => value.toUpperCase()) },
  lower: { build: () => text((value) => value.toLowerCase()) },
  collapseSpaces: { build: () => text((value) => value.replace(SPACE_RUNS, ' ').trim()) },
  nullIf: {
    build(args) {
      const values = new Set(stringList(args, 'nullIf'));
      return text((value) => (values.has(value) ? null : value));
    },
  },
  default: {
    build(args) {
      const fallback = constant(args, 'default');
      return (value: Value) => (value === null ? fallback : value);
    },
  },
  date: {
    build(args) {
      const formats = stringList(record(args, 'date').formats, 'date.formats').map((format) => {
        try {
          return compileDateFormat(format);
        } catch (error) {
          throw new ProfileArgumentError((error as Error).message);
        }
      });
      return text((value) => parseDate(value, formats));
    },
  },
  openEnd: {
    build(args) {
      const openDates = new Set(stringList(args, 'openEnd'));
      return text((value) => (openDates.has(value) ? null : value));
    },
  },
  pence: { build: () => text(parsePence) },
  pounds: { build: () => text(parsePounds) },
  integer: { build: () => text(parseInteger) },
  boolean: {
    build(args) {
      const spec = record(args, 'boolean');
      const truths = new Set(stringList(spec.true, 'boolean.true'));
      const falsehoods = new Set(stringList(spec.false, 'boolean.false'));
      const expected = `${[...truths].join('/')} or ${[...falsehoods].join('/')}`;
      return text((value) => (truths.has(value) ? true : falsehoods.has(value) ? false : new Refusal(`not ${expected}`)));
    },
  },
  map: { build: (args, context) => codeMapStep(args, context) },
  split: { build: (args) => splitStep(args) },
  join: {
    combines: true,
    build(args): Combine {
      const spec = record(args, 'join');
      const separator = stringArgument(spec.separator, 'join.separator');
      const keepEmpty = spec.keepEmpty === true;
      return (values) => {
        const parts = keepEmpty ? values.map((value) => (value === null ? '' : String(value))) : values.filter((value) => value !== null).map(String);
        return parts.join(separator);
      };
    },
  },
  sumPence: {
    combines: true,
    build: (): Combine => (values) => {
      let total = 0;
      for (const value of values) {
        const pence = value === null ? 0 : parsePence(String(value).trim());
        if (pence instanceof Refusal) return pence;
        total += pence;
      }
      return total;
    },
  },
  firstOf: { combines: true, build: (): Combine => (values) => values.find((value) => value !== null) ?? null },
  pattern: {
    build(args) {
      const pattern = regExpArgument(args, 'pattern');
      return text((value) => (pattern.test(value) ? value : new Refusal(`does not match ${pattern.source}`)));
    },
  },
  replace: {
    build(args) {
      const spec = record(args, 'replace');
      const pattern = regExpArgument(spec.pattern, 'replace.pattern', 'g');
      const replacement = stringArgument(spec.with, 'replace.with');
      return text((value) => value.replace(pattern, replacement));
    },
  },
  checkDigit: {
    build(args) {
      const scheme = checkDigitScheme(args);
      return text((value) => checkDigitProblem(value, scheme) ?? value);
    },
  },
  postcode: { build: () => text(normalisePostcode) },
  padStart: {
    build(args) {
      const spec = record(args, 'padStart');
      const length = positiveInteger(spec.length, 'padStart.length');
      const fill = spec.char === undefined ? '0' : stringArgument(spec.char, 'padStart.char');
      if (fill.length !== 1) throw new ProfileArgumentError('padStart.char must be one character');
      return text((value) => value.padStart(length, fill));
    },
  },
};

function codeMapStep(args: unknown, context: TransformContext): Step {
  const name = stringArgument(args, 'map');
  const codeMap = context.codeMaps[name];
  if (!codeMap) throw new ProfileArgumentError(`unknown code map "${name}"`);
  const codes = new Map(Object.entries(codeMap.codes));
  const refusals = new Map(Object.entries(codeMap.refuse ?? {}));
  const hasDefault = Object.hasOwn(codeMap, 'default');
  return text((code) => {
    const mapped = codes.get(code);
    if (mapped !== undefined) return mapped;
    const refusal = refusals.get(code);
    if (refusal !== undefined) return new Refusal(refusal);
    return hasDefault ? (codeMap.default ?? null) : new Refusal(`unknown code ${code} in code map ${name}`);
  });
}

/** Parts are trimmed; `index` picks one part (negative counts from the end), `from`/`to` (inclusive) rejoin a run of them. */
function splitStep(args: unknown): Step {
  const spec = record(args, 'split');
  const separator = stringArgument(spec.separator, 'split.separator');
  if (separator === '') throw new ProfileArgumentError('split.separator must not be empty');
  if (spec.index !== undefined) {
    const index = integerArgument(spec.index, 'split.index');
    return text((value) => {
      const parts = value.split(separator);
      return parts.at(index)?.trim() ?? null;
    });
  }
  const from = integerArgument(spec.from, 'split.from');
  const to = spec.to === undefined ? undefined : integerArgument(spec.to, 'split.to') + 1;
  const joiner = spec.joinWith === undefined ? separator : stringArgument(spec.joinWith, 'split.joinWith');
  return text((value) => value.split(separator).slice(from, to).map((part) => part.trim()).filter((part) => part !== '').join(joiner));
}

function checkDigitScheme(args: unknown): CheckDigitScheme {
  const spec = record(args, 'checkDigit');
  if (spec.digits !== undefined && spec.digits !== 'last') throw new ProfileArgumentError('checkDigit.digits must be "last"');
  if (spec.scheme === 'luhn') return { scheme: 'luhn' };
  if (spec.scheme !== 'modulus') throw new ProfileArgumentError('checkDigit.scheme must be "luhn" or "modulus"');
  const modulus = positiveInteger(spec.modulus, 'checkDigit.modulus');
  if (!Array.isArray(spec.weights) || spec.weights.length === 0) throw new ProfileArgumentError('checkDigit.weights must list the weights');
  const weights = spec.weights.map((weight, index) => positiveInteger(weight, `checkDigit.weights[${index}]`));
  return { scheme: 'modulus', modulus, weights };
}

function record(args: unknown, name: string): Record<string, unknown> {
  if (typeof args !== 'object' || args === null || Array.isArray(args)) throw new ProfileArgumentError(`${name} needs its arguments as an object`);
  return args as Record<string, unknown>;
}

function stringArgument(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new ProfileArgumentError(`${name} must be text`);
  return value;
}

function stringList(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new ProfileArgumentError(`${name} must be a list of texts`);
  return value.map((each, index) => stringArgument(each, `${name}[${index}]`));
}

function integerArgument(value: unknown, name: string): number {
  if (!Number.isSafeInteger(value)) throw new ProfileArgumentError(`${name} must be a whole number`);
  return value as number;
}

function positiveInteger(value: unknown, name: string): number {
  const integer = integerArgument(value, name);
  if (integer < 1) throw new ProfileArgumentError(`${name} must be at least 1`);
  return integer;
}

function constant(value: unknown, name: string): Value {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as Value;
  throw new ProfileArgumentError(`${name} must be a text, number, true/false or null`);
}

function regExpArgument(value: unknown, name: string, flags = ''): RegExp {
  const source = stringArgument(value, name);
  try {
    return new RegExp(source, flags);
  } catch {
    throw new ProfileArgumentError(`${name} is not a valid regular expression: ${source}`);
  }
}

/** Builds a transform from its spec; throws ProfileArgumentError for a spec the profile got wrong. */
export function buildTransform(spec: unknown, context: TransformContext): { name: TransformName; combines: boolean; fn: Step | Combine } {
  const [name, args] = typeof spec === 'string' ? [spec, undefined] : transformEntry(spec);
  if (!Object.hasOwn(TRANSFORMS, name)) throw new ProfileArgumentError(`unknown transform "${name}"`);
  const definition = TRANSFORMS[name as TransformName];
  return { name: name as TransformName, combines: definition.combines === true, fn: definition.build(args, context) };
}

function transformEntry(spec: unknown): [string, unknown] {
  const entries = typeof spec === 'object' && spec !== null && !Array.isArray(spec) ? Object.entries(spec) : [];
  if (entries.length !== 1) throw new ProfileArgumentError('a transform is a name or an object with one key, its name');
  return entries[0];
}
