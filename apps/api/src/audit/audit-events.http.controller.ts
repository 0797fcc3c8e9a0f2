import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListAuditEventsQuery } from '../../../../libs/audit/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AuditEventsArgs } from './audit-events.args.js';
import { AuditEventView } from './audit-event.view.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/audit-events')
export class AuditEventsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: "The caller's council's audit trail, newest first" })
  @ApiOkResponse({ type: [AuditEventView] })
  list(@CurrentActor() actor: Actor, @Query() filter: AuditEventsArgs) {
    return this.queries.execute(new ListAuditEventsQuery(actor, filter));
  }
}
