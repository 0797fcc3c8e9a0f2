import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListAccountNotificationsQuery, SendNoticeCommand } from '../../../../libs/documents/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AccountReferenceQuery, ReasonInput } from './documents.inputs.js';
import { NotificationView } from './documents.views.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1/notifications')
export class NotificationsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('notices/:billNumber')
  @ApiOperation({
    summary: "Send an issued notice to the ratepayer: by email if they have an email contact, else as a letter with the notice's PDF. "
      + "The notification is recorded either way; a provider's refusal comes back as status failed with the provider's reason",
  })
  @ApiCreatedResponse({ type: NotificationView })
  send(@CurrentActor() actor: Actor, @Param('billNumber', new ParseIntPipe()) billNumber: number, @Body() input: ReasonInput) {
    return this.commands.execute(new SendNoticeCommand(actor, billNumber, input.reason));
  }

  @Get()
  @ApiOperation({ summary: "An account's notifications, newest first" })
  @ApiOkResponse({ type: [NotificationView] })
  list(@CurrentActor() actor: Actor, @Query() query: AccountReferenceQuery) {
    return this.queries.execute(new ListAccountNotificationsQuery(actor, query.accountReference));
  }
}
