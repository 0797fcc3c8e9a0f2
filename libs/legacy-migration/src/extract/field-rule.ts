import type { FieldRule } from './profile.js';
import { buildTransform, type TransformContext } from './transforms.js';
import type { EncodingCheck } from './text-checks.js';
import { ProfileArgumentError, Refusal, type Combine, type Step, type Value } from './values.js';

/**
 * A field rule made into plain functions once per profile. Columns are resolved to indexes once per
 * file (when its header is known), so a row is read by array index. An empty text is no value:
 * a blank cell, or a transform leaving nothing, is null.
 */
export interface RowView {
  readonly fields: readonly string[];
  /** The matched row of each join, in the mapping's join order; undefined where nothing matched. */
  readonly joined: readonly (readonly string[] | undefined)[];
}

export type CellReader = (row: RowView) => string | null;

/** How a mapping finds a column by name: the row's own or `<lookup>.<column>` of a join. */
export type ColumnResolver = (column: string) => CellReader;

export interface CompiledField {
  readonly name: string;
  /** The legacy column(s) the value comes from, to name in a problem; the field's name for a constant. */
  readonly source: string;
  readonly columns: readonly string[];
  bind(resolve: ColumnResolver, checkEncoding: EncodingCheck): BoundField;
}

export interface BoundField {
  value(row: RowView): Value | Refusal;
  /** The legacy text behind the value, for a problem report. */
  raw(row: RowView): string;
}

export function compileFieldRule(name: string, rule: FieldRule, context: TransformContext): CompiledField {
  const columns = rule.columns ?? (rule.column === undefined ? [] : [rule.column]);
  const built = (rule.transforms ?? []).map((spec, index) => {
    try {
      return buildTransform(spec, context);
    } catch (error) {
      if (error instanceof ProfileArgumentError) throw new FieldRuleError(`transforms[${index}]`, error.message);
      throw error;
    }
  });
  const combine = rule.columns ? firstCombine(built) : undefined;
  const steps = built.slice(combine ? 1 : 0).map((transform, index) => {
    if (transform.combines) throw new FieldRuleError(`transforms[${index + (combine ? 1 : 0)}]`, `${transform.name} combines several columns: it must come first, after columns`);
    return transform.fn as Step;
  });
  if (rule.column === undefined && rule.columns === undefined) {
    const constant = rule.value === undefined ? null : rule.value;
    const bound: BoundField = { value: () => constant, raw: () => String(constant) };
    return { name, source: name, columns, bind: () => bound };
  }
  return {
    name,
    source: columns.join('+'),
    columns,
    bind(resolve, checkEncoding) {
      const readers = columns.map(resolve);
      const read = (row: RowView, reader: CellReader): string | null | Refusal => {
        const cell = reader(row);
        if (cell === null || cell === '') return null;
        const problem = checkEncoding(cell);
        return problem === null ? cell : new Refusal(problem);
      };
      const first = combine === undefined ? readers[0] : undefined;
      return {
        value(row) {
          let value: Value | Refusal;
          if (first !== undefined) {
            value = read(row, first);
          } else {
            const cells: Value[] = [];
            for (const reader of readers) {
              const cell = read(row, reader);
              if (cell instanceof Refusal) return cell;
              cells.push(cell);
            }
            value = (combine as Combine)(cells);
          }
          for (let index = 0; index < steps.length && !(value instanceof Refusal); index += 1) {
            if (value === '') value = null;
            value = steps[index](value);
          }
          return value === '' ? null : value;
        },
        raw: (row) => readers.map((reader) => reader(row) ?? '').join(' | '),
      };
    },
  };
}

function firstCombine(built: readonly { combines: boolean; fn: Step | Combine }[]): Combine {
  if (built.length === 0 || !built[0].combines) throw new FieldRuleError('transforms', 'a field read from several columns must start with join or firstOf');
  return built[0].fn as Combine;
}

/** A mistake in one field rule; `path` is relative to the rule. */
export class FieldRuleError extends Error {
  constructor(readonly path: string, reason: string) {
    super(reason);
  }
}
