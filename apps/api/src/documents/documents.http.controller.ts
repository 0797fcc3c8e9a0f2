import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  GenerateNoticeDocumentCommand, GenerateRecoveryDocumentCommand, GetDocumentContentQuery, ListAccountDocumentsQuery, type DocumentRecord, type KeptDocument,
} from '../../../../libs/documents/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { documentView, generatedView } from './document-download.js';
import { AccountReferenceQuery, RecoveryDocumentInput } from './documents.inputs.js';
import { ReasonInput } from '../graphql/reason.input.js';
import { DocumentView, GeneratedDocumentView } from './documents.views.js';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('v1/documents')
export class DocumentsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('notices/:billNumber')
  @ApiOperation({ summary: "The PDF of an issued notice: rendered and stored the first time (201), the stored one after (200)" })
  @ApiCreatedResponse({ type: GeneratedDocumentView })
  async notice(@CurrentActor() actor: Actor, @Param('billNumber', new ParseIntPipe()) billNumber: number, @Body() input: ReasonInput, @Res({ passthrough: true }) response: Response) {
    const kept: KeptDocument = await this.commands.execute(new GenerateNoticeDocumentCommand(actor, billNumber, input.reason));
    if (!kept.created) response.status(200);
    return generatedView(kept);
  }

  @Post('recovery-notices')
  @ApiOperation({ summary: 'The PDF of a reminder or final notice a recovery run issued: rendered and stored the first time (201), the stored one after (200)' })
  @ApiCreatedResponse({ type: GeneratedDocumentView })
  async recoveryNotice(@CurrentActor() actor: Actor, @Body() input: RecoveryDocumentInput, @Res({ passthrough: true }) response: Response) {
    const kept: KeptDocument = await this.commands.execute(new GenerateRecoveryDocumentCommand(actor, input.accountReference, input.recoveryStageId, input.reason));
    if (!kept.created) response.status(200);
    return generatedView(kept);
  }

  @Get()
  @ApiOperation({ summary: "An account's stored documents, newest first (metadata; download each from its downloadPath)" })
  @ApiOkResponse({ type: [DocumentView] })
  async list(@CurrentActor() actor: Actor, @Query() query: AccountReferenceQuery) {
    const documents: DocumentRecord[] = await this.queries.execute(new ListAccountDocumentsQuery(actor, query.accountReference));
    return documents.map(documentView);
  }

  @Get(':documentId')
  @ApiOperation({ summary: 'A stored document itself (application/pdf), with its SHA-256 in the ETag' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF.' })
  async download(@CurrentActor() actor: Actor, @Param('documentId') documentId: string, @Res({ passthrough: true }) response: Response) {
    const { document, bytes }: { document: DocumentRecord; bytes: Uint8Array } = await this.queries.execute(new GetDocumentContentQuery(actor, documentId));
    response.setHeader('ETag', `"${document.sha256}"`);
    return new StreamableFile(bytes, { type: document.mediaType, length: bytes.byteLength, disposition: `inline; filename="${document.kind}-${document.accountReference}-${document.documentId}.pdf"` });
  }
}
