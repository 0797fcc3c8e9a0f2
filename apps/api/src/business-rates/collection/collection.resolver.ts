import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  AccountStatementQuery, AssignSuspensePaymentCommand, ListSuspensePaymentsQuery, RecordPaymentCommand, RefundCreditCommand, TransferCreditCommand, WriteOffCommand,
  type RecordedPayment,
} from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { AssignSuspensePaymentInput, MoveCreditInput, RecordPaymentInput, TransferCreditInput, WriteOffInput } from './collection.inputs.js';
import { AccountStatementView, MoneyMovedView, PaymentView, RecordedPaymentView } from './collection.views.js';

@Resolver()
export class CollectionResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => RecordedPaymentView, { description: 'Records a payment, once per idempotency key or external reference; an unknown reference goes to suspense.' })
  async recordPayment(@CurrentActor() actor: Actor, @Args('input') input: RecordPaymentInput, @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string) {
    const recorded: RecordedPayment = await this.commands.execute(new RecordPaymentCommand(actor, { ...input, idempotencyKey: idempotencyKey ?? undefined }));
    return { ...recorded, inSuspense: recorded.payment.accountReference === null };
  }

  @Query(() => [PaymentView], { description: 'Payments waiting in suspense.' })
  suspensePayments(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListSuspensePaymentsQuery(actor));
  }

  @Mutation(() => PaymentView)
  assignSuspensePayment(@CurrentActor() actor: Actor, @Args('paymentId') paymentId: string, @Args('input') input: AssignSuspensePaymentInput) {
    return this.commands.execute(new AssignSuspensePaymentCommand(actor, paymentId, input.accountReference, input.reason));
  }

  @Mutation(() => MoneyMovedView)
  async refundCredit(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string, @Args('input') input: MoveCreditInput) {
    return { id: (await this.commands.execute(new RefundCreditCommand(actor, accountReference, input.amountPence, input.reason))).refundId };
  }

  @Mutation(() => MoneyMovedView)
  async transferCredit(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string, @Args('input') input: TransferCreditInput) {
    return { id: (await this.commands.execute(new TransferCreditCommand(actor, accountReference, input.toAccountReference, input.amountPence, input.reason))).transferId };
  }

  @Mutation(() => MoneyMovedView)
  async writeOff(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string, @Args('input') input: WriteOffInput) {
    return { id: (await this.commands.execute(new WriteOffCommand(actor, accountReference, input.financialYear, input.amountPence, input.reason))).writeOffId };
  }

  @Query(() => AccountStatementView, { description: 'Every debit and credit up to a date (today if not given), with the running balance.' })
  accountStatement(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string, @Args('asAt', { nullable: true }) asAt?: string) {
    return this.queries.execute(new AccountStatementQuery(actor, accountReference, asAt ?? undefined));
  }
}
