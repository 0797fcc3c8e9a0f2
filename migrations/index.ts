import { TenancyFoundation1763856000000 } from './1763856000000-tenancy-foundation.js';

/** Every migration, oldest first. A new migration is added here as well as in its own file. */
export const allMigrations = [TenancyFoundation1763856000000];
