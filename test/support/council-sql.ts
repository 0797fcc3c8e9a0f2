import { connectAsApp } from './database.js';

/** Runs SQL as the service's role in a council's context, with an actor: for tests that change facts behind the API. */
export async function inCouncilSql<T>(councilId: string, work: (query: (sql: string, parameters?: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  const db = await connectAsApp();
  try {
    await db.query('begin');
    await db.query(`select set_config('app.council_id', $1, true), set_config('app.actor', 'test-sql', true)`, [councilId]);
    const result = await work(async (sql, parameters) => (await db.query(sql, parameters)).rows);
    await db.query('commit');
    return result;
  } catch (error) {
    await db.query('rollback');
    throw error;
  } finally {
    await db.end();
  }
}
