import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Written only by the database's audit trigger; the application role can read it, never write it. */
@Entity({ name: 'audit_events' })
export class AuditEventOrmEntity {
  @PrimaryColumn({ name: 'council_id', type: 'uuid' })
  councilId: string;

  @PrimaryColumn({ name: 'audit_event_id', type: 'bigint' })
  auditEventId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  actor: string;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'table_name', type: 'text' })
  tableName: string;

  @Column({ type: 'text' })
  operation: 'INSERT' | 'UPDATE' | 'DELETE';

  @Column({ name: 'row_key', type: 'jsonb' })
  rowKey: Record<string, unknown>;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
