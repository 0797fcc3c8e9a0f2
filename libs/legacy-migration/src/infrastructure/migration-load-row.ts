import type { MigrationLoad } from '../application/migration-store.port.js';

/** A `migration_loads` row as pg returns it. */
export function toLoad(row: Record<string, any>): MigrationLoad {
  return {
    loadId: row.load_id,
    profileName: row.profile_name,
    profileVersion: row.profile_version,
    profileSha256: row.profile_sha256,
    sourceFiles: row.source_files,
    fingerprint: row.fingerprint,
    status: row.status,
    stagedThrough: row.staged_through,
    startedBy: row.started_by,
    startedAt: new Date(row.started_at).toISOString(),
    stagedAt: row.staged_at ? new Date(row.staged_at).toISOString() : null,
    loadedAt: row.loaded_at ? new Date(row.loaded_at).toISOString() : null,
  };
}
