import { Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isRole } from '../../../../libs/tenancy/src/index.js';
import { DEMO_COUNCIL_CODE } from '../demo-council.js';
import { AdminController } from './admin-controller.decorator.js';
import { AdminSessions } from './admin-sessions.js';
import { AdminViews, type FormError } from './admin-views.js';
import { DEMO_ROLES, SignInFailedError, SignInService } from './sign-in.service.js';

/** Signing in (the council's identity provider, or a demo role) and out. */
@AdminController('admin')
export class SignInController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly signIn: SignInService,
    private readonly views: AdminViews,
  ) {}

  @Get()
  async start(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.current(request);
    response.redirect(303, session?.user ? '/admin/search' : '/admin/sign-in');
  }

  @Get('sign-in')
  async signInPage(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.anonymous(request, response);
    this.showSignIn(response, session, null, request.query.signedOut === 'yes' ? 'You have signed out' : null);
  }

  @Post('sign-in/demo')
  async demoSignIn(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.current(request);
    this.sessions.checkCsrf(session, request);
    const { role, councilCode } = request.body as Record<string, string | undefined>;
    if (!role || !isRole(role) || !(DEMO_ROLES as readonly string[]).includes(role)) {
      return this.showSignIn(response, session, { text: 'Choose a role to sign in as', href: '#role' });
    }
    try {
      await this.sessions.start(response, await this.signIn.demoUser(role, councilCode?.trim() || DEMO_COUNCIL_CODE));
    } catch (error) {
      if (error instanceof SignInFailedError) return this.showSignIn(response, session, { text: error.message });
      throw error;
    }
    response.redirect(303, '/admin/search');
  }

  @Get('sign-in/provider')
  async providerSignIn(@Res() response: Response): Promise<void> {
    try {
      const { url, pending } = await this.signIn.beginProviderSignIn();
      await this.sessions.cookies.writePendingSignIn(response, pending);
      response.redirect(303, url.href);
    } catch (error) {
      if (error instanceof SignInFailedError) return this.showSignIn(response, null, { text: error.message });
      throw error;
    }
  }

  /** Where the identity provider sends the browser back with a code (or an error). */
  @Get('auth/callback')
  async providerCallback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const pending = await this.sessions.cookies.readPendingSignIn(request);
    this.sessions.cookies.clearPendingSignIn(response);
    if (!pending) return this.showSignIn(response, null, { text: 'Your sign-in took too long or was started elsewhere: sign in again' });
    try {
      const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
      await this.sessions.start(response, await this.signIn.finishProviderSignIn(query, pending));
    } catch (error) {
      if (error instanceof SignInFailedError) return this.showSignIn(response, null, { text: error.message });
      throw error;
    }
    response.redirect(303, '/admin/search');
  }

  @Post('sign-out')
  async signOut(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.sessions.checkCsrf(await this.sessions.current(request), request);
    this.sessions.end(response);
    response.redirect(303, '/admin/sign-in?signedOut=yes');
  }

  private showSignIn(response: Response, session: Awaited<ReturnType<AdminSessions['current']>>, signInError: FormError | null, banner: string | null = null): void {
    this.views.render(
      response,
      'sign-in.njk',
      session ? { csrfToken: session.csrfToken } : null,
      { title: 'Sign in', errorList: signInError ? [signInError] : [], banner, usesProvider: this.signIn.usesProvider, offersDemo: this.signIn.offersDemo, councilCode: DEMO_COUNCIL_CODE },
      signInError ? 400 : 200,
    );
  }
}
