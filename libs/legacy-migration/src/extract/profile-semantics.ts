import { CANONICAL_FIELDS, isCanonicalField, requiredFieldsOf } from '../domain/canonical-fields.js';
import type { CanonicalEntity } from '../domain/canonical-records.js';
import { entitiesIn, ProfileError } from './compile-profile.js';
import type { EntityMapping, Profile, SourceSpec } from './profile.js';

/**
 * What the schema cannot say: that the names a profile uses refer to things it declares, and that
 * each mapping gives every canonical field that may not be null. Transform arguments and code map
 * names are checked when the profile is compiled.
 */
export function checkProfileSemantics(profile: Profile, encodingExists: (encoding: string) => boolean): void {
  for (const [name, source] of Object.entries(profile.sources)) {
    if (!encodingExists(source.encoding)) throw new ProfileError(`sources.${name}.encoding`, `unknown encoding "${source.encoding}"`);
  }
  for (const [name, lookup] of Object.entries(profile.lookups ?? {})) {
    const source = profile.sources[lookup.source];
    if (!source) throw new ProfileError(`lookups.${name}.source`, `no source named "${lookup.source}"`);
    checkColumn(source, lookup.key, `lookups.${name}.key`);
  }
  for (const entity of entitiesIn(profile)) {
    (profile.entities[entity] ?? []).forEach((mapping, index) => checkMapping(profile, entity, mapping, `entities.${entity}[${index}]`));
  }
}

function checkMapping(profile: Profile, entity: CanonicalEntity, mapping: EntityMapping, path: string): void {
  const source = profile.sources[mapping.from];
  if (!source) throw new ProfileError(`${path}.from`, `no source named "${mapping.from}"`);
  const joined = (mapping.join ?? []).map((join, index) => {
    const lookup = profile.lookups?.[join.lookup];
    if (!lookup) throw new ProfileError(`${path}.join[${index}].lookup`, `no lookup named "${join.lookup}"`);
    const [[lookupColumn, rowColumn]] = Object.entries(join.on);
    if (lookupColumn !== lookup.key) throw new ProfileError(`${path}.join[${index}].on`, `lookup ${join.lookup} is keyed by "${lookup.key}", not "${lookupColumn}"`);
    checkColumn(source, rowColumn, `${path}.join[${index}].on.${lookupColumn}`);
    return join.lookup;
  });
  if (mapping.when) checkColumn(source, mapping.when.column, `${path}.when.column`);
  for (const [field, rule] of Object.entries(mapping.fields)) {
    if (!isCanonicalField(entity, field)) {
      throw new ProfileError(`${path}.fields.${field}`, `${entity} has no field "${field}" (its fields: ${CANONICAL_FIELDS[entity].map((each) => each.name).join(', ')})`);
    }
    const columns = rule.columns ?? (rule.column === undefined ? [] : [rule.column]);
    columns.forEach((column, index) => {
      const lookup = joined.find((name) => column.startsWith(`${name}.`));
      if (lookup === undefined) checkColumn(source, column, `${path}.fields.${field}.${rule.columns ? `columns[${index}]` : 'column'}`);
    });
  }
  const missing = requiredFieldsOf(entity).filter((field) => !Object.hasOwn(mapping.fields, field));
  if (missing.length > 0) throw new ProfileError(`${path}.fields`, `${entity} needs ${missing.join(', ')}`);
}

/** Columns can be checked here only where the profile names them; a header's are checked when the file is read. */
function checkColumn(source: SourceSpec, column: string, path: string): void {
  const known = source.format === 'fixed-width' ? source.fixedWidth?.columns.map((each) => each.name) : source.csv?.columns;
  if (known && !known.includes(column)) throw new ProfileError(path, `no column "${column}" in ${source.file} (its columns: ${known.join(', ')})`);
}
