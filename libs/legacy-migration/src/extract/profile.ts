import type { CanonicalEntity } from '../domain/canonical-records.js';

/**
 * A mapping profile: how one supplier's extract becomes canonical records, written as data (YAML
 * or JSON) so that a data team can describe a new extract without writing code. The published
 * schema is profile.schema.json; docs/legacy-migration/profiles.md explains every part.
 */
export interface Profile {
  readonly name: string;
  readonly version: string;
  readonly description?: string;
  readonly sources: Readonly<Record<string, SourceSpec>>;
  readonly lookups?: Readonly<Record<string, LookupSpec>>;
  readonly entities: Readonly<Partial<Record<CanonicalEntity, readonly EntityMapping[]>>>;
  readonly codeMaps?: Readonly<Record<string, CodeMap>>;
}

export type SourceFormat = 'csv' | 'fixed-width';

export interface SourceSpec {
  /** The file's name inside the extract directory. */
  readonly file: string;
  readonly format: SourceFormat;
  /** Any encoding iconv-lite knows: utf-8, windows-1252, latin1... */
  readonly encoding: string;
  readonly csv?: CsvSpec;
  readonly fixedWidth?: FixedWidthSpec;
  /** Physical lines before the data (and before the header row) to pass over: banners, report titles. */
  readonly skipLines?: number;
}

export interface CsvSpec {
  readonly delimiter: string;
  /** The quote character, or false where the file has no quoting (a `"` is then plain text). */
  readonly quote: string | false;
  /** The escape character inside quotes; defaults to the quote itself (`""` for `"`). */
  readonly escape?: string;
  /** True when the first row names the columns. */
  readonly header: boolean;
  /** Column names when there is no header row (or to rename a header's columns, in order). */
  readonly columns?: readonly string[];
  /** Accept rows with more or fewer fields than columns, padding the missing ones as empty. */
  readonly relaxColumnCount?: boolean;
  /** Every row ends with the delimiter, leaving one more empty field (the VOA list's trailing `*`). */
  readonly trailingEmptyField?: boolean;
}

export interface FixedWidthSpec {
  readonly columns: readonly FixedWidthColumn[];
}

export interface FixedWidthColumn {
  readonly name: string;
  /** 1-based position of the column's first character. */
  readonly start: number;
  readonly length: number;
}

/** A small source held in memory, keyed by a column, to be joined onto the rows of another source. */
export interface LookupSpec {
  readonly source: string;
  readonly key: string;
}

export interface EntityMapping {
  readonly from: string;
  readonly join?: readonly JoinSpec[];
  readonly when?: RowFilter;
  readonly fields: Readonly<Record<string, FieldRule>>;
}

export interface JoinSpec {
  readonly lookup: string;
  /** One entry: `<lookup's key column>: <this row's column>`. */
  readonly on: Readonly<Record<string, string>>;
}

/** Which rows feed a mapping; a value is compared with its surrounding spaces trimmed. */
export interface RowFilter {
  readonly column: string;
  readonly equals?: string;
  readonly notEquals?: string;
  readonly in?: readonly string[];
  readonly empty?: boolean;
  readonly notEmpty?: boolean;
}

export type ConstantValue = string | number | boolean | null;

/** Where a canonical field's value comes from: one column, several columns, or a constant. */
export interface FieldRule {
  readonly column?: string;
  readonly columns?: readonly string[];
  readonly value?: ConstantValue;
  readonly transforms?: readonly TransformSpec[];
}

export interface CodeMap {
  /** Legacy code → canonical value; null for a code that is known but yields no value. */
  readonly codes: Readonly<Record<string, ConstantValue>>;
  /** What an unlisted code becomes; without it an unlisted code is a problem. */
  readonly default?: ConstantValue;
  /** Codes that are known and refused, with the reason a data team will read. */
  readonly refuse?: Readonly<Record<string, string>>;
}

export type TransformName =
  | 'trim' | 'upper' | 'lower' | 'collapseSpaces' | 'nullIf' | 'default' | 'date' | 'openEnd'
  | 'pence' | 'sumPence' | 'pounds' | 'integer' | 'boolean' | 'map' | 'split' | 'join' | 'firstOf' | 'pattern'
  | 'replace' | 'checkDigit' | 'postcode' | 'padStart';

/** A transform is its name alone (`trim`) or an object with its name as the one key (`{ map: paymeth }`). */
export type TransformSpec = TransformName | Readonly<Partial<Record<TransformName, unknown>>>;

/** A profile as loaded: validated, with what a load must record about it. */
export interface LoadedProfile {
  readonly name: string;
  readonly version: string;
  /** Where the profile was read from. */
  readonly path: string;
  /** sha256 (hex) of the profile's text, so that a load records exactly which rules it ran. */
  readonly checksum: string;
  readonly profile: Profile;
}
