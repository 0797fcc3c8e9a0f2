import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkBillNumber } from '../domain/stored-document.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import type { DemandNoticeFacts } from '../domain/document-facts.js';
import { longDate, poundsAndPence } from '../domain/money-text.js';
import type { NotificationRecord } from '../domain/notification.js';
import { DocumentFactsReader, emailOf } from './document-facts-reader.js';
import { DocumentStore } from './document-store.port.js';
import { GenerateNoticeDocumentCommand } from './generate-notice-document.js';
import type { KeptDocument } from './document-keeper.js';
import { NotificationRefusedError, NotificationSender, type AcceptedNotification } from './notification-sender.port.js';
import { NotificationStore, type NewNotification } from './notification-store.port.js';
import { MAY_GENERATE_DOCUMENTS } from './permissions.js';

/**
 * Sends an issued notice to its ratepayer: by email when they have an email contact, otherwise as a
 * letter with the notice's stored PDF. Recorded before the provider is asked, then with its answer:
 * a refusal is kept as a failed notification with the provider's reason, and is what comes back.
 */
export class SendNoticeCommand {
  constructor(
    readonly actor: Actor,
    readonly billNumber: number,
    readonly reason?: string,
  ) {}
}

@CommandHandler(SendNoticeCommand)
export class SendNoticeHandler implements ICommandHandler<SendNoticeCommand> {
  constructor(
    private readonly facts: DocumentFactsReader,
    private readonly commands: CommandBus,
    private readonly documents: DocumentStore,
    private readonly notifications: NotificationStore,
    private readonly sender: NotificationSender,
  ) {}

  async execute({ actor, billNumber, reason }: SendNoticeCommand): Promise<NotificationRecord> {
    requireAnyRole(actor, MAY_GENERATE_DOCUMENTS, 'sending notices');
    const councilId = requireCouncil(actor);
    checkBillNumber(billNumber);
    const { facts, billId, accountId, account } = await this.facts.notice(actor, billNumber);
    const why = reason ?? `notice ${billNumber} sent to the ratepayer`;
    const notificationId = randomUUID();
    const base = { notificationId, accountId, accountReference: facts.accountReference, billId, billNumber, provider: this.sender.provider };
    const emailAddress = emailOf(account);
    if (emailAddress) {
      const personalisation = noticePersonalisation(facts);
      const templateId = this.sender.noticeEmailTemplateId;
      const recorded: NewNotification = { ...base, channel: 'email', recipient: emailAddress, templateId, personalisation, documentId: null };
      return this.send(actor, councilId, recorded, why, () => this.sender.sendEmail({ templateId, emailAddress, personalisation, reference: notificationId }));
    }
    const kept: KeptDocument = await this.commands.execute(new GenerateNoticeDocumentCommand(actor, billNumber));
    const content = await this.documents.content(actor, councilId, kept.document.documentId);
    if (!content) throw new Error(`document ${kept.document.documentId} was stored but cannot be read back`);
    const recipient = [facts.addressee.name, facts.addressee.postcode].filter(Boolean).join(', ');
    const recorded: NewNotification = { ...base, channel: 'letter', recipient, templateId: null, personalisation: null, documentId: kept.document.documentId };
    return this.send(actor, councilId, recorded, why, () => this.sender.sendLetter({ reference: notificationId, pdf: content.bytes }));
  }

  private async send(actor: Actor, councilId: string, notification: NewNotification, reason: string, call: () => Promise<AcceptedNotification>): Promise<NotificationRecord> {
    await this.notifications.record(actor, councilId, notification, reason);
    try {
      const accepted = await call();
      return await this.notifications.settle(actor, councilId, notification.notificationId, { status: 'accepted', providerNotificationId: accepted.providerNotificationId }, reason);
    } catch (error) {
      if (!(error instanceof NotificationRefusedError)) throw error;
      return this.notifications.settle(actor, councilId, notification.notificationId, { status: 'failed', failure: error.message }, reason);
    }
  }
}

/** What a notice's email template is filled with: Notify personalisation is text only. */
export function noticePersonalisation(facts: DemandNoticeFacts): Record<string, string> {
  const first = facts.instalments[0];
  return {
    council_name: facts.council.name,
    ratepayer_name: facts.addressee.name,
    account_reference: facts.accountReference,
    bill_number: String(facts.billNumber),
    financial_year: facts.financialYear,
    year_charge: poundsAndPence(facts.yearChargePence),
    amount_due: poundsAndPence(facts.instalments.reduce((sum, each) => sum + each.amountPence, 0)),
    instalments: String(facts.instalments.length),
    first_instalment: first ? `${poundsAndPence(first.amountPence)} by ${longDate(first.dueDate)}` : 'none',
  };
}
