import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Int } from '@nestjs/graphql';
import {
  ImportPaymentFileCommand, ListAccountHoldersQuery, ListPaymentImportsQuery, ListPaymentNotificationsQuery, SetSigningSecretCommand,
} from '../../../../libs/payments-in/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { LIMIT_ARGUMENT, PaymentFileInput, SigningSecretInput } from './payments-in.inputs.js';
import { AccountHolderView, PaymentFileImportedView, PaymentImportView, PaymentNotificationView, SigningSecretView } from './payments-in.views.js';

@Resolver()
export class PaymentsInResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => SigningSecretView, { description: 'Sets the GOV.UK Pay webhook signing secret for your council. The secret is never returned.' })
  setGovUkPaySigningSecret(@CurrentActor() actor: Actor, @Args('input') input: SigningSecretInput) {
    return this.commands.execute(new SetSigningSecretCommand(actor, 'govuk-pay', input.secret, input.reason ?? undefined, input.toleranceSeconds ?? undefined));
  }

  @Query(() => [PaymentNotificationView], { description: 'GOV.UK Pay notifications received, latest first, with what became of each.' })
  govUkPayNotifications(@CurrentActor() actor: Actor, @Args('limit', LIMIT_ARGUMENT) limit: number) {
    return this.queries.execute(new ListPaymentNotificationsQuery(actor, limit));
  }

  @Mutation(() => PaymentFileImportedView, { description: 'Imports a payment file: checked whole, then each line posted once; the same file again posts nothing.' })
  importPaymentFile(@CurrentActor() actor: Actor, @Args('input') input: PaymentFileInput) {
    return this.commands.execute(new ImportPaymentFileCommand(actor, input.format, input.fileName, input.content, input.reason ?? undefined));
  }

  @Query(() => [PaymentImportView], { description: 'Payment files imported, latest first, with their totals.' })
  paymentImports(@CurrentActor() actor: Actor, @Args('limit', LIMIT_ARGUMENT) limit: number) {
    return this.queries.execute(new ListPaymentImportsQuery(actor, limit));
  }

  @Query(() => [AccountHolderView], { description: 'A page of account holders in reference order: pass the last reference as `after` for the next page.' })
  accountHolders(@CurrentActor() actor: Actor, @Args('after', { nullable: true }) after?: string, @Args('limit', { type: () => Int, nullable: true, defaultValue: 500 }) limit = 500) {
    return this.queries.execute(new ListAccountHoldersQuery(actor, after ?? undefined, limit));
  }
}
