import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  AccountStatementQuery, AssignSuspensePaymentCommand, ListSuspensePaymentsQuery, RecordPaymentCommand, RefundCreditCommand, TransferCreditCommand, WriteOffCommand,
  type RecordedPayment,
} from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { AssignSuspensePaymentInput, MoveCreditInput, RecordPaymentInput, StatementParameters, TransferCreditInput, WriteOffInput } from './collection.inputs.js';
import { AccountStatementView, MoneyMovedView, PaymentView, RecordedPaymentView } from './collection.views.js';

@ApiTags('business rates: collection')
@ApiBearerAuth()
@Controller('v1/business-rates')
export class CollectionHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('payments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a payment: posted once per Idempotency-Key or external reference; an unknown reference goes to suspense' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Send the same key again and the payment is not posted twice (200, Idempotent-Replayed: true).' })
  @ApiCreatedResponse({ type: RecordedPaymentView })
  async record(@CurrentActor() actor: Actor, @Body() input: RecordPaymentInput, @Headers('idempotency-key') idempotencyKey: string | undefined, @Res({ passthrough: true }) response: Response) {
    const recorded: RecordedPayment = await this.commands.execute(new RecordPaymentCommand(actor, { ...input, idempotencyKey }));
    if (recorded.replayed) response.status(200).setHeader('Idempotent-Replayed', 'true');
    return { ...recorded, inSuspense: recorded.payment.accountReference === null };
  }

  @Get('payments/suspense')
  @ApiOperation({ summary: 'Payments waiting in suspense for their account to be found' })
  @ApiOkResponse({ type: [PaymentView] })
  suspense(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListSuspensePaymentsQuery(actor));
  }

  @Post('payments/:paymentId/assign')
  @ApiOperation({ summary: 'Take a suspense payment onto an account' })
  @ApiCreatedResponse({ type: PaymentView })
  assign(@CurrentActor() actor: Actor, @Param('paymentId') paymentId: string, @Body() input: AssignSuspensePaymentInput) {
    return this.commands.execute(new AssignSuspensePaymentCommand(actor, paymentId, input.accountReference, input.reason));
  }

  @Post('accounts/:accountReference/refunds')
  @ApiOperation({ summary: "Refund an account's credit" })
  @ApiCreatedResponse({ type: MoneyMovedView })
  async refund(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Body() input: MoveCreditInput) {
    return { id: (await this.commands.execute(new RefundCreditCommand(actor, accountReference, input.amountPence, input.reason))).refundId };
  }

  @Post('accounts/:accountReference/transfers')
  @ApiOperation({ summary: "Transfer an account's credit to another account" })
  @ApiCreatedResponse({ type: MoneyMovedView })
  async transfer(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Body() input: TransferCreditInput) {
    return { id: (await this.commands.execute(new TransferCreditCommand(actor, accountReference, input.toAccountReference, input.amountPence, input.reason))).transferId };
  }

  @Post('accounts/:accountReference/write-offs')
  @ApiOperation({ summary: "Write off a year's unpaid rates" })
  @ApiCreatedResponse({ type: MoneyMovedView })
  async writeOff(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Body() input: WriteOffInput) {
    return { id: (await this.commands.execute(new WriteOffCommand(actor, accountReference, input.financialYear, input.amountPence, input.reason))).writeOffId };
  }

  @Get('accounts/:accountReference/statement')
  @ApiOperation({ summary: 'Every debit and credit up to a date, with the running balance' })
  @ApiOkResponse({ type: AccountStatementView })
  statement(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string, @Query() query: StatementParameters) {
    return this.queries.execute(new AccountStatementQuery(actor, accountReference, query.asAt));
  }
}
