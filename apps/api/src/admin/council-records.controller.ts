import { Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AdminController } from './admin-controller.decorator.js';
import { AdminGraphql } from './admin-graphql.js';
import { AdminForms } from './admin-forms.js';
import { AdminSessions, type SignedInSession } from './admin-sessions.js';
import { AdminViews } from './admin-views.js';
import { FormValues } from './form-values.js';
import { RECONCILIATION_FIELDS, reconciliationsPage } from './migration-reconciliations.js';

const MIGRATION_LOAD_FIELDS = 'loadId profileName profileVersion profileSha256 status startedAt startedBy stagedAt loadedAt';

/** The council's records kept by batch work: annual billing runs, legacy-migration loads, and the audit trail. */
@AdminController('admin')
export class CouncilRecordsController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly views: AdminViews,
    private readonly forms: AdminForms,
  ) {}

  @Get('billing-runs')
  async billingRuns(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const banner = request.query.done === 'requested' ? 'Annual billing requested: the billing worker will pick it up' : null;
    this.views.render(response, 'billing-runs.njk', session, { ...(await this.billingRunsPage(request, session)), banner });
  }

  /** A manager requests a year's annual billing (or resumes a failed run); the worker does the billing. */
  @Post('billing-runs')
  async requestBillingRun(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const input = { financialYear: form.required('financialYear'), issuedOn: form.date('issuedOn', { required: false }), reason: form.optional('reason') };
    await this.forms.submit(request, response, session, {
      view: 'billing-runs.njk',
      context: await this.billingRunsPage(request, session),
      fields: {
        financialYear: { id: 'financialYear', label: 'Financial year' },
        issuedOn: { id: 'issuedOn', anchor: 'issuedOn-day', label: 'Bill date' },
        reason: { id: 'reason', label: 'Reason' },
      },
      problems: form.problems,
      perform: async () => {
        await this.graphql.execute(request, session.user.token, 'mutation StartBillingRun($input: StartBillingRunInput!) { startBillingRun(input: $input) { status } }', { input });
        return '/admin/billing-runs?done=requested';
      },
    });
  }

  private async billingRunsPage(request: Request, session: SignedInSession) {
    const { billingRuns } = await this.graphql.execute<{ billingRuns: unknown[] }>(
      request,
      session.user.token,
      '{ billingRuns { financialYear status issuedOn accountsDone accountsTotal billsIssued instalmentsScheduled requestedAt requestedBy startedAt finishedAt failure } }',
    );
    return { title: 'Annual billing runs', section: 'billing', billingRuns, canRequest: session.user.roles.includes('revenues-manager') };
  }

  @Get('migration-loads')
  async migrationLoads(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const { migrationLoads } = await this.graphql.execute<{ migrationLoads: unknown[] }>(request, session.user.token, `{ migrationLoads { ${MIGRATION_LOAD_FIELDS} } }`);
    this.views.render(response, 'migration-loads.njk', session, { title: 'Legacy migration loads', section: 'migration', migrationLoads });
  }

  @Get('migration-loads/:loadId')
  async migrationLoad(@Req() request: Request, @Res() response: Response, @Param('loadId') loadId: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const { migrationLoad } = await this.graphql.execute<{ migrationLoad: { loadId: string; reconciliations: Parameters<typeof reconciliationsPage>[0] } }>(
      request,
      session.user.token,
      `query MigrationLoad($loadId: String!) { migrationLoad(loadId: $loadId) { ${MIGRATION_LOAD_FIELDS} sourceFiles { source file bytes sha256 } ${RECONCILIATION_FIELDS} } }`,
      { loadId },
    );
    this.views.render(response, 'migration-load.njk', session, {
      title: `Migration load ${migrationLoad.loadId}`,
      section: 'migration',
      load: migrationLoad,
      ...reconciliationsPage(migrationLoad.reconciliations),
    });
  }

  /** The council's trail, or with `?account=` one account's history (its rows and the reliefs on its liabilities). */
  @Get('audit')
  async audit(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const beforeId = queryText(request, 'before');
    const accountReference = queryText(request, 'account');
    const { auditEvents } = await this.graphql.execute<{ auditEvents: { id: string }[] }>(
      request,
      session.user.token,
      'query Audit($beforeId: String, $accountReference: String) { auditEvents(limit: 50, beforeId: $beforeId, accountReference: $accountReference) { id occurredAt actor operation tableName reason requestId } }',
      { ...(beforeId ? { beforeId } : {}), ...(accountReference ? { accountReference } : {}) },
    );
    const older = auditEvents.length === 50 ? auditEvents[auditEvents.length - 1]?.id : null;
    const title = accountReference ? `Changes to account ${accountReference}` : 'Audit trail';
    this.views.render(response, 'audit.njk', session, { title, section: 'audit', auditEvents, older, accountReference });
  }
}

function queryText(request: Request, name: string): string | null {
  const value = request.query[name];
  return typeof value === 'string' && value !== '' ? value : null;
}
