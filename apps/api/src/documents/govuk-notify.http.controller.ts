import { Body, Controller, Headers, HttpCode, Param, Put, Post, Req, UnauthorizedException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { RecordDeliveryReceiptCommand, SetNotifyCallbackTokenCommand, type ReceiptOutcome } from '../../../../libs/documents/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { NotifyCallbackTokenInput } from './documents.inputs.js';
import { DeliveryReceiptBody, NotifyCallbackTokenView, ReceiptAcknowledgement } from './documents.views.js';

@ApiTags('notifications')
@Controller('v1/integrations')
export class GovUkNotifyHttpController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Public: GOV.UK Notify holds no token of ours; it proves itself with the council's callback
   * bearer token. The body is read as sent (Notify may add fields) and checked by the handler.
   */
  @Post(':councilCode/govuk-notify/receipts')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: "GOV.UK Notify's delivery receipts for a council's notifications (set as the callback URL in the Notify service, with the council's callback bearer token)" })
  @ApiBody({ type: DeliveryReceiptBody })
  @ApiOkResponse({ type: ReceiptAcknowledgement })
  @ApiUnauthorizedResponse({ description: 'No bearer token, or not the council’s callback token' })
  async receipt(@Param('councilCode') councilCode: string, @Headers('authorization') authorization: string | undefined, @Body() body: Record<string, unknown>, @Req() request: Request) {
    const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim() || null;
    const requestId = (request as Request & { id?: unknown }).id;
    const result: ReceiptOutcome = await this.commands.execute(new RecordDeliveryReceiptCommand(councilCode, token, body, requestId === undefined ? undefined : String(requestId)));
    if (result.outcome === 'refused') throw new UnauthorizedException('the callback bearer token is missing or is not this council’s');
    return { outcome: result.outcome };
  }

  @Put('govuk-notify/callback-token')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Set the bearer token GOV.UK Notify sends with this council's delivery receipts (stored as a hash, never returned)" })
  @ApiOkResponse({ type: NotifyCallbackTokenView })
  setCallbackToken(@CurrentActor() actor: Actor, @Body() input: NotifyCallbackTokenInput) {
    return this.commands.execute(new SetNotifyCallbackTokenCommand(actor, input.token, input.reason));
  }
}
