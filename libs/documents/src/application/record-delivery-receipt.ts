import { Logger } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import { ResolveTokenCouncilQuery, type TokenCouncil } from '../../../councils/src/index.js';
import { InvalidInputError } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import { sha256Hex, tokenMatches } from '../domain/callback-token.js';
import { DELIVERY_STATUSES, isDeliveryStatus } from '../domain/notification.js';
import { CallbackTokenStore, ConfiguredCallbackTokens } from './callback-token-store.port.js';
import { NotificationStore, type DeliveryReceipt } from './notification-store.port.js';

/** The subject GOV.UK Notify's receipts are recorded under in the audit trail. */
export const NOTIFY_CALLBACK_SUBJECT = 'govuk-notify-callback';

/**
 * A delivery receipt GOV.UK Notify posted to a council's callback URL, with the bearer token it
 * sent. Public: Notify has no token of ours, so the callback token is the only proof it is Notify.
 */
export class RecordDeliveryReceiptCommand {
  constructor(
    readonly councilCode: string,
    readonly bearerToken: string | null,
    readonly body: unknown,
    readonly requestId?: string,
  ) {}
}

/** Applied: the notification now says what the receipt says. Unchanged: it said so already, or a later stage. */
export type ReceiptOutcome =
  | { readonly outcome: 'refused'; readonly why: string }
  | { readonly outcome: 'applied' | 'unchanged'; readonly notificationId: string }
  | { readonly outcome: 'unknown-notification' };

@CommandHandler(RecordDeliveryReceiptCommand)
export class RecordDeliveryReceiptHandler implements ICommandHandler<RecordDeliveryReceiptCommand> {
  private readonly log = new Logger('GovUkNotifyReceipts');

  constructor(
    private readonly queries: QueryBus,
    private readonly tokens: CallbackTokenStore,
    private readonly configured: ConfiguredCallbackTokens,
    private readonly notifications: NotificationStore,
  ) {}

  async execute({ councilCode, bearerToken, body, requestId }: RecordDeliveryReceiptCommand): Promise<ReceiptOutcome> {
    // The same answer for an unknown council as for a wrong token: the route tells no one which councils exist.
    const council: TokenCouncil | null = await this.queries.execute(new ResolveTokenCouncilQuery(councilCode));
    const actor: Actor = { subject: NOTIFY_CALLBACK_SUBJECT, roles: [], councilId: council?.councilId ?? null, requestId };
    const refusal = council ? await this.refusal(actor, council.councilId, councilCode, bearerToken) : 'no such council';
    if (refusal) {
      this.log.warn(`receipt for council "${councilCode}" refused: ${refusal} (request ${requestId ?? '-'})`);
      return { outcome: 'refused', why: refusal };
    }
    const receipt = readReceipt(body);
    const applied = await this.notifications.applyReceipt(actor, actor.councilId as string, receipt, `GOV.UK Notify receipt: ${receipt.status}`);
    if (!applied) {
      this.log.warn(`receipt for council "${councilCode}" names no notification of it: Notify id ${receipt.providerNotificationId}, status ${receipt.status}; acknowledged`);
      return { outcome: 'unknown-notification' };
    }
    return { outcome: applied.changed ? 'applied' : 'unchanged', notificationId: applied.notification.notificationId };
  }

  /** Why the token is refused, or null when it is the council's: the stored one, else the configured one. */
  private async refusal(actor: Actor, councilId: string, councilCode: string, bearerToken: string | null): Promise<string | null> {
    if (!bearerToken) return 'no bearer token';
    const stored = await this.tokens.find(actor, councilId);
    const configured = this.configured.byCouncilCode.get(councilCode);
    const expected = stored?.tokenSha256 ?? (configured === undefined ? null : sha256Hex(configured));
    if (expected === null) return 'the council has no GOV.UK Notify callback token';
    return tokenMatches(bearerToken, expected) ? null : 'wrong bearer token';
  }
}

/** Notify's callback body, checked: the fields this service keeps, each named when wrong. */
function readReceipt(body: unknown): DeliveryReceipt {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof fields.id !== 'string' || fields.id === '' || fields.id.length > 200) throw new InvalidInputError('id', "must be GOV.UK Notify's notification id");
  if (!isDeliveryStatus(fields.status)) throw new InvalidInputError('status', `must be one of ${DELIVERY_STATUSES.join(', ')}`);
  return {
    providerNotificationId: fields.id,
    status: fields.status,
    providerCreatedAt: timestamp(fields, 'created_at'),
    sentAt: timestamp(fields, 'sent_at'),
    completedAt: timestamp(fields, 'completed_at'),
  };
}

function timestamp(fields: Record<string, unknown>, name: string): string | null {
  const value = fields[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw new InvalidInputError(name, 'must be a timestamp (ISO 8601) or null');
  return new Date(value).toISOString();
}
