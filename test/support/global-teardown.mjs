import { rm } from 'node:fs/promises';
import pg from 'pg';

export default async function globalTeardown() {
  const { database, scratchDatabase } = globalThis.__testDatabase ?? {};
  if (scratchDatabase && process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`drop database if exists ${scratchDatabase} with (force)`);
    await client.end();
  }
  await database?.stop();
  await rm(process.env.DEV_TOKEN_KEY_FILE, { force: true });
}
