import { Body, Controller, Get, Headers, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ListAccountNotificationsQuery, SendNoticeCommand, SendRecoveryNoticeCommand, type RecordedNotification } from '../../../../libs/documents/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { AccountReferenceQuery, SendRecoveryNoticeInput } from './documents.inputs.js';
import { ReasonInput } from '../graphql/reason.input.js';
import { NotificationView } from './documents.views.js';

const SENT_ONCE = 'Send the same key again and the first notification comes back (200, Idempotent-Replayed: true); nothing is sent again. Without a key, each call sends.';

/** 201 for a notification sent now; 200 and Idempotent-Replayed for the one sent before under the same key. */
function sentView(sent: RecordedNotification, response: Response) {
  if (!sent.created) response.status(200).setHeader('Idempotent-Replayed', 'true');
  return sent.notification;
}

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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: SENT_ONCE })
  @ApiCreatedResponse({ type: NotificationView })
  async send(
    @CurrentActor() actor: Actor, @Param('billNumber', new ParseIntPipe()) billNumber: number, @Body() input: ReasonInput,
    @Headers('idempotency-key') idempotencyKey: string | undefined, @Res({ passthrough: true }) response: Response,
  ) {
    return sentView(await this.commands.execute(new SendNoticeCommand(actor, billNumber, input.reason, idempotencyKey)), response);
  }

  @Post('recovery-notices')
  @ApiOperation({ summary: "Send a reminder or final notice to the ratepayer, as a notice is sent: by email, else as a letter with the stage's PDF" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: SENT_ONCE })
  @ApiCreatedResponse({ type: NotificationView })
  async sendRecovery(
    @CurrentActor() actor: Actor, @Body() input: SendRecoveryNoticeInput,
    @Headers('idempotency-key') idempotencyKey: string | undefined, @Res({ passthrough: true }) response: Response,
  ) {
    const sent: RecordedNotification = await this.commands.execute(new SendRecoveryNoticeCommand(actor, input.accountReference, input.recoveryStageId, input.reason, idempotencyKey));
    return sentView(sent, response);
  }

  @Get()
  @ApiOperation({ summary: "An account's notifications, newest first" })
  @ApiOkResponse({ type: [NotificationView] })
  list(@CurrentActor() actor: Actor, @Query() query: AccountReferenceQuery) {
    return this.queries.execute(new ListAccountNotificationsQuery(actor, query.accountReference));
  }
}
