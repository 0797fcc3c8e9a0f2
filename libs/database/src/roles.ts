/**
 * The role the service connects as. It owns nothing, has no BYPASSRLS, and is granted only
 * what the migrations grant it, so row-level security always applies to it.
 */
export const APP_ROLE = 'revenues_app';

/**
 * The role the legacy-migration toolkit loads as: like the service's, row-level security applies,
 * but its inserts are audited a statement (a load's chunk) at a time (ADR 0016).
 */
export const MIGRATOR_ROLE = 'revenues_migrator';
