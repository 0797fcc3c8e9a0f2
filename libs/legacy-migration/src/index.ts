/** The legacy-migration toolkit's extract layer: profiles, mapping of extract files, record validation. */
export * from './domain/canonical-records.js';
export { CANONICAL_FIELDS, requiredFieldsOf, type CanonicalField } from './domain/canonical-fields.js';
export { validateRecord, type FieldProblem } from './domain/validate-record.js';
export { loadProfile } from './extract/load-profile.js';
export type { LoadedProfile, Profile, SourceSpec, EntityMapping, FieldRule, CodeMap, TransformSpec } from './extract/profile.js';
export { mapExtract, sourceFiles, checksumFile, type MappedRow, type MapExtractOptions, type SourceFile } from './extract/map-extract.js';
