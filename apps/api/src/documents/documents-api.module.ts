import { Module } from '@nestjs/common';
import { DocumentsHttpController } from './documents.http.controller.js';
import { DocumentsResolver } from './documents.resolver.js';
import { NotificationsHttpController } from './notifications.http.controller.js';

/** The GraphQL and REST adapters for documents and notifications. */
@Module({ controllers: [DocumentsHttpController, NotificationsHttpController], providers: [DocumentsResolver] })
export class DocumentsApiModule {}
