import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditTrail } from './application/audit-event.js';
import { ListAuditEventsHandler } from './application/list-audit-events.handler.js';
import { AuditEventOrmEntity } from './infrastructure/audit-event.orm-entity.js';
import { TypeOrmAuditTrail } from './infrastructure/typeorm-audit-trail.js';

/** Reading the audit trail. Writing it is the database's job (a trigger on every council-owned table). */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventOrmEntity])],
  providers: [{ provide: AuditTrail, useClass: TypeOrmAuditTrail }, ListAuditEventsHandler],
})
export class AuditModule {}
