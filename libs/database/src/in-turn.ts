/**
 * Runs queries on one connection one after another, collecting their results in order. A
 * transaction has one connection: issuing several queries at once on it only queues them in the
 * driver (and pg 9 will refuse it).
 */
export async function inTurn<T extends readonly unknown[]>(queries: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as unknown as T;
}
