import { Module } from '@nestjs/common';
import { DocumentsHttpController } from './documents.http.controller.js';
import { DocumentsResolver } from './documents.resolver.js';
import { GovUkNotifyHttpController } from './govuk-notify.http.controller.js';
import { NotificationsHttpController } from './notifications.http.controller.js';

/** The GraphQL and REST adapters for documents and notifications. */
@Module({ controllers: [DocumentsHttpController, NotificationsHttpController, GovUkNotifyHttpController], providers: [DocumentsResolver] })
export class DocumentsApiModule {}
