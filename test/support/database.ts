import pg from 'pg';
import { requiredEnv } from './test-api.js';

/** A plain connection as the application role (the service's own role): row-level security applies. */
export async function connectAsApp(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: requiredEnv('TEST_DATABASE_APP_URL') });
  await client.connect();
  return client;
}

/** A connection as the schema owner, for reading the catalogue and counting rows behind RLS. */
export async function connectAsOwner(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: requiredEnv('TEST_DATABASE_OWNER_URL') });
  await client.connect();
  return client;
}

/** Every table in the public schema that has a council_id column: the council-owned tables. */
export async function councilOwnedTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ relname: string }>(`
    select c.relname
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p')
       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'council_id' and not a.attisdropped)
     order by c.relname`);
  return rows.map((row) => row.relname);
}
