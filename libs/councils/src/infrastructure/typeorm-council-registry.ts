import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../../kernel/src/index.js';
import { hasAnyRole, TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { isUniqueViolation } from '../../../database/src/index.js';
import { CouncilRegistry } from '../application/council-registry.port.js';
import type { Council } from '../domain/council.js';
import { toCouncil, toCouncilRow } from './council.mapper.js';
import { CouncilOrmEntity } from './council.orm-entity.js';

@Injectable()
export class TypeOrmCouncilRegistry extends CouncilRegistry {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  async add(actor: Actor, council: Council, reason?: string): Promise<void> {
    try {
      await this.transactions.asOperator(actor, (db) => db.insert(CouncilOrmEntity, toCouncilRow(council)), council.id, reason);
    } catch (error) {
      if (isUniqueViolation(error, 'councils_code_key')) {
        throw new ConflictError(`a council with code ${council.code} already exists`, 'code');
      }
      throw error;
    }
  }

  change(actor: Actor, id: string, change: (council: Council) => Council, reason?: string): Promise<Council | null> {
    return this.transactions.asOperator(
      actor,
      async (db) => {
        const row = await db.findOne(CouncilOrmEntity, { where: { councilId: id }, lock: { mode: 'pessimistic_write' } });
        if (!row) return null;
        const changed = { ...change(toCouncil(row)), updatedAt: new Date() };
        await db.save(toCouncilRow(changed));
        return changed;
      },
      id,
      reason,
    );
  }

  find(actor: Actor, id: string): Promise<Council | null> {
    return this.visibleTo(actor, async (db) => {
      const row = await db.findOneBy(CouncilOrmEntity, { councilId: id });
      return row && toCouncil(row);
    });
  }

  list(actor: Actor): Promise<Council[]> {
    return this.visibleTo(actor, async (db) => (await db.find(CouncilOrmEntity, { order: { code: 'ASC' } })).map(toCouncil));
  }

  findByCode(code: string): Promise<Council | null> {
    return this.transactions.findingCouncilByCode(code, async (db) => {
      const row = await db.findOneBy(CouncilOrmEntity, { code });
      return row && toCouncil(row);
    });
  }

  /** Operators read the whole registry; anyone else reads within their own council, so RLS hides the rest. */
  private visibleTo<T>(actor: Actor, work: (db: EntityManager) => Promise<T>): Promise<T> {
    if (hasAnyRole(actor, ['operator'])) return this.transactions.asOperator(actor, work);
    return this.transactions.inCouncil(actor, actor.councilId ?? '', work);
  }
}
