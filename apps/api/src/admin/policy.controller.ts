import { Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AdminController } from './admin-controller.decorator.js';
import { AdminForms } from './admin-forms.js';
import { AdminGraphql, ApiOperationError } from './admin-graphql.js';
import { AdminSessions, type SignedInSession } from './admin-sessions.js';
import { AdminViews } from './admin-views.js';
import { FormValues } from './form-values.js';
import { NATIONAL_PLUGIN_ID, settingFields, settingFormFields, submittedSettings, type PolicyPlugin } from './policy-form.js';

const PLUGIN_FIELDS = 'id name description settings { key description type value defaultValue source }';

interface PolicyData {
  councilPolicy: { effectiveFrom: string; source: string; plugins: PolicyPlugin[] };
  councilPolicyVersions: { effectiveFrom: string; source: string; plugins: { id: string; name: string }[] }[];
  policyPlugins: PolicyPlugin[];
}

/** The council's local policy: read by all staff, changed (from a day, as a new version) by managers. */
@AdminController('admin/policy')
export class PolicyController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly views: AdminViews,
    private readonly forms: AdminForms,
  ) {}

  @Get()
  async policy(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const data = await this.policyData(request, session);
    const done = request.query.done === 'saved' ? 'Policy saved: the new version applies from the date you gave' : null;
    this.views.render(response, 'policy.njk', session, { title: 'Council policy', section: 'policy', ...data, canSetPolicy: mayManage(session), banner: done });
  }

  @Get('edit')
  async editForm(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.managerSession(request, false);
    this.views.render(response, 'policy-edit.njk', session, await this.editPage(request, session));
  }

  @Post('edit')
  async edit(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.managerSession(request, true);
    const page = await this.editPage(request, session);
    const form = new FormValues(request.body as Record<string, unknown>);
    const body = request.body as Record<string, unknown>;
    const chosen = ([] as unknown[]).concat(body.plugins ?? []).filter((id): id is string => typeof id === 'string');
    // The order plugins are asked in: those kept in their current order, then those added.
    const current = page.policy.plugins.map((plugin) => plugin.id).filter((id) => id !== NATIONAL_PLUGIN_ID);
    const plugins = [...current.filter((id) => chosen.includes(id)), ...chosen.filter((id) => !current.includes(id))];
    const input = {
      effectiveFrom: form.date('effectiveFrom', { required: true }),
      plugins,
      settings: submittedSettings(page.fields.filter((field) => plugins.includes(field.pluginId)), body, form.problems),
      reason: form.optional('reason'),
    };
    await this.forms.submit(request, response, session, {
      view: 'policy-edit.njk',
      context: { ...page, chosen },
      fields: { effectiveFrom: { id: 'effectiveFrom', anchor: 'effectiveFrom-day', label: 'Applies from' }, plugins: { id: 'plugins', label: 'Local schemes' }, reason: { id: 'reason', label: 'Reason' }, ...settingFormFields(page.fields) },
      problems: form.problems,
      perform: async () => {
        await this.graphql.execute(request, session.user.token, 'mutation SetPolicy($input: CouncilPolicyInput!) { setCouncilPolicy(input: $input) { effectiveFrom } }', { input });
        return '/admin/policy?done=saved';
      },
    });
  }

  private async editPage(request: Request, session: SignedInSession) {
    const data = await this.policyData(request, session);
    const fields = settingFields(data.councilPolicy.plugins);
    const values = Object.fromEntries(fields.map((field) => [field.id, field.typed]));
    return {
      title: "Change the council's policy",
      section: 'policy',
      policy: data.councilPolicy,
      available: data.policyPlugins.filter((plugin) => plugin.id !== NATIONAL_PLUGIN_ID),
      chosen: data.councilPolicy.plugins.map((plugin) => plugin.id),
      fields,
      values,
    };
  }

  private policyData(request: Request, session: SignedInSession): Promise<PolicyData> {
    return this.graphql.execute<PolicyData>(
      request,
      session.user.token,
      `{ councilPolicy { effectiveFrom source plugins { ${PLUGIN_FIELDS} } }
         councilPolicyVersions { effectiveFrom source plugins { id name } }
         policyPlugins { id name description } }`,
    );
  }

  /** Officers see the policy but are not offered its form; the API refuses them too. */
  private async managerSession(request: Request, submitted: boolean): Promise<SignedInSession> {
    const session = submitted ? await this.sessions.submittedForm(request) : await this.sessions.signedIn(request);
    if (!mayManage(session)) throw new ApiOperationError("changing the council's policy needs the revenues-manager role", 'FORBIDDEN', 403, []);
    return session;
  }
}

function mayManage(session: SignedInSession): boolean {
  return session.user.roles.includes('revenues-manager');
}
