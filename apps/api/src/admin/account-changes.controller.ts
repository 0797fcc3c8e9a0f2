import { Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { accountPath, actionPage } from './account-heading.js';
import { AdminController } from './admin-controller.decorator.js';
import { AdminForms, type FormField } from './admin-forms.js';
import { AdminGraphql } from './admin-graphql.js';
import { AdminSessions, type SignedInSession } from './admin-sessions.js';
import { CAPACITIES, RELIEF_KINDS, type Capacity, type ReliefKind } from '../../../../libs/business-rates/src/index.js';
import { AdminViews } from './admin-views.js';
import { FormValues } from './form-values.js';

/** The core's relief kinds and capacities as a person reads them: one added to the core will not compile here without its name. */
const RELIEF_KIND_NAMES: Record<ReliefKind, string> = {
  charity: 'Charitable relief',
  casc: 'Community amateur sports club',
  rural: 'Rural rate relief',
  discretionary: 'Discretionary relief',
  hardship: 'Hardship relief',
  'empty-exemption': 'Empty property exemption',
  'public-lavatory': 'Public lavatories',
  'pubs-and-live-music': 'Pubs and live music venues',
  'partly-occupied': 'Partly occupied (section 44A)',
};
const CAPACITY_NAMES: Record<Capacity, string> = { occupier: 'Occupier', owner: 'Owner (empty property)' };
const RELIEF_KIND_CHOICES = RELIEF_KINDS.map((kind) => [kind, RELIEF_KIND_NAMES[kind]]);
const CAPACITY_CHOICES = CAPACITIES.map((capacity) => [capacity, CAPACITY_NAMES[capacity]]);

const REASON: FormField = { id: 'reason', label: 'Reason' };
const RELIEF_FIELDS = {
  liabilityId: { id: 'liabilityId', label: 'Liability' },
  kind: { id: 'kind', label: 'Relief' },
  startsOn: { id: 'startsOn', anchor: 'startsOn-day', label: 'Start date' },
  endsOn: { id: 'endsOn', anchor: 'endsOn-day', label: 'End date' },
  percent: { id: 'percent', label: 'Percentage' },
  evidence: { id: 'evidence', label: 'Evidence' },
  reason: REASON,
} satisfies Record<string, FormField>;
const MOVE_IN_FIELDS = {
  hereditamentId: { id: 'baReference', label: 'BA reference' },
  baReference: { id: 'baReference', label: 'BA reference' },
  capacity: { id: 'capacity', label: 'Liable as' },
  startsOn: { id: 'startsOn', anchor: 'startsOn-day', label: 'Liable from' },
  reason: REASON,
} satisfies Record<string, FormField>;
const MOVE_OUT_FIELDS = { endsOn: { id: 'endsOn', anchor: 'endsOn-day', label: 'Last day liable' }, reason: REASON } satisfies Record<string, FormField>;
const BILL_FIELDS = { financialYear: { id: 'financialYear', label: 'Financial year' }, reason: REASON } satisfies Record<string, FormField>;

/** Changes to an account's liability and bills: award a relief, move in or out, issue a bill. Each is rebilled by the API. */
@AdminController('admin/accounts/:reference')
export class AccountChangesController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly views: AdminViews,
    private readonly forms: AdminForms,
  ) {}

  @Get('reliefs/new')
  async reliefForm(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    this.views.render(response, 'award-relief.njk', session, await this.reliefPage(request, session, reference));
  }

  @Post('reliefs/new')
  async awardRelief(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const liabilityId = form.required('liabilityId');
    const input = {
      kind: form.required('kind'),
      startsOn: form.date('startsOn', { required: true }),
      endsOn: form.date('endsOn', { required: false }),
      percent: form.optional('percent'),
      evidence: form.required('evidence'),
      reason: form.optional('reason'),
    };
    await this.forms.submit(request, response, session, {
      view: 'award-relief.njk',
      context: await this.reliefPage(request, session, reference),
      fields: RELIEF_FIELDS,
      problems: form.problems,
      perform: async () => {
        await this.graphql.execute(request, session.user.token, 'mutation AwardRelief($id: String!, $input: AwardReliefInput!) { awardRelief(liabilityId: $id, input: $input) { reliefAwardId } }', { id: liabilityId, input });
        return accountPath(reference, 'relief');
      },
    });
  }

  @Get('move-in')
  async moveInForm(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    this.views.render(response, 'move-in.njk', session, { ...(await actionPage(this.graphql, request, session, reference, 'Move in')), capacities: CAPACITY_CHOICES });
  }

  @Post('move-in')
  async moveIn(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const baReference = form.required('baReference');
    const capacity = form.required('capacity');
    const startsOn = form.date('startsOn', { required: true });
    const hereditamentId = baReference.length >= 2 ? await this.hereditamentWith(request, session, baReference) : null;
    if (baReference && !hereditamentId) form.problems.push({ field: 'baReference', reason: "is not a property on the council's register" });
    await this.forms.submit(request, response, session, {
      view: 'move-in.njk',
      context: { ...(await actionPage(this.graphql, request, session, reference, 'Move in')), capacities: CAPACITY_CHOICES },
      fields: MOVE_IN_FIELDS,
      problems: form.problems,
      perform: async () => {
        await this.graphql.execute(
          request,
          session.user.token,
          'mutation MoveIn($reference: String!, $input: StartLiabilityInput!) { startLiability(accountReference: $reference, input: $input) { liability { liabilityId } } }',
          { reference, input: { hereditamentId, capacity, startsOn, reason: form.optional('reason') } },
        );
        return accountPath(reference, 'move-in');
      },
    });
  }

  @Get('liabilities/:liabilityId/move-out')
  async moveOutForm(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string, @Param('liabilityId') liabilityId: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    this.views.render(response, 'move-out.njk', session, await this.moveOutPage(request, session, reference, liabilityId));
  }

  @Post('liabilities/:liabilityId/move-out')
  async moveOut(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string, @Param('liabilityId') liabilityId: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const input = { endsOn: form.date('endsOn', { required: true }), reason: form.optional('reason') };
    await this.forms.submit(request, response, session, {
      view: 'move-out.njk',
      context: await this.moveOutPage(request, session, reference, liabilityId),
      fields: MOVE_OUT_FIELDS,
      problems: form.problems,
      perform: async () => {
        await this.graphql.execute(request, session.user.token, 'mutation MoveOut($id: String!, $input: EndLiabilityInput!) { endLiability(liabilityId: $id, input: $input) { liability { liabilityId } } }', { id: liabilityId, input });
        return accountPath(reference, 'move-out');
      },
    });
  }

  @Get('bills/new')
  async billForm(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.signedIn(request);
    this.views.render(response, 'issue-bill.njk', session, await actionPage(this.graphql, request, session, reference, 'Issue a bill'));
  }

  @Post('bills/new')
  async issueBill(@Req() request: Request, @Res() response: Response, @Param('reference') reference: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const input = { financialYear: form.required('financialYear'), reason: form.optional('reason') };
    await this.forms.submit(request, response, session, {
      view: 'issue-bill.njk',
      context: await actionPage(this.graphql, request, session, reference, 'Issue a bill'),
      fields: BILL_FIELDS,
      problems: form.problems,
      perform: async () => {
        const { issueBill } = await this.graphql.execute<{ issueBill: { issued: boolean } }>(
          request,
          session.user.token,
          'mutation IssueBill($reference: String!, $input: IssueBillInput!) { issueBill(accountReference: $reference, input: $input) { issued } }',
          { reference, input },
        );
        return accountPath(reference, issueBill.issued ? 'bill' : 'no-bill');
      },
    });
  }

  private async reliefPage(request: Request, session: SignedInSession, reference: string) {
    const page = await actionPage(this.graphql, request, session, reference, 'Award a relief');
    return { ...page, kinds: RELIEF_KIND_CHOICES };
  }

  private async moveOutPage(request: Request, session: SignedInSession, reference: string, liabilityId: string) {
    const page = await actionPage(this.graphql, request, session, reference, 'Move out');
    return { ...page, liability: page.account.liabilities.find((liability) => liability.liabilityId === liabilityId) ?? null };
  }

  /** The property with exactly this BA reference, found through the API's register search. */
  private async hereditamentWith(request: Request, session: SignedInSession, baReference: string): Promise<string | null> {
    const { searchHereditaments } = await this.graphql.execute<{ searchHereditaments: { hereditamentId: string; baReference: string }[] }>(
      request,
      session.user.token,
      'query FindProperty($q: String!) { searchHereditaments(q: $q, limit: 10) { hereditamentId baReference } }',
      { q: baReference },
    );
    return searchHereditaments.find((match) => match.baReference.toUpperCase() === baReference.toUpperCase())?.hereditamentId ?? null;
  }
}
