import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { allMigrations } from '../../../migrations/index.js';
import { APP_ROLE, MIGRATOR_ROLE } from './roles.js';

/** Any number will do, as long as every migrating process uses the same one. */
const MIGRATION_LOCK_KEY = 727_011;

/**
 * Applies pending migrations as the schema owner. An advisory lock makes concurrent
 * starts (several service instances, test workers) wait for one another.
 */
export async function migrateDatabase(ownerUrl: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString: ownerUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource({
      type: 'postgres',
      url: ownerUrl,
      migrations: allMigrations,
      migrationsTableName: 'schema_migrations',
      migrationsTransactionMode: 'each',
      logging: false,
    });
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/**
 * Lets the application role log in with a fresh random password and returns its URL.
 * Used where the project manages the database itself (embedded, tests); in production
 * a DBA provisions the role and supplies DATABASE_APP_URL.
 */
export function provisionAppRole(ownerUrl: string): Promise<string> {
  return provisionLoginRole(ownerUrl, APP_ROLE);
}

/** The same for the migration toolkit's role; in production DATABASE_MIGRATOR_URL. */
export function provisionMigratorRole(ownerUrl: string): Promise<string> {
  return provisionLoginRole(ownerUrl, MIGRATOR_ROLE);
}

async function provisionLoginRole(ownerUrl: string, role: typeof APP_ROLE | typeof MIGRATOR_ROLE): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`alter role ${role} with login password ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** Creates a database on the owner's server, if it does not exist, and returns its URL. */
export async function ensureDatabase(ownerUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`invalid database name ${name}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
