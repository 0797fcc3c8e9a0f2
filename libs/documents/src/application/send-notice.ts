import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkBillNumber } from '../domain/stored-document.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import type { DemandNoticeFacts } from '../domain/document-facts.js';
import { longDate, poundsAndPence } from '../domain/money-text.js';
import { DocumentFactsReader, emailOf } from './document-facts-reader.js';
import { GenerateNoticeDocumentCommand } from './generate-notice-document.js';
import type { KeptDocument } from './document-keeper.js';
import { checkIdempotencyKey, NoticeDispatcher } from './notice-dispatcher.js';
import { NotificationSender } from './notification-sender.port.js';
import type { RecordedNotification } from './notification-store.port.js';
import { MAY_GENERATE_DOCUMENTS } from './permissions.js';

/**
 * Sends an issued notice to its ratepayer: by email when they have an email contact, otherwise as a
 * letter with the notice's stored PDF. With an idempotency key, sent once: the key again returns
 * the first notification (created false); without one, each send is a new notification.
 */
export class SendNoticeCommand {
  constructor(
    readonly actor: Actor,
    readonly billNumber: number,
    readonly reason?: string,
    readonly idempotencyKey?: string | null,
  ) {}
}

@CommandHandler(SendNoticeCommand)
export class SendNoticeHandler implements ICommandHandler<SendNoticeCommand> {
  constructor(
    private readonly facts: DocumentFactsReader,
    private readonly commands: CommandBus,
    private readonly dispatcher: NoticeDispatcher,
    private readonly sender: NotificationSender,
  ) {}

  async execute({ actor, billNumber, reason, idempotencyKey }: SendNoticeCommand): Promise<RecordedNotification> {
    requireAnyRole(actor, MAY_GENERATE_DOCUMENTS, 'sending notices');
    const councilId = requireCouncil(actor);
    checkBillNumber(billNumber);
    const key = checkIdempotencyKey(idempotencyKey);
    const earlier = await this.dispatcher.earlier(actor, councilId, key, (each) => each.billNumber === billNumber);
    if (earlier) return { notification: earlier, created: false };
    const { facts, billId, accountId, account } = await this.facts.notice(actor, billNumber);
    return this.dispatcher.dispatch(actor, councilId, {
      noticeKind: 'demand-notice', accountId, accountReference: facts.accountReference, billId, billNumber, recoveryStageId: null,
    }, {
      emailAddress: emailOf(account),
      templateId: this.sender.noticeEmailTemplateId,
      personalisation: () => noticePersonalisation(facts),
      addressee: facts.addressee,
      letterDocumentId: async () => ((await this.commands.execute(new GenerateNoticeDocumentCommand(actor, billNumber))) as KeptDocument).document.documentId,
    }, key, reason ?? `notice ${billNumber} sent to the ratepayer`);
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
