import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import type { RecoveryNoticeFacts } from '../domain/document-facts.js';
import { longDate, poundsAndPence } from '../domain/money-text.js';
import { isUuid } from '../domain/stored-document.js';
import { DocumentFactsReader, emailOf } from './document-facts-reader.js';
import type { KeptDocument } from './document-keeper.js';
import { GenerateRecoveryDocumentCommand } from './generate-recovery-document.js';
import { checkIdempotencyKey, NoticeDispatcher } from './notice-dispatcher.js';
import { NotificationSender } from './notification-sender.port.js';
import type { RecordedNotification } from './notification-store.port.js';
import { MAY_GENERATE_DOCUMENTS } from './permissions.js';

/**
 * Sends a reminder or final notice a recovery run issued to its ratepayer, as a notice is sent: by
 * email when they have an email contact, otherwise as a letter with the stage's stored PDF.
 */
export class SendRecoveryNoticeCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly recoveryStageId: string,
    readonly reason?: string,
    readonly idempotencyKey?: string | null,
  ) {}
}

@CommandHandler(SendRecoveryNoticeCommand)
export class SendRecoveryNoticeHandler implements ICommandHandler<SendRecoveryNoticeCommand> {
  constructor(
    private readonly facts: DocumentFactsReader,
    private readonly commands: CommandBus,
    private readonly dispatcher: NoticeDispatcher,
    private readonly sender: NotificationSender,
  ) {}

  async execute({ actor, accountReference, recoveryStageId, reason, idempotencyKey }: SendRecoveryNoticeCommand): Promise<RecordedNotification> {
    requireAnyRole(actor, MAY_GENERATE_DOCUMENTS, 'sending notices');
    const councilId = requireCouncil(actor);
    if (!isUuid(recoveryStageId)) throw new InvalidInputError('recoveryStageId', 'must be a recovery stage id (a UUID)');
    const key = checkIdempotencyKey(idempotencyKey);
    const earlier = await this.dispatcher.earlier(actor, councilId, key, (each) => each.recoveryStageId === recoveryStageId);
    if (earlier) return { notification: earlier, created: false };
    const { facts, accountId, account } = await this.facts.recoveryStage(actor, accountReference, recoveryStageId);
    return this.dispatcher.dispatch(actor, councilId, {
      noticeKind: facts.stage, accountId, accountReference: facts.accountReference, billId: null, billNumber: null, recoveryStageId,
    }, {
      emailAddress: emailOf(account),
      templateId: this.sender.recoveryEmailTemplateId,
      personalisation: () => recoveryPersonalisation(facts),
      addressee: facts.addressee,
      letterDocumentId: async () =>
        ((await this.commands.execute(new GenerateRecoveryDocumentCommand(actor, facts.accountReference, recoveryStageId))) as KeptDocument).document.documentId,
    }, key, reason ?? `${facts.stage} of ${facts.issuedOn} sent to the ratepayer`);
  }
}

/** What a reminder's or final notice's email template is filled with. */
export function recoveryPersonalisation(facts: RecoveryNoticeFacts): Record<string, string> {
  return {
    council_name: facts.council.name,
    ratepayer_name: facts.addressee.name,
    account_reference: facts.accountReference,
    notice: facts.stage === 'reminder' ? 'Reminder' : 'Final notice',
    financial_year: facts.financialYear,
    issued_on: longDate(facts.issuedOn),
    amount_due: poundsAndPence(facts.arrearsPence),
    pay_by: longDate(facts.payBy),
  };
}
