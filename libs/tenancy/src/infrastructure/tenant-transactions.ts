import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../actor.js';

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
export class TenantTransactions {
  constructor(private readonly dataSource: DataSource) {}

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
    return this.dataSource.transaction(async (db) => {
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
      return work(db);
    });
  }
}
