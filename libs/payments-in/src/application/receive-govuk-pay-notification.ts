import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { CommandHandler, CommandBus, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { RecordPaymentCommand, type RecordedPayment } from '../../../business-rates/src/index.js';
import { ResolveTokenCouncilQuery, type TokenCouncil } from '../../../councils/src/index.js';
import { Clock, DomainError } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import { checkPaySignature, NotificationRejectedError, readPayNotification, type PayNotification } from '../domain/govuk-pay-notification.js';
import { outcomeOf } from './posting-outcome.js';
import { PaymentsInStore, SecretSealer, type NewNotification, type NotificationRecord } from './payments-in-store.port.js';

/** A GOV.UK Pay webhook notification as it arrived: for the council named in the URL, the raw body and its signature. */
export class ReceiveGovUkPayNotificationCommand {
  constructor(
    readonly councilCode: string,
    readonly rawBody: Buffer,
    readonly signature: string | undefined,
    readonly requestId?: string,
  ) {}
}

/** The identity a verified notification acts as: the audit trail says the money came from GOV.UK Pay. */
const PAY_SUBJECT = 'govuk-pay-webhook';

/**
 * Authenticates a notification by its signature (no bearer token: GOV.UK Pay cannot send one),
 * posts a successful card payment once however often it is sent, and records every notification,
 * rejected or not, with what became of it.
 */
@CommandHandler(ReceiveGovUkPayNotificationCommand)
export class ReceiveGovUkPayNotificationHandler implements ICommandHandler<ReceiveGovUkPayNotificationCommand> {
  private readonly logger = new Logger('GovUkPayNotifications');

  constructor(
    private readonly store: PaymentsInStore,
    private readonly sealer: SecretSealer,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute({ councilCode, rawBody, signature, requestId }: ReceiveGovUkPayNotificationCommand): Promise<NotificationRecord> {
    const council: TokenCouncil | null = typeof councilCode === 'string' && /^[a-z0-9-]{2,50}$/.test(councilCode)
      ? await this.queries.execute(new ResolveTokenCouncilQuery(councilCode)) : null;
    if (!council?.active) {
      // Nowhere to record it: no such council (or a suspended one) has a secret to check it with.
      this.logger.warn({ councilCode, requestId }, 'GOV.UK Pay notification rejected: no active council with this code');
      throw new NotificationRejectedError('no-signing-secret', `no active council "${councilCode}" takes GOV.UK Pay notifications here`);
    }
    const actor: Actor = { subject: PAY_SUBJECT, roles: ['integration'], councilId: council.councilId, requestId };
    const base = { provider: 'govuk-pay' as const, bodySha256: createHash('sha256').update(rawBody).digest('hex') };
    const notification = await this.authenticated(actor, rawBody, signature, base);
    if (!notification.payment) {
      return this.record(actor, { ...base, ...EMPTY, outcome: 'ignored', reason: notification.ignoredBecause, eventType: notification.eventType, providerPaymentId: notification.providerPaymentId });
    }
    const { payment } = notification;
    const details = { ...base, eventType: notification.eventType, providerPaymentId: payment.providerPaymentId, accountReference: payment.accountReference, amountPence: payment.amountPence };
    let recorded: RecordedPayment;
    try {
      recorded = await this.commands.execute(new RecordPaymentCommand(actor, {
        amountPence: payment.amountPence, receivedOn: payment.receivedOn, method: 'card', accountReference: payment.accountReference,
        idempotencyKey: `govuk-pay:${payment.providerPaymentId}`,
      }, `GOV.UK Pay payment ${payment.providerPaymentId}`));
    } catch (error) {
      // The core refused it (a different payment under the same GOV.UK Pay id, say): recorded, and the provider told.
      if (error instanceof DomainError) await this.reject(actor, { ...details, paymentId: null }, new NotificationRejectedError('malformed', error.message));
      throw error;
    }
    const outcome = outcomeOf(recorded);
    return this.record(actor, { ...details, outcome, reason: REASONS[outcome], paymentId: recorded.payment.paymentId });
  }

  /** The notification, once its signature is the council's and its body is fresh and well formed; otherwise rejected and recorded. */
  private async authenticated(actor: Actor, rawBody: Buffer, signature: string | undefined, base: Pick<NewNotification, 'provider' | 'bodySha256'>): Promise<PayNotification> {
    try {
      const stored = await this.store.signingSecret(actor, actor.councilId as string, 'govuk-pay');
      if (!stored) throw new NotificationRejectedError('no-signing-secret', 'this council has no GOV.UK Pay signing secret set');
      checkPaySignature(rawBody, this.openSecret(stored.sealedSecret), signature);
      return readPayNotification(rawBody, this.clock.now(), stored.toleranceSeconds);
    } catch (error) {
      if (error instanceof NotificationRejectedError) await this.reject(actor, { ...base, ...EMPTY }, error);
      throw error;
    }
  }

  /** A secret that cannot be opened (no key, or another key) rejects the notification, recorded with the reason, for the revenues team to see. */
  private openSecret(sealed: string): string {
    try {
      return this.sealer.open(sealed);
    } catch (error) {
      if (error instanceof DomainError) throw new NotificationRejectedError('no-signing-secret', error.message);
      throw error;
    }
  }

  private async reject(actor: Actor, notification: Omit<NewNotification, 'outcome' | 'reason'>, error: NotificationRejectedError): Promise<void> {
    this.logger.warn({ councilId: actor.councilId, requestId: actor.requestId, cause: error.rejection, reason: error.reason }, 'GOV.UK Pay notification rejected');
    await this.record(actor, { ...notification, outcome: 'rejected', reason: `${error.rejection}: ${error.reason}`.slice(0, 500) });
  }

  private record(actor: Actor, notification: NewNotification): Promise<NotificationRecord> {
    return this.store.recordNotification(actor, actor.councilId as string, notification, `GOV.UK Pay notification ${notification.outcome}`);
  }
}

const EMPTY = { eventType: null, providerPaymentId: null, accountReference: null, amountPence: null, paymentId: null };

const REASONS = {
  posted: 'card payment posted to the account',
  'held-in-suspense': 'card payment held in suspense: the reference names no account',
  'already-posted': 'card payment already posted by an earlier notification: nothing new posted',
} as const;
