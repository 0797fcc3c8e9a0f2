import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  GenerateNoticeDocumentCommand, GenerateRecoveryDocumentCommand, GetDocumentQuery, ListAccountDocumentsQuery, ListAccountNotificationsQuery, SendNoticeCommand,
  SendRecoveryNoticeCommand, SetNotifyCallbackTokenCommand, type DocumentRecord, type KeptDocument, type RecordedNotification,
} from '../../../../libs/documents/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { documentView, generatedView } from './document-download.js';
import { NotifyCallbackTokenInput, RecoveryDocumentInput, SendRecoveryNoticeInput } from './documents.inputs.js';
import { ReasonInput } from '../graphql/reason.input.js';
import { DocumentView, GeneratedDocumentView, NotificationView, NotifyCallbackTokenView } from './documents.views.js';

const SENT_ONCE = 'With an idempotencyKey it is sent once: the same key again returns the first notification.';

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

  @Mutation(() => NotificationView, { description: 'Sends an issued notice to the ratepayer by email, or as a letter with its PDF; recorded, failed or not. ' + SENT_ONCE })
  async sendNotice(
    @CurrentActor() actor: Actor, @Args('billNumber', { type: () => Int }) billNumber: number, @Args('input', { nullable: true }) input?: ReasonInput,
    @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string,
  ) {
    const sent: RecordedNotification = await this.commands.execute(new SendNoticeCommand(actor, billNumber, input?.reason ?? undefined, idempotencyKey ?? null));
    return sent.notification;
  }

  @Mutation(() => NotificationView, { description: 'Sends a reminder or final notice to the ratepayer by email, or as a letter with its PDF. ' + SENT_ONCE })
  async sendRecoveryNotice(@CurrentActor() actor: Actor, @Args('input') input: SendRecoveryNoticeInput, @Args('idempotencyKey', { nullable: true }) idempotencyKey?: string) {
    const sent: RecordedNotification = await this.commands.execute(
      new SendRecoveryNoticeCommand(actor, input.accountReference, input.recoveryStageId, input.reason ?? undefined, idempotencyKey ?? null),
    );
    return sent.notification;
  }

  @Mutation(() => NotifyCallbackTokenView, { description: "Sets the bearer token GOV.UK Notify sends with this council's delivery receipts; stored as a hash, never returned." })
  setNotifyCallbackToken(@CurrentActor() actor: Actor, @Args('input') input: NotifyCallbackTokenInput) {
    return this.commands.execute(new SetNotifyCallbackTokenCommand(actor, input.token, input.reason ?? undefined));
  }

  @Query(() => [NotificationView], { description: "An account's notifications, newest first." })
  accountNotifications(@CurrentActor() actor: Actor, @Args('accountReference') accountReference: string) {
    return this.queries.execute(new ListAccountNotificationsQuery(actor, accountReference));
  }
}
