import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { isUuid } from '../domain/stored-document.js';
import { RECOVERY_NOTICE_TEMPLATE_VERSION, recoveryNoticeLayout } from '../domain/recovery-notice.template.js';
import { DocumentFactsReader } from './document-facts-reader.js';
import { DocumentKeeper, type KeptDocument } from './document-keeper.js';
import { MAY_GENERATE_DOCUMENTS } from './permissions.js';

/** The PDF of a reminder or final notice a recovery run issued: rendered once, then the stored one. */
export class GenerateRecoveryDocumentCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly recoveryStageId: string,
    readonly reason?: string,
  ) {}
}

@CommandHandler(GenerateRecoveryDocumentCommand)
export class GenerateRecoveryDocumentHandler implements ICommandHandler<GenerateRecoveryDocumentCommand> {
  constructor(
    private readonly facts: DocumentFactsReader,
    private readonly keeper: DocumentKeeper,
  ) {}

  async execute({ actor, accountReference, recoveryStageId, reason }: GenerateRecoveryDocumentCommand): Promise<KeptDocument> {
    requireAnyRole(actor, MAY_GENERATE_DOCUMENTS, 'generating documents');
    const councilId = requireCouncil(actor);
    if (!isUuid(recoveryStageId)) throw new InvalidInputError('recoveryStageId', 'must be a recovery stage id (a UUID)');
    const { facts, accountId } = await this.facts.recoveryStage(actor, accountReference, recoveryStageId);
    return this.keeper.keep(actor, councilId, {
      kind: facts.stage,
      source: { recoveryStageId },
      accountId,
      accountReference: facts.accountReference,
      billNumber: null,
      templateVersion: RECOVERY_NOTICE_TEMPLATE_VERSION,
      createdOn: facts.issuedOn,
      layout: () => recoveryNoticeLayout(facts),
    }, reason ?? `document for the ${facts.stage} of ${facts.issuedOn}`);
  }
}
