import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { retryingConflicts } from '../../../database/src/index.js';
import type { Actor } from '../actor.js';
import { UnitOfWork } from '../unit-of-work.js';

interface TenantContext {
  councilId: string | null;
  operator: boolean;
  councilCode: string | null;
  actor: string | null;
  requestId: string | null;
  reason: string | null;
}

/**
 * Every unit of work runs in one database transaction whose first statement sets the tenant
 * context transaction-locally (safe behind a transaction-mode pooler). Row-level security
 * reads it; without it a query sees no council data at all.
 */
@Injectable()
export class TenantTransactions implements UnitOfWork {
  /** The transaction the current async call chain is in, if any: work started inside it joins it. */
  private readonly open = new AsyncLocalStorage<{ db: EntityManager; context: TenantContext }>();

  constructor(private readonly dataSource: DataSource) {}

  inOneTransaction<T>(actor: Actor, councilId: string, work: () => Promise<T>, reason?: string): Promise<T> {
    // Inside an open transaction it simply joins: only the outermost can be retried from the start.
    if (this.open.getStore()) return this.inCouncil(actor, councilId, () => work(), reason);
    return retryingConflicts(() => this.inCouncil(actor, councilId, () => work(), reason));
  }

  /** Work on one council's data, as the given actor. */
  inCouncil<T>(actor: Actor, councilId: string, work: (db: EntityManager) => Promise<T>, reason?: string): Promise<T> {
    return this.run(
      { ...this.identify(actor, reason), councilId, operator: false, councilCode: null },
      work,
    );
  }

  /** Service-operator work on the council registry; `councilId` when it changes one council. */
  asOperator<T>(actor: Actor, work: (db: EntityManager) => Promise<T>, councilId: string | null = null, reason?: string) {
    return this.run({ ...this.identify(actor, reason), councilId, operator: true, councilCode: null }, work);
  }

  /** Read-only look-up of a council by the code in a verified token, before its id is known. */
  findingCouncilByCode<T>(code: string, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.run(
      { councilId: null, operator: false, councilCode: code, actor: null, requestId: null, reason: null },
      work,
    );
  }

  private identify(actor: Actor, reason: string | undefined) {
    return { actor: actor.subject, requestId: actor.requestId ?? null, reason: reason ?? null };
  }

  private run<T>(context: TenantContext, work: (db: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.open.getStore();
    if (outer) return this.join(outer, context, work);
    return this.dataSource.transaction(async (db) => {
      await this.setContext(db, context);
      return this.open.run({ db, context }, () => work(db));
    });
  }

  /**
   * Work started inside an open transaction is part of it: it must be for the same council. Its own
   * reason (and actor) are what the audit trail records for its changes, then the outer's again.
   */
  private async join<T>(outer: { db: EntityManager; context: TenantContext }, context: TenantContext, work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (context.councilId !== outer.context.councilId || context.operator !== outer.context.operator || context.councilCode !== outer.context.councilCode) {
      throw new Error('work for another council (or as operator) cannot join an open council transaction');
    }
    const same = context.actor === outer.context.actor && context.requestId === outer.context.requestId && context.reason === outer.context.reason;
    if (same) return work(outer.db);
    await this.setContext(outer.db, context);
    let result: T;
    try {
      result = await this.open.run({ db: outer.db, context }, () => work(outer.db));
    } catch (error) {
      // A failed statement leaves the transaction unusable: the error that did it is the one to report.
      await this.setContext(outer.db, outer.context).catch(() => undefined);
      throw error;
    }
    await this.setContext(outer.db, outer.context);
    return result;
  }

  private async setContext(db: EntityManager, context: TenantContext): Promise<void> {
    await db.query(
      `select set_config('app.council_id', $1, true), set_config('app.operator', $2, true),
              set_config('app.council_code', $3, true), set_config('app.actor', $4, true),
              set_config('app.request_id', $5, true), set_config('app.reason', $6, true)`,
      [
        context.councilId ?? '',
        context.operator ? 'on' : 'off',
        context.councilCode ?? '',
        context.actor ?? '',
        context.requestId ?? '',
        context.reason ?? '',
      ],
    );
  }
}
