import { Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AdminController } from './admin-controller.decorator.js';
import { AdminGraphql, ApiOperationError } from './admin-graphql.js';
import { AdminSessions } from './admin-sessions.js';
import { AdminViews } from './admin-views.js';
import { sendKey } from './account-documents.controller.js';
import { ACCOUNT_BILLS, ACCOUNT_DOCUMENTS, ACCOUNT_OVERVIEW, ACCOUNT_STATEMENT, HEREDITAMENT, type AccountOverview } from './account-queries.js';

/** What a completed action says on the account page (post/redirect/get keeps it in the address). */
const DONE: Record<string, string> = {
  note: 'Note added',
  payment: 'Payment recorded',
  'payment-suspense': 'Payment recorded: no account has that reference, so it is in suspense',
  'payment-replayed': 'That payment had already been recorded: nothing new was recorded',
  relief: 'Relief awarded and the account rebilled',
  'move-in': 'Liability started and the account billed',
  'move-out': 'Liability ended and the account rebilled',
  bill: 'Bill issued',
  'no-bill': 'Nothing to issue: the bills already match the facts',
  document: 'PDF created',
  'document-kept': 'That notice already had a PDF: it is the one listed',
  'notice-sent': 'Notice sent to the ratepayer',
  'notice-failed': 'The notice could not be sent: see its notification below',
};

/** Searching for accounts, and an account with everything the API tells about it. */
@AdminController('admin')
export class AccountsController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly views: AdminViews,
  ) {}

  @Get('search')
  async search(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const q = typeof request.query.q === 'string' ? request.query.q.trim() : null;
    const context = { title: 'Find an account', section: 'search', q };
    if (q === null) return this.views.render(response, 'search.njk', session, context);
    if (q.length < 2) {
      const text = 'Enter at least 2 characters of a reference, name, postcode or UPRN';
      return this.views.render(response, 'search.njk', session, { ...context, errorList: [{ text, href: '#q' }], fieldErrors: { q: text } }, 400);
    }
    try {
      const { searchAccounts } = await this.graphql.execute<{ searchAccounts: unknown[] }>(
        request,
        session.user.token,
        'query Search($q: String!) { searchAccounts(q: $q, limit: 50) { reference partyName partyId } }',
        { q },
      );
      this.views.render(response, 'search.njk', session, { ...context, title: `Search results for ${q}`, results: searchAccounts });
    } catch (error) {
      if (!(error instanceof ApiOperationError) || error.status !== 400) throw error;
      const text = `Search ${error.problems[0]?.reason ?? error.message}`;
      this.views.render(response, 'search.njk', session, { ...context, errorList: [{ text, href: '#q' }], fieldErrors: { q: text } }, 400);
    }
  }

  @Get('accounts/:reference')
  async account(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const run = <T>(query: string, variables: Record<string, unknown>) => this.graphql.execute<T>(request, session.user.token, query, variables);
    // Separate operations, each well under the API's query-cost limit; the API checks each alike.
    const overview = await run<AccountOverview>(ACCOUNT_OVERVIEW, { reference });
    const hereditamentIds = [...new Set(overview.account.liabilities.map((liability) => liability.hereditamentId))];
    const [statement, bills, documents, ...hereditaments] = await Promise.all([
      run<{ accountStatement: unknown }>(ACCOUNT_STATEMENT, { reference }),
      run<{ bills: unknown[] }>(ACCOUNT_BILLS, { reference }),
      run<{ accountDocuments: unknown[]; accountNotifications: unknown[] }>(ACCOUNT_DOCUMENTS, { reference }),
      ...hereditamentIds.map((hereditamentId) => run<{ hereditament: unknown }>(HEREDITAMENT, { hereditamentId })),
    ]);
    const done = typeof request.query.done === 'string' ? DONE[request.query.done] : undefined;
    this.views.render(response, 'account.njk', session, {
      title: `Account ${overview.account.reference}`,
      section: 'search',
      ...overview,
      statement: statement.accountStatement,
      bills: bills.bills,
      hereditaments: hereditaments.map((result) => result.hereditament),
      documents: documents.accountDocuments,
      notifications: documents.accountNotifications,
      sendKey: sendKey(),
      banner: done ?? null,
      canMaintain: session.user.roles.some((role) => role === 'revenues-officer' || role === 'revenues-manager'),
    });
  }
}
