import { BadRequestException, Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Req, UnauthorizedException } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import {
  ListPaymentNotificationsQuery, NotificationRejectedError, ReceiveGovUkPayNotificationCommand, SetSigningSecretCommand, type NotificationRecord,
} from '../../../../libs/payments-in/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { Public } from '../auth/public.decorator.js';
import { ListParameters, SigningSecretInput } from './payments-in.inputs.js';
import { NotificationReceiptView, PaymentNotificationView, SigningSecretView } from './payments-in.views.js';

@ApiTags('integrations: GOV.UK Pay')
@Controller('v1/integrations')
export class GovUkPayHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** Signed, not bearer-authenticated: GOV.UK Pay cannot send a token. The raw body is what is signed (see request-body.ts). */
  @Post(':councilCode/govuk-pay/webhooks')
  @Public()
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (INTEGRATION_RATE_LIMIT_PER_MINUTE); Retry-After says when to try again.' })
  @HttpCode(200)
  @ApiOperation({ summary: 'GOV.UK Pay webhook: a card payment notification, signed with the council\'s signing secret (docs/integrations/payments-in.md)' })
  @ApiHeader({ name: 'Pay-Signature', required: true, description: 'Hex HMAC-SHA256 of the raw body with the council\'s signing secret.' })
  @ApiOkResponse({ type: NotificationReceiptView })
  async receive(@Param('councilCode') councilCode: string, @Req() request: Request & { id?: unknown }, @Headers('pay-signature') signature: string | undefined) {
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    try {
      const recorded: NotificationRecord = await this.commands.execute(
        new ReceiveGovUkPayNotificationCommand(councilCode, body, signature, request.id === undefined ? undefined : String(request.id)),
      );
      return { notificationId: recorded.notificationId, outcome: recorded.outcome, reason: recorded.reason };
    } catch (error) {
      if (!(error instanceof NotificationRejectedError)) throw error;
      if (error.rejection === 'malformed') throw new BadRequestException(`notification rejected (malformed): ${error.reason}`);
      throw new UnauthorizedException(`notification rejected (${error.rejection}): ${error.reason}`);
    }
  }

  @Put('govuk-pay/signing-secret')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Set the GOV.UK Pay webhook signing secret for your council (revenues-manager). The secret is never returned.' })
  @ApiOkResponse({ type: SigningSecretView })
  setSigningSecret(@CurrentActor() actor: Actor, @Body() input: SigningSecretInput) {
    return this.commands.execute(new SetSigningSecretCommand(actor, 'govuk-pay', input.secret, input.reason, input.toleranceSeconds));
  }

  @Get('govuk-pay/notifications')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'GOV.UK Pay notifications received, latest first, with what became of each' })
  @ApiOkResponse({ type: [PaymentNotificationView] })
  notifications(@CurrentActor() actor: Actor, @Query() query: ListParameters) {
    return this.queries.execute(new ListPaymentNotificationsQuery(actor, query.limit ?? 100));
  }
}
