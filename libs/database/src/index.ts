export * from './database-health.js';
export * from './database.module.js';
export * from './postgres-errors.js';
export * from './prepare-database.js';
export * from './roles.js';
export * from './in-turn.js';
export * from './pg-values.js';
export { provisionMigratorRole } from './migrate.js';
