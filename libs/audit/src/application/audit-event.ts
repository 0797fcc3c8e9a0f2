import type { Actor } from '../../../tenancy/src/index.js';

/** One recorded change of council data: who, when, why, and the row before and after. */
export interface AuditEvent {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actor: string;
  readonly requestId: string | null;
  readonly reason: string | null;
  readonly tableName: string;
  readonly operation: 'INSERT' | 'UPDATE' | 'DELETE';
  readonly rowKey: Record<string, unknown>;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown> | null;
}

export interface AuditTrailFilter {
  /** Only changes to this table, e.g. `councils`. */
  readonly tableName?: string;
  /** Only changes to this account's rows and to reliefs on its liabilities. */
  readonly accountReference?: string;
  /** Page backwards: only events older than this id. */
  readonly beforeId?: string;
  readonly limit: number;
}

export abstract class AuditTrail {
  /** Newest first, within the council. */
  abstract list(actor: Actor, councilId: string, filter: AuditTrailFilter): Promise<AuditEvent[]>;
}
