/** The legacy-migration toolkit: profiles and extract mapping, loading, reconciliation, the VOA list import. */
export * from './domain/canonical-records.js';
export { CANONICAL_FIELDS, requiredFieldsOf, type CanonicalField } from './domain/canonical-fields.js';
export { validateRecord, type FieldProblem } from './domain/validate-record.js';
export * from './domain/reconciliation.js';
export * from './domain/legacy-notice.js';
export { loadProfile } from './extract/load-profile.js';
export type { LoadedProfile, Profile, SourceSpec, EntityMapping, FieldRule, CodeMap, TransformSpec } from './extract/profile.js';
export { mapExtract, sourceFiles, checksumFile, type MappedRow, type MapExtractOptions, type SourceFile } from './extract/map-extract.js';
export * from './application/load-extract.js';
export * from './application/reconcile-load.js';
export * from './application/import-voa-list.js';
export * from './application/migration-loads.queries.js';
export * from './application/migration-store.port.js';
export * from './legacy-migration.module.js';
export * from './report/reconciliation-html.js';
export * from './report/problems-csv.js';
