import { randomUUID } from 'node:crypto';
import { Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AdminController } from './admin-controller.decorator.js';
import { AdminForms, type FormField } from './admin-forms.js';
import { AdminGraphql } from './admin-graphql.js';
import { AdminSessions, type SignedInSession } from './admin-sessions.js';
import { PAYMENT_METHODS } from '../../../../libs/business-rates/src/index.js';
import { AdminViews } from './admin-views.js';
import { accountPath, actionPage } from './account-heading.js';
import { FormValues } from './form-values.js';

/** The core's payment methods as a person reads them: a method added to the core will not compile here without its name. */
const PAYMENT_METHOD_NAMES: Record<(typeof PAYMENT_METHODS)[number], string> = {
  'bank-transfer': 'Bank transfer',
  card: 'Card',
  'direct-debit': 'Direct Debit',
  cheque: 'Cheque',
  cash: 'Cash',
};
const PAYMENT_METHOD_CHOICES = PAYMENT_METHODS.map((method) => [method, PAYMENT_METHOD_NAMES[method]]);

const NOTE_FIELDS = { body: { id: 'body', label: 'Note' } } satisfies Record<string, FormField>;
const PAYMENT_FIELDS = {
  amountPence: { id: 'amount', label: 'Amount' },
  receivedOn: { id: 'receivedOn', anchor: 'receivedOn-day', label: 'Date received' },
  method: { id: 'method', label: 'How it was paid' },
  externalReference: { id: 'externalReference', label: 'Payment reference' },
  financialYear: { id: 'financialYear', label: 'Financial year' },
} satisfies Record<string, FormField>;

/** Adding a note and recording a payment: the actions an officer takes most on an account. */
@AdminController('admin/accounts/:reference')
export class AccountActionsController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly views: AdminViews,
    private readonly forms: AdminForms,
  ) {}

  @Get('notes/new')
  async noteForm(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    this.views.render(response, 'add-note.njk', session, await actionPage(this.graphql, request, session, reference, 'Add a note'));
  }

  @Post('notes/new')
  async addNote(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const input = { accountReference: reference, body: form.required('body'), reason: 'note added in the admin UI' };
    await this.forms.submit(request, response, session, {
      view: 'add-note.njk',
      context: await actionPage(this.graphql, request, session, reference, 'Add a note'),
      fields: NOTE_FIELDS,
      problems: form.problems,
      perform: async () => {
        await this.graphql.execute(request, session.user.token, 'mutation AddNote($input: AddNoteInput!) { addNote(input: $input) { noteId } }', { input });
        return accountPath(reference, 'note');
      },
    });
  }

  @Get('payments/new')
  async paymentForm(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    // One key per form shown: submitting the same form twice records the payment once.
    const values = { idempotencyKey: `admin-${randomUUID()}` };
    this.views.render(response, 'record-payment.njk', session, { ...(await this.paymentPage(request, session, reference)), values });
  }

  @Post('payments/new')
  async recordPayment(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const input = {
      accountReference: reference,
      amountPence: form.pence('amount', 'amountPence'),
      receivedOn: form.date('receivedOn', { required: true }),
      method: form.required('method'),
      externalReference: form.optional('externalReference'),
      financialYear: form.optional('financialYear'),
    };
    await this.forms.submit(request, response, session, {
      view: 'record-payment.njk',
      context: await this.paymentPage(request, session, reference),
      fields: PAYMENT_FIELDS,
      problems: form.problems,
      perform: async () => {
        const { recordPayment } = await this.graphql.execute<{ recordPayment: { inSuspense: boolean; replayed: boolean } }>(
          request,
          session.user.token,
          'mutation RecordPayment($key: String, $input: RecordPaymentInput!) { recordPayment(idempotencyKey: $key, input: $input) { inSuspense replayed } }',
          { key: form.optional('idempotencyKey'), input },
        );
        const done = recordPayment.replayed ? 'payment-replayed' : recordPayment.inSuspense ? 'payment-suspense' : 'payment';
        return accountPath(reference, done);
      },
    });
  }

  private async paymentPage(request: Request, session: SignedInSession, reference: string) {
    return { ...(await actionPage(this.graphql, request, session, reference, 'Record a payment')), methods: PAYMENT_METHOD_CHOICES };
  }
}
