import { isIsoDate } from '../../kernel/src/index.js';

/**
 * The settings a plugin declares: each with a type, limits, a national default and a description a
 * revenues manager can read. A council's stored values override the defaults from a date; the
 * core checks every value against its declaration before it is stored or used.
 */
export type SettingDefinition =
  | { readonly type: 'whole-number'; readonly default: number; readonly min: number; readonly max: number; readonly description: string }
  | { readonly type: 'pence'; readonly default: number; readonly min: number; readonly max: number; readonly description: string }
  | { readonly type: 'percent'; readonly default: string; readonly description: string }
  | { readonly type: 'yes-no'; readonly default: boolean; readonly description: string }
  | { readonly type: 'date'; readonly default: string; readonly description: string }
  | { readonly type: 'text'; readonly default: string; readonly maxLength: number; readonly description: string }
  | { readonly type: 'text-list'; readonly default: readonly string[]; readonly maxItems: number; readonly pattern: string; readonly description: string };

export type SettingDefinitions = Readonly<Record<string, SettingDefinition>>;

type ValueOf<D extends SettingDefinition> = D['type'] extends 'whole-number' | 'pence'
  ? number
  : D['type'] extends 'yes-no'
    ? boolean
    : D['type'] extends 'text-list'
      ? readonly string[]
      : string;

/** The values a plugin's decisions receive: every declared setting, the council's or the default. */
export type SettingValues<S extends SettingDefinitions> = { readonly [K in keyof S]: ValueOf<S[K]> };

const PERCENT = /^(100(\.0{1,2})?|[0-9]{1,2}(\.[0-9]{1,2})?)$/;

/** A percentage as plugins give it: exact text from 0 to 100, at most two decimal places ("50", "12.5"). */
export function isPercentText(value: unknown): value is string {
  return typeof value === 'string' && PERCENT.test(value);
}

/** A postcode's sector ("TA5 1" of "TA5 1AB"), as local schemes name the places they cover; null without a postcode. */
export function postcodeSector(postcode: string | null): string | null {
  return postcode ? postcode.slice(0, -2) : null;
}

/** Why a value does not fit its declaration, or null when it does. */
export function settingProblem(definition: SettingDefinition, value: unknown): string | null {
  switch (definition.type) {
    case 'whole-number':
    case 'pence': {
      const unit = definition.type === 'pence' ? ' pence' : '';
      return Number.isSafeInteger(value) && (value as number) >= definition.min && (value as number) <= definition.max
        ? null
        : `must be a whole number${unit} from ${definition.min} to ${definition.max}`;
    }
    case 'percent':
      return isPercentText(value) ? null : 'must be a percentage from 0 to 100 as text, at most two decimal places (such as "50" or "12.5")';
    case 'yes-no':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'date':
      return isIsoDate(value)
        ? null
        : 'must be a date such as 2025-04-01';
    case 'text':
      return typeof value === 'string' && value.length <= definition.maxLength ? null : `must be text of at most ${definition.maxLength} characters`;
    case 'text-list': {
      const pattern = new RegExp(definition.pattern);
      if (!Array.isArray(value) || value.length > definition.maxItems) return `must be a list of at most ${definition.maxItems} items`;
      const bad = value.findIndex((item) => typeof item !== 'string' || !pattern.test(item));
      return bad === -1 ? null : `item ${bad + 1} must match ${definition.pattern}`;
    }
  }
}
