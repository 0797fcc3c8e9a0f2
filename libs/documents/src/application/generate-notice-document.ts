import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { checkBillNumber } from '../domain/stored-document.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { DEMAND_NOTICE_TEMPLATE_VERSION, demandNoticeLayout } from '../domain/demand-notice.template.js';
import { DocumentFactsReader } from './document-facts-reader.js';
import { DocumentKeeper, type KeptDocument } from './document-keeper.js';
import { MAY_GENERATE_DOCUMENTS } from './permissions.js';

/** The PDF of an issued notice (a demand, annual bill or adjustment): rendered once, then the stored one. */
export class GenerateNoticeDocumentCommand {
  constructor(
    readonly actor: Actor,
    readonly billNumber: number,
    readonly reason?: string,
  ) {}
}

@CommandHandler(GenerateNoticeDocumentCommand)
export class GenerateNoticeDocumentHandler implements ICommandHandler<GenerateNoticeDocumentCommand> {
  constructor(
    private readonly facts: DocumentFactsReader,
    private readonly keeper: DocumentKeeper,
  ) {}

  async execute({ actor, billNumber, reason }: GenerateNoticeDocumentCommand): Promise<KeptDocument> {
    requireAnyRole(actor, MAY_GENERATE_DOCUMENTS, 'generating documents');
    const councilId = requireCouncil(actor);
    checkBillNumber(billNumber);
    const notice = await this.facts.notice(actor, billNumber);
    return this.keeper.keep(actor, councilId, {
      kind: 'demand-notice',
      source: { billId: notice.billId },
      accountId: notice.accountId,
      accountReference: notice.facts.accountReference,
      billNumber,
      templateVersion: DEMAND_NOTICE_TEMPLATE_VERSION,
      createdOn: notice.facts.issuedOn,
      layout: () => demandNoticeLayout(notice.facts),
    }, reason ?? `document for notice ${billNumber}`);
  }
}
