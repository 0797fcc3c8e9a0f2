import type { Actor } from './actor.js';

/**
 * A use case that must be all or nothing (a fact changed and the notices it causes) runs its work
 * through this port: every store call made while the work runs shares one council transaction.
 */
export abstract class UnitOfWork {
  /** Runs `work` as one transaction on one council's data, again from the start if Postgres breaks a deadlock. */
  abstract inOneTransaction<T>(actor: Actor, councilId: string, work: () => Promise<T>, reason?: string): Promise<T>;
}
