import { Get, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { AdminController } from './admin-controller.decorator.js';
import { AdminForms, type FormField } from './admin-forms.js';
import { AdminGraphql, ApiOperationError } from './admin-graphql.js';
import { AdminSessions, type SignedInSession } from './admin-sessions.js';
import { AdminViews } from './admin-views.js';
import { FormValues } from './form-values.js';

/** What the upload interceptor (multer, in memory) gives for the file field. */
interface UploadedPaymentFile {
  readonly originalname: string;
  readonly size: number;
  readonly buffer: Buffer;
}

/** The formats the API reads, as a person knows them; the API says if one is not (or no longer) accepted. */
const FORMATS = [
  ['localgovims', 'LocalGov IMS (income management) export'],
  ['bank-statement', 'Bank statement (CSV)'],
  ['allpay', 'Allpay'],
];
/** A payment file through a form: the GraphQL mutation carries it as text, within the API's request limit. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const UPLOAD_FIELDS = {
  format: { id: 'format', label: 'Format' },
  file: { id: 'file', label: 'Payment file' },
  fileName: { id: 'file', label: 'Payment file name' },
} satisfies Record<string, FormField>;

/** Payments coming in without an officer keying them: imported payment files and GOV.UK Pay's notifications. */
@AdminController('admin/payments-in')
export class PaymentsInController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly views: AdminViews,
    private readonly forms: AdminForms,
  ) {}

  @Get()
  async payments(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const banner = request.query.done === 'imported' ? 'Payment file imported' : request.query.done === 'already' ? 'That file had already been imported: nothing new was posted' : null;
    this.views.render(response, 'payments-in.njk', session, { ...(await this.page(request, session)), banner });
  }

  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  async upload(@Req() request: Request, @Res() response: Response, @UploadedFile() file: UploadedPaymentFile | undefined): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const format = form.required('format');
    if (!file || file.size === 0) form.problems.push({ field: 'file', reason: 'must be chosen: the payment file to import' });
    await this.forms.submit(request, response, session, {
      view: 'payments-in.njk',
      context: await this.page(request, session),
      fields: UPLOAD_FIELDS,
      problems: form.problems,
      perform: async () => {
        const input = { format, fileName: file!.originalname, content: file!.buffer.toString('utf8'), reason: form.optional('reason') };
        const { importPaymentFile } = await this.graphql.execute<{ importPaymentFile: { alreadyImported: boolean } }>(
          request, session.user.token,
          'mutation ImportPaymentFile($input: PaymentFileInput!) { importPaymentFile(input: $input) { alreadyImported import { importId } } }',
          { input },
        ).catch((error: unknown) => { throw onTheFileField(error); });
        return `/admin/payments-in?done=${importPaymentFile.alreadyImported ? 'already' : 'imported'}`;
      },
    });
  }

  private async page(request: Request, session: SignedInSession) {
    const { paymentImports, govUkPayNotifications } = await this.graphql.execute<{ paymentImports: unknown[]; govUkPayNotifications: unknown[] }>(
      request, session.user.token,
      `{
        paymentImports(limit: 50) { importId format fileName lineCount totalPence linesDone postedCount postedPence suspenseCount suspensePence alreadyPostedCount alreadyPostedPence startedBy startedAt completedAt }
        govUkPayNotifications(limit: 50) { notificationId receivedAt outcome reason eventType providerPaymentId accountReference amountPence }
      }`,
    );
    const canImport = session.user.roles.some((role) => role === 'revenues-officer' || role === 'revenues-manager');
    return { title: 'Payments in', section: 'payments', paymentImports, govUkPayNotifications, formats: FORMATS, canImport };
  }
}

/** A file's problems name its line ("line 7 amount"): shown on the file field, line first, so staff can find it. */
export function onTheFileField(error: unknown): unknown {
  if (!(error instanceof ApiOperationError)) return error;
  const problems = error.problems.map((problem) =>
    /^(line \d+|file)\b/.test(problem.field) ? { field: 'file', reason: problem.field === 'file' ? problem.reason : `${problem.field}: ${problem.reason}` } : problem);
  return new ApiOperationError(error.message, error.code, error.status, problems);
}
