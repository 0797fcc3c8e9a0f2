import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ADMIN_CONFIG } from './admin-tokens.js';
import type { AdminConfig } from './admin-config.js';
import { csrfTokenMatches, SessionCookies, type AdminSession, type SignedInUser } from './session-cookie.js';

/** No signed-in user: the page sends the browser to sign in. */
export class SignInRequiredError extends Error {
  constructor() {
    super('sign in to use the admin pages');
  }
}

/** A form without this session's CSRF token: sent from elsewhere, or from before the session changed. */
export class FormExpiredError extends Error {
  constructor() {
    super('the form has expired or did not come from this service');
  }
}

export type SignedInSession = AdminSession & { readonly user: SignedInUser };

/** The admin UI's view of its session cookie: who is signed in, and whether a form is genuine. */
@Injectable()
export class AdminSessions {
  readonly cookies: SessionCookies;

  constructor(@Inject(ADMIN_CONFIG) config: AdminConfig) {
    this.cookies = new SessionCookies(config);
  }

  current(request: Request): Promise<AdminSession | null> {
    return this.cookies.read(request);
  }

  async signedIn(request: Request): Promise<SignedInSession> {
    const session = await this.cookies.read(request);
    if (!session?.user) throw new SignInRequiredError();
    return session as SignedInSession;
  }

  /** For every POST: the user must be signed in and the form must carry the session's token. */
  async submittedForm(request: Request): Promise<SignedInSession> {
    const session = await this.signedIn(request);
    this.checkCsrf(session, request);
    return session;
  }

  checkCsrf(session: AdminSession | null, request: Request): void {
    if (!csrfTokenMatches(session, (request.body as Record<string, unknown> | undefined)?._csrf)) throw new FormExpiredError();
  }

  /** The session a signed-out page's forms use: the existing one, or a new one with its own CSRF token. */
  async anonymous(request: Request, response: Response): Promise<AdminSession> {
    const existing = await this.cookies.read(request);
    if (existing) return existing;
    const session = SessionCookies.newSession();
    await this.cookies.write(response, session);
    return session;
  }

  /** A new session (and CSRF token) for the user who has just signed in. */
  async start(response: Response, user: SignedInUser): Promise<void> {
    await this.cookies.write(response, SessionCookies.newSession(user));
  }

  end(response: Response): void {
    this.cookies.clear(response);
  }
}
