import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AdminController } from './admin-controller.decorator.js';
import { AdminGraphql, ApiOperationError } from './admin-graphql.js';
import { AdminSessions } from './admin-sessions.js';
import { accountPath } from './account-heading.js';
import { ApiLoopback } from './api-loopback.js';
import { FormValues } from './form-values.js';

const DOCUMENT_FIELDS = 'created document { documentId }';
const NOTIFICATION_FIELDS = 'notificationId status';
/** The headers of the API's document response the browser needs: what it is, its name, its checksum (not its length: fetch may have decompressed it). */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'etag'];

/** A new key for each page shown: a "send" pressed twice sends once. */
export function sendKey(): string {
  return `admin-${randomUUID()}`;
}

/**
 * An account's notices as documents: their PDFs created and downloaded, and sent to the ratepayer.
 * Creating and sending go through GraphQL; the bytes through the REST document route, with the
 * user's token, streamed to the browser.
 */
@AdminController('admin/accounts/:reference')
export class AccountDocumentsController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly api: ApiLoopback,
  ) {}

  @Get('documents/:documentId')
  async download(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string, @Param('documentId') documentId: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    // Through GraphQL first: the document must be this account's, as the page that linked to it said.
    const { document } = await this.graphql.execute<{ document: { accountReference: string; downloadPath: string } }>(
      request, session.user.token, 'query Document($id: String!) { document(documentId: $id) { accountReference downloadPath } }', { id: documentId },
    );
    if (document.accountReference !== reference) throw new ApiOperationError('That document is not on this account', 'NOT_FOUND', 404, []);
    const fetched = await this.api.get(request, session.user.token, document.downloadPath);
    if (!fetched.ok || !fetched.body) throw new ApiOperationError(`The document could not be fetched (${fetched.status})`, 'DOCUMENT_UNAVAILABLE', fetched.status === 404 ? 404 : 502, []);
    for (const header of PASSED_HEADERS) {
      const value = fetched.headers.get(header);
      if (value) response.setHeader(header, value);
    }
    Readable.fromWeb(fetched.body as WebReadableStream).pipe(response);
  }

  @Post('bills/:billNumber/document')
  async noticeDocument(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string, @Param('billNumber') billNumber: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const { generateNoticeDocument } = await this.graphql.execute<{ generateNoticeDocument: { created: boolean } }>(
      request, session.user.token,
      `mutation NoticeDocument($bill: Int!) { generateNoticeDocument(billNumber: $bill, input: { reason: "notice PDF created in the admin UI" }) { ${DOCUMENT_FIELDS} } }`,
      { bill: billNumberOf(billNumber) },
    );
    response.redirect(303, accountPath(reference, generateNoticeDocument.created ? 'document' : 'document-kept'));
  }

  @Post('recovery-stages/:stageId/document')
  async recoveryDocument(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string, @Param('stageId') stageId: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const { generateRecoveryDocument } = await this.graphql.execute<{ generateRecoveryDocument: { created: boolean } }>(
      request, session.user.token,
      `mutation RecoveryDocument($input: RecoveryDocumentInput!) { generateRecoveryDocument(input: $input) { ${DOCUMENT_FIELDS} } }`,
      { input: { accountReference: reference, recoveryStageId: stageId, reason: 'recovery notice PDF created in the admin UI' } },
    );
    response.redirect(303, accountPath(reference, generateRecoveryDocument.created ? 'document' : 'document-kept'));
  }

  @Post('bills/:billNumber/send')
  async sendNotice(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string, @Param('billNumber') billNumber: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const { sendNotice } = await this.graphql.execute<{ sendNotice: { status: string } }>(
      request, session.user.token,
      `mutation SendNotice($bill: Int!, $key: String) { sendNotice(billNumber: $bill, idempotencyKey: $key, input: { reason: "notice sent from the admin UI" }) { ${NOTIFICATION_FIELDS} } }`,
      { bill: billNumberOf(billNumber), key: new FormValues(request.body as Record<string, unknown>).optional('idempotencyKey') },
    );
    response.redirect(303, accountPath(reference, sendNotice.status === 'failed' ? 'notice-failed' : 'notice-sent'));
  }

  @Post('recovery-stages/:stageId/send')
  async sendRecoveryNotice(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string, @Param('stageId') stageId: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const { sendRecoveryNotice } = await this.graphql.execute<{ sendRecoveryNotice: { status: string } }>(
      request, session.user.token,
      `mutation SendRecoveryNotice($input: SendRecoveryNoticeInput!, $key: String) { sendRecoveryNotice(input: $input, idempotencyKey: $key) { ${NOTIFICATION_FIELDS} } }`,
      {
        input: { accountReference: reference, recoveryStageId: stageId, reason: 'recovery notice sent from the admin UI' },
        key: new FormValues(request.body as Record<string, unknown>).optional('idempotencyKey'),
      },
    );
    response.redirect(303, accountPath(reference, sendRecoveryNotice.status === 'failed' ? 'notice-failed' : 'notice-sent'));
  }
}

/** A bill number from the address: the API says whether such a bill is this council's. */
function billNumberOf(text: string): number {
  const number = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (Number.isNaN(number)) throw new ApiOperationError('There is no bill with that number', 'NOT_FOUND', 404, []);
  return number;
}
