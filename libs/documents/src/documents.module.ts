import { type DynamicModule, Module } from '@nestjs/common';
import { DocumentFactsReader } from './application/document-facts-reader.js';
import { DocumentKeeper } from './application/document-keeper.js';
import { GetDocumentContentHandler, GetDocumentHandler, ListAccountDocumentsHandler } from './application/document-queries.js';
import { DocumentRenderer } from './application/document-renderer.port.js';
import { DocumentStore } from './application/document-store.port.js';
import { GenerateNoticeDocumentHandler } from './application/generate-notice-document.js';
import { GenerateRecoveryDocumentHandler } from './application/generate-recovery-document.js';
import { ListAccountNotificationsHandler } from './application/notification-queries.js';
import { NotificationSender } from './application/notification-sender.port.js';
import { NotificationStore } from './application/notification-store.port.js';
import { CallbackTokenStore, ConfiguredCallbackTokens } from './application/callback-token-store.port.js';
import { NoticeDispatcher } from './application/notice-dispatcher.js';
import { RecordDeliveryReceiptHandler } from './application/record-delivery-receipt.js';
import { SendNoticeHandler } from './application/send-notice.js';
import { SendRecoveryNoticeHandler } from './application/send-recovery-notice.js';
import { SetNotifyCallbackTokenHandler } from './application/set-notify-callback-token.js';
import { GovUkNotifySender } from './infrastructure/govuk-notify-sender.js';
import { LocalNotificationSink } from './infrastructure/local-notification-sink.js';
import type { NotifySettings } from './infrastructure/notify-settings.js';
import { PdfKitRenderer } from './infrastructure/pdfkit-renderer.js';
import { TypeOrmCallbackTokenStore } from './infrastructure/typeorm-callback-token-store.js';
import { TypeOrmDocumentStore } from './infrastructure/typeorm-document-store.js';
import { TypeOrmNotificationStore } from './infrastructure/typeorm-notification-store.js';

/**
 * Documents (demand notices, reminders and final notices as PDFs, stored once each) and sending
 * notices to ratepayers through GOV.UK Notify, or the local sink when `notify` is null, and
 * Notify's delivery receipts, checked against each council's callback token (stored, or configured
 * in `callbackTokens` by council code).
 */
@Module({})
export class DocumentsModule {
  static forRoot(notify: NotifySettings | null, callbackTokens: ReadonlyMap<string, string> = new Map()): DynamicModule {
    return {
      module: DocumentsModule,
      providers: [
        { provide: DocumentStore, useClass: TypeOrmDocumentStore },
        { provide: NotificationStore, useClass: TypeOrmNotificationStore },
        { provide: CallbackTokenStore, useClass: TypeOrmCallbackTokenStore },
        { provide: ConfiguredCallbackTokens, useValue: new ConfiguredCallbackTokens(callbackTokens) },
        { provide: DocumentRenderer, useClass: PdfKitRenderer },
        { provide: NotificationSender, useFactory: () => (notify ? new GovUkNotifySender(notify) : new LocalNotificationSink()) },
        DocumentFactsReader,
        DocumentKeeper,
        GenerateNoticeDocumentHandler,
        GenerateRecoveryDocumentHandler,
        GetDocumentHandler,
        GetDocumentContentHandler,
        ListAccountDocumentsHandler,
        NoticeDispatcher,
        SendNoticeHandler,
        SendRecoveryNoticeHandler,
        RecordDeliveryReceiptHandler,
        SetNotifyCallbackTokenHandler,
        ListAccountNotificationsHandler,
      ],
    };
  }
}
