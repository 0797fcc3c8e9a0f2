// Runs once before the suite, outside jest's transform (hence .mjs, loading TypeScript through tsx):
// a real PostgreSQL (embedded, or a fresh database on DATABASE_URL's server), migrated, with the
// application role provisioned. Test files connect as that role, so row-level security applies.
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { prepareDatabase, ensureDatabase, provisionMigratorRole } = await tsImport('../../libs/database/src/index.ts', import.meta.url);
  const env = { ...process.env };
  let scratchDatabase = null;
  if (process.env.DATABASE_URL) {
    scratchDatabase = `revenues_test_${Date.now()}_${process.pid}`;
    env.DATABASE_URL = await ensureDatabase(process.env.DATABASE_URL, scratchDatabase);
    delete env.DATABASE_APP_URL;
  }
  const database = await prepareDatabase({
    env,
    embeddedDataDir: path.resolve(`.data/test-postgres-${process.pid}`),
    persistent: false,
    databaseName: 'revenues_test',
  });
  globalThis.__testDatabase = { database, scratchDatabase };
  process.env.TEST_DATABASE_APP_URL = database.appUrl;
  process.env.TEST_DATABASE_OWNER_URL = database.ownerUrl;
  process.env.TEST_DATABASE_MIGRATOR_URL = await provisionMigratorRole(database.ownerUrl);
  process.env.DEV_TOKEN_KEY_FILE = path.resolve(`.data/test-dev-token-key-${process.pid}.json`);
}
