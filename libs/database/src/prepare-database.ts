import path from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { ensureDatabase, migrateDatabase, provisionAppRole } from './migrate.js';

export interface PreparedDatabase {
  /** Where the service connects, as the application role (row-level security applies). */
  readonly appUrl: string;
  /** Where migrations ran, as the schema owner. */
  readonly ownerUrl: string;
  readonly embedded: boolean;
  readonly appliedMigrations: string[];
  /** Stops the embedded server, if this process started one. */
  stop(): Promise<void>;
}

export interface PrepareDatabaseOptions {
  env?: NodeJS.ProcessEnv;
  /** Folder for the embedded server's files, when DATABASE_URL is unset. */
  embeddedDataDir?: string;
  /** Keep the embedded server's files after it stops. */
  persistent?: boolean;
  /** Database created and used on the embedded server. */
  databaseName?: string;
  log?: (message: string) => void;
}

/**
 * Gets a migrated database ready: the server at DATABASE_URL (run migrations as that owner),
 * or else a real PostgreSQL started from the embedded binaries. The service then connects as
 * the application role: DATABASE_APP_URL, or the role provisioned here with a fresh password.
 */
export async function prepareDatabase(options: PrepareDatabaseOptions = {}): Promise<PreparedDatabase> {
  const env = options.env ?? process.env;
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: options.embeddedDataDir ?? path.resolve('.data/postgres'),
        persistent: options.persistent ?? true,
        log: options.log,
      });
  try {
    const ownerUrl = embedded
      ? await ensureDatabase(embedded.ownerUrl, options.databaseName ?? 'revenues')
      : (env.DATABASE_URL as string);
    const appliedMigrations = env.DATABASE_MIGRATE === 'false' ? [] : await migrateDatabase(ownerUrl);
    const appUrl = env.DATABASE_APP_URL || (await provisionAppRole(ownerUrl));
    return {
      appUrl,
      ownerUrl,
      embedded: embedded !== null,
      appliedMigrations,
      stop: async () => embedded?.stop(),
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
