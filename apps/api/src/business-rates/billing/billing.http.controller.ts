import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetNoticeQuery, IssueBillCommand, ListNoticesQuery, type IssuedNotice } from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { IssueBillInput, ListBillsQueryParameters } from './notice.inputs.js';
import { IssueBillResultView, NoticeView } from './notice.view.js';

@ApiTags('business rates: bills')
@ApiBearerAuth()
@Controller('v1/business-rates')
export class BillingHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('accounts/:accountReference/bills')
  @ApiOperation({ summary: "Recompute an account's year and issue the notice of differences (nothing if nothing changed)" })
  @ApiCreatedResponse({ type: IssueBillResultView })
  async issue(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Body() input: IssueBillInput) {
    const notice: IssuedNotice | null = await this.commands.execute(new IssueBillCommand(actor, accountReference, input.financialYear, input.reason));
    return { issued: notice !== null, notice };
  }

  @Get('accounts/:accountReference/bills')
  @ApiOperation({ summary: "An account's notices, oldest first" })
  @ApiOkResponse({ type: [NoticeView] })
  list(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Query() query: ListBillsQueryParameters) {
    return this.queries.execute(new ListNoticesQuery(actor, accountReference, query.financialYear));
  }

  @Get('bills/:billNumber')
  @ApiOperation({ summary: 'One notice by its number, with every line and instalment' })
  @ApiOkResponse({ type: NoticeView })
  get(@CurrentActor() actor: Actor, @Param('billNumber', new ParseIntPipe()) billNumber: number) {
    return this.queries.execute(new GetNoticeQuery(actor, billNumber));
  }
}
