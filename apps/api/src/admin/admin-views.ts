import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import nunjucks from 'nunjucks';
import { locateAdminFiles } from './admin-files.js';
import { formatDate, formatPence, formatPounds } from './presentation.js';
import type { AdminSession } from './session-cookie.js';

/** An error shown in the page's error summary, linked to its field when it has one. */
export interface FormError {
  readonly text: string;
  readonly href?: string;
}

/** Renders the admin pages: Nunjucks with GOV.UK Frontend's macros, autoescaped. */
@Injectable()
export class AdminViews {
  private readonly environment: nunjucks.Environment;

  constructor() {
    const files = locateAdminFiles();
    this.environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([files.views, files.govukFrontend], { noCache: false }), {
      autoescape: true,
      throwOnUndefined: false,
    });
    this.environment.addFilter('pence', formatPence);
    this.environment.addFilter('date', formatDate);
    this.environment.addFilter('pounds', formatPounds);
    this.environment.addFilter('json', (value: unknown) => JSON.stringify(value));
  }

  /** Renders a page; `session` gives the header its user, and every form its CSRF token. */
  render(response: Response, view: string, session: AdminSession | null, context: Record<string, unknown> = {}, status = 200): void {
    const html = this.environment.render(view, {
      ...context,
      user: session?.user ?? null,
      csrfToken: session?.csrfToken ?? '',
      errorList: (context.errorList as FormError[] | undefined) ?? [],
    });
    response.status(status).type('html').send(html);
  }
}
