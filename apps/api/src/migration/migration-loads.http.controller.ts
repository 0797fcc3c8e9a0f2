import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetMigrationLoadQuery, ListLoadReconciliationsQuery, ListMigrationLoadsQuery } from '../../../../libs/legacy-migration/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { MigrationLoadView } from './migration-loads.views.js';
import { MigrationReconciliationView } from './migration-reconciliation.views.js';

/** Loads are run by the data team's CLI (`npm run migrate`); the API shows their record. */
@ApiTags('legacy migration')
@ApiBearerAuth()
@Controller('v1/migration/loads')
export class MigrationLoadsHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: "The council's legacy-migration loads, oldest first (data migrators and managers)" })
  @ApiOkResponse({ type: [MigrationLoadView] })
  loads(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListMigrationLoadsQuery(actor));
  }

  @Get(':loadId')
  @ApiOperation({ summary: 'One load: its files and their checksums, who ran it and how far it got' })
  @ApiOkResponse({ type: MigrationLoadView })
  load(@CurrentActor() actor: Actor, @Param('loadId') loadId: string) {
    return this.queries.execute(new GetMigrationLoadQuery(actor, loadId));
  }

  @Get(':loadId/reconciliations')
  @ApiOperation({ summary: "The load's stored reconciliation reports, oldest first: counts, balances, shadow billing, clean or not" })
  @ApiOkResponse({ type: [MigrationReconciliationView] })
  reconciliations(@CurrentActor() actor: Actor, @Param('loadId') loadId: string) {
    return this.queries.execute(new ListLoadReconciliationsQuery(actor, loadId));
  }
}
