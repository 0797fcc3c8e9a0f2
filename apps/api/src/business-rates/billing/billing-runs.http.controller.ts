import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetBillingRunQuery, ListBillingRunsQuery, StartBillingRunCommand } from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { StartBillingRunInput } from './billing-run.inputs.js';
import { BillingRunView } from './billing-run.view.js';

@ApiTags('business rates: billing')
@ApiBearerAuth()
@Controller('v1/business-rates/billing-runs')
export class BillingRunsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: "Request the council's annual billing for a year",
    description: 'The worker bills every liable account in chunks; follow progress at GET billing-runs/{financialYear}. Requesting a failed run again resumes it.',
  })
  @ApiOkResponse({ type: BillingRunView })
  start(@CurrentActor() actor: Actor, @Body() input: StartBillingRunInput) {
    return this.commands.execute(new StartBillingRunCommand(actor, input.financialYear, input.issuedOn, input.reason));
  }

  @Get()
  @ApiOperation({ summary: "The council's billing runs, latest year first" })
  @ApiOkResponse({ type: [BillingRunView] })
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListBillingRunsQuery(actor));
  }

  @Get(':financialYear')
  @ApiOperation({ summary: 'A billing run and its progress' })
  @ApiOkResponse({ type: BillingRunView })
  get(@CurrentActor() actor: Actor, @Param('financialYear') financialYear: string) {
    return this.queries.execute(new GetBillingRunQuery(actor, financialYear));
  }
}
