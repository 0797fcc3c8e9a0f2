/** True when `error` is Postgres's unique_violation (23505), optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, '23505', constraint);
}

/** True when `error` is an exclusion_violation (23P01): overlapping periods, say. */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, '23P01', constraint);
}

/** True when `error` is a foreign_key_violation (23503): a reference to a row that is not there. */
export function isForeignKeyViolation(error: unknown, constraint?: string): boolean {
  return isViolation(error, '23503', constraint);
}

function isViolation(error: unknown, sqlState: string, constraint: string | undefined): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })?.driverError ?? error;
  const { code, constraint: violated } = (driverError ?? {}) as { code?: string; constraint?: string };
  return code === sqlState && (constraint === undefined || violated === constraint);
}

/** True when Postgres broke a deadlock (40P01) or a serialization conflict (40001) by failing this transaction: retrying it is safe. */
export function isRetryableConflict(error: unknown): boolean {
  return isViolation(error, '40P01', undefined) || isViolation(error, '40001', undefined);
}

/** Runs a whole transaction, again (up to `attempts` times in all) if Postgres failed it to break a deadlock. */
export async function retryingConflicts<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
    }
  }
}
