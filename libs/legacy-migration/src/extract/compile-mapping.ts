import { CANONICAL_FIELDS } from '../domain/canonical-fields.js';
import type { CanonicalEntity, CanonicalRecords, RowProblem } from '../domain/canonical-records.js';
import { validateRecord } from '../domain/validate-record.js';
import { compileFieldRule, FieldRuleError, type BoundField, type CellReader, type CompiledField, type RowView } from './field-rule.js';
import type { EntityMapping, RowFilter } from './profile.js';
import type { SourceRecord } from './readers/read-source.js';
import { encodingCheckFor } from './text-checks.js';
import type { TransformContext } from './transforms.js';
import { Refusal, type Value } from './values.js';

/** A lookup source held in memory: its columns and its rows by key (the first row of a key wins). */
export interface LookupTable {
  readonly columns: readonly string[];
  readonly rows: ReadonlyMap<string, readonly string[]>;
}

export interface MappedRow<E extends CanonicalEntity = CanonicalEntity> {
  readonly entity: E;
  readonly file: string;
  readonly line: number;
  /** The canonical record, or null when the row has problems. */
  readonly record: CanonicalRecords[E] | null;
  readonly problems: readonly RowProblem[];
}

export interface CompiledMapping {
  readonly entity: CanonicalEntity;
  readonly from: string;
  /** Resolves the mapping's columns against a file's header; throws if a column is missing. */
  bind(file: string, columns: readonly string[], lookups: ReadonlyMap<string, LookupTable>, encoding: string): BoundMapping;
}

/** Maps one record, or returns null when the mapping's `when` leaves it out. */
export type BoundMapping = (record: SourceRecord) => MappedRow | null;

/** A column the file does not have: the whole file is unreadable by this profile. */
export class MissingColumnError extends Error {}

const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);
const NO_JOINS: RowView['joined'] = Object.freeze([]);

export function compileMapping(entity: CanonicalEntity, mapping: EntityMapping, context: TransformContext): CompiledMapping {
  const fields: CompiledField[] = CANONICAL_FIELDS[entity].map(({ name }) => {
    try {
      return compileFieldRule(name, mapping.fields[name] ?? {}, context);
    } catch (error) {
      if (error instanceof FieldRuleError) throw new FieldRuleError(`fields.${name}.${error.path}`, error.message);
      throw error;
    }
  });
  const joins = (mapping.join ?? []).map((join) => ({ lookup: join.lookup, rowColumn: Object.values(join.on)[0] }));
  return {
    entity,
    from: mapping.from,
    bind(file, columns, lookups, encoding) {
      const resolve = columnResolver(file, columns, joins.map((join) => join.lookup), lookups);
      const checkEncoding = encodingCheckFor(encoding);
      const bound = fields.map((field) => field.bind(resolve, checkEncoding));
      const positionOf = new Map(fields.map((field, index) => [field.name, index]));
      const keys = joins.map((join) => ({ table: lookups.get(join.lookup) as LookupTable, read: resolve(join.rowColumn) }));
      const included = mapping.when ? rowFilter(mapping.when, resolve) : undefined;
      return (record) => {
        const own: RowView = { fields: record.fields, joined: NO_JOINS };
        const view: RowView = keys.length === 0 ? own : { fields: record.fields, joined: keys.map(({ table, read }) => table.rows.get((read(own) ?? '').trim())) };
        if (included && !included(view)) return null;
        if (record.problem !== null) return rowWithProblem(entity, file, record.line, record.problem);
        return mapRow(entity, file, record.line, fields, bound, positionOf, view);
      };
    },
  };
}

function mapRow(
  entity: CanonicalEntity, file: string, line: number, fields: readonly CompiledField[], bound: readonly BoundField[],
  positionOf: ReadonlyMap<string, number>, view: RowView,
): MappedRow {
  const output: Record<string, Value> = {};
  let problems: RowProblem[] | undefined;
  let refused: Set<string> | undefined;
  for (let index = 0; index < bound.length; index += 1) {
    const value = bound[index].value(view);
    const name = fields[index].name;
    if (value instanceof Refusal) {
      (problems ??= []).push({ file, line, entity, field: fields[index].source, value: bound[index].raw(view), reason: value.reason });
      (refused ??= new Set()).add(name);
      output[name] = null;
    } else {
      output[name] = value;
    }
  }
  for (const problem of validateRecord(entity, output)) {
    if (refused?.has(problem.field)) continue;
    // A data team fixes the extract: name the legacy column and its text, not the canonical value.
    const position = positionOf.get(problem.field) as number;
    const fromColumns = fields[position].columns.length > 0;
    const value = fromColumns ? bound[position].raw(view) : problem.value;
    (problems ??= []).push({ file, line, entity, field: fields[position].source, value, reason: `${problem.field} ${problem.reason}` });
  }
  if (problems) return { entity, file, line, record: null, problems };
  return { entity, file, line, record: output as unknown as CanonicalRecords[CanonicalEntity], problems: NO_PROBLEMS };
}

function rowWithProblem(entity: CanonicalEntity, file: string, line: number, reason: string): MappedRow {
  return { entity, file, line, record: null, problems: [{ file, line, entity, field: '(row)', value: '', reason }] };
}

function columnResolver(file: string, columns: readonly string[], joined: readonly string[], lookups: ReadonlyMap<string, LookupTable>) {
  return (column: string): CellReader => {
    const dot = column.indexOf('.');
    const join = dot > 0 ? joined.indexOf(column.slice(0, dot)) : -1;
    if (join >= 0) {
      const table = lookups.get(joined[join]) as LookupTable;
      const index = table.columns.indexOf(column.slice(dot + 1));
      if (index < 0) throw new MissingColumnError(`lookup ${joined[join]} has no column "${column.slice(dot + 1)}"`);
      return (row) => row.joined[join]?.[index] ?? null;
    }
    const index = columns.indexOf(column);
    if (index < 0) throw new MissingColumnError(`${file} has no column "${column}" (its columns: ${columns.join(', ')})`);
    return (row) => row.fields[index] ?? null;
  };
}

function rowFilter(filter: RowFilter, resolve: (column: string) => CellReader): (row: RowView) => boolean {
  const read = resolve(filter.column);
  const accepted = filter.in ? new Set(filter.in) : undefined;
  return (row) => {
    const value = (read(row) ?? '').trim();
    if (filter.equals !== undefined && value !== filter.equals) return false;
    if (filter.notEquals !== undefined && value === filter.notEquals) return false;
    if (accepted && !accepted.has(value)) return false;
    if (filter.empty === true && value !== '') return false;
    return !(filter.notEmpty === true && value === '');
  };
}
