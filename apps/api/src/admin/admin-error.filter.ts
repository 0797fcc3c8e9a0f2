import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOperationError } from './admin-graphql.js';
import { AdminSessions, FormExpiredError, SignInRequiredError } from './admin-sessions.js';
import { AdminViews } from './admin-views.js';

/**
 * The admin pages' errors as pages: sign in when there is no session (or the API no longer accepts
 * its token), and otherwise a GOV.UK error page saying what went wrong in plain words.
 */
@Catch()
export class AdminErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('AdminUI');

  constructor(
    private readonly views: AdminViews,
    private readonly sessions: AdminSessions,
  ) {}

  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof SignInRequiredError || (error instanceof ApiOperationError && error.status === 401)) {
      if (error instanceof ApiOperationError) this.sessions.end(response);
      response.redirect(303, '/admin/sign-in');
      return;
    }
    const session = await this.sessions.current(request).catch(() => null);
    const [status, title, message] = describe(error);
    if (status >= 500) this.logger.error({ errorClass: (error as Error)?.constructor?.name, stack: (error as Error)?.stack }, 'admin page failed');
    this.views.render(response, 'error.njk', session, { title, message, status }, status);
  }
}

function describe(error: unknown): [number, string, string] {
  if (error instanceof FormExpiredError) return [403, 'Your form has expired', 'Go back, reload the page and try again.'];
  if (error instanceof ApiOperationError) {
    if (error.status === 403) return [403, 'You cannot do this', error.message];
    if (error.status === 404) return [404, 'Page not found', error.message];
    if (error.status < 500) return [error.status, 'There is a problem', error.message];
  }
  if (error instanceof HttpException && error.getStatus() === 404) return [404, 'Page not found', 'Check the address and try again.'];
  return [500, 'Sorry, there is a problem with the service', 'Try again later.'];
}
