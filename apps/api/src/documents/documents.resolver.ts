import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  GenerateNoticeDocumentCommand, GenerateRecoveryDocumentCommand, GetDocumentQuery, ListAccountDocumentsQuery, ListAccountNotificationsQuery, SendNoticeCommand,
  type DocumentRecord, type KeptDocument,
} from '../../../../libs/documents/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { documentView, generatedView } from './document-download.js';
import { ReasonInput, RecoveryDocumentInput } from './documents.inputs.js';
import { DocumentView, GeneratedDocumentView, NotificationView } from './documents.views.js';

@Resolver()
export class DocumentsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Query(() => DocumentView, { description: "A stored document's metadata; download the bytes over REST from downloadPath." })
  async document(@CurrentActor() actor: Actor, @Args('documentId') documentId: string) {
    return documentView(await this.queries.execute(new GetDocumentQuery(actor, documentId)));
  }

  @Query(() => [DocumentView], { description: "An account's stored documents, newest first." })
  async accountDocuments(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string) {
    const documents: DocumentRecord[] = await this.queries.execute(new ListAccountDocumentsQuery(actor, accountReference));
    return documents.map(documentView);
  }

  @Mutation(() => GeneratedDocumentView, { description: "The PDF of an issued notice: rendered and stored once, the stored one after." })
  async generateNoticeDocument(@CurrentActor() actor: Actor, @Args('billNumber', { type: () => Int }) billNumber: number, @Args('input', { nullable: true }) input?: ReasonInput) {
    const kept: KeptDocument = await this.commands.execute(new GenerateNoticeDocumentCommand(actor, billNumber, input?.reason ?? undefined));
    return generatedView(kept);
  }

  @Mutation(() => GeneratedDocumentView, { description: 'The PDF of a reminder or final notice: rendered and stored once, the stored one after.' })
  async generateRecoveryDocument(@CurrentActor() actor: Actor, @Args('input') input: RecoveryDocumentInput) {
    const kept: KeptDocument = await this.commands.execute(new GenerateRecoveryDocumentCommand(actor, input.accountReference, input.recoveryStageId, input.reason ?? undefined));
    return generatedView(kept);
  }

  @Mutation(() => NotificationView, { description: 'Sends an issued notice to the ratepayer by email, or as a letter with its PDF; recorded, failed or not.' })
  sendNotice(@CurrentActor() actor: Actor, @Args('billNumber', { type: () => Int }) billNumber: number, @Args('input', { nullable: true }) input?: ReasonInput) {
    return this.commands.execute(new SendNoticeCommand(actor, billNumber, input?.reason ?? undefined));
  }

  @Query(() => [NotificationView], { description: "An account's notifications, newest first." })
  accountNotifications(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string) {
    return this.queries.execute(new ListAccountNotificationsQuery(actor, accountReference));
  }
}
