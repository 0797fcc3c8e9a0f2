import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { EncryptJWT, jwtDecrypt } from 'jose';
import type { AdminConfig } from './admin-config.js';

/** Who is signed in: the API token the UI calls GraphQL with, and what it says, for display and for hiding actions. */
export interface SignedInUser {
  readonly token: string;
  readonly subject: string;
  readonly roles: readonly string[];
  readonly councilCode: string | null;
  /** Seconds since the epoch: the token's expiry, which ends the session. */
  readonly expiresAt: number;
}

/** The session: a CSRF synchroniser token from the first page, and the user once signed in. */
export interface AdminSession {
  readonly csrfToken: string;
  readonly user?: SignedInUser;
}

/** What the sign-in redirect must remember until the provider sends the user back. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

const SESSION_COOKIE = 'admin_session';
const SIGN_IN_COOKIE = 'admin_sign_in';
const SESSION_HOURS = 8;

/**
 * The session lives in the browser, encrypted (JWE, dir + A256GCM) so it can be neither read nor
 * altered; httpOnly and SameSite=Lax, scoped to /admin. No server-side session store to run.
 */
export class SessionCookies {
  constructor(private readonly config: AdminConfig) {}

  static newSession(user?: SignedInUser): AdminSession {
    return { csrfToken: randomBytes(32).toString('base64url'), ...(user ? { user } : {}) };
  }

  async read(request: Request): Promise<AdminSession | null> {
    const session = await this.open<AdminSession>(request, SESSION_COOKIE);
    if (session?.user && session.user.expiresAt * 1000 <= Date.now()) return { csrfToken: session.csrfToken };
    return session;
  }

  async write(response: Response, session: AdminSession): Promise<void> {
    const hours = session.user ? Math.max(0, (session.user.expiresAt * 1000 - Date.now()) / 3_600_000) : SESSION_HOURS;
    await this.seal(response, SESSION_COOKIE, session, Math.min(hours, SESSION_HOURS));
  }

  clear(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.options());
  }

  readPendingSignIn(request: Request): Promise<PendingSignIn | null> {
    return this.open<PendingSignIn>(request, SIGN_IN_COOKIE);
  }

  writePendingSignIn(response: Response, pending: PendingSignIn): Promise<void> {
    return this.seal(response, SIGN_IN_COOKIE, pending, 0.25);
  }

  clearPendingSignIn(response: Response): void {
    response.clearCookie(SIGN_IN_COOKIE, this.options());
  }

  private async seal(response: Response, name: string, value: object, hours: number): Promise<void> {
    const sealed = await new EncryptJWT({ value })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(`${Math.max(1, Math.floor(hours * 3600))}s`)
      .encrypt(this.config.sessionKey);
    response.cookie(name, sealed, { ...this.options(), maxAge: Math.max(1, Math.floor(hours * 3600)) * 1000 });
  }

  private async open<T>(request: Request, name: string): Promise<T | null> {
    const sealed = cookieValue(request, name);
    if (!sealed) return null;
    try {
      const { payload } = await jwtDecrypt(sealed, this.config.sessionKey);
      return (payload.value as T) ?? null;
    } catch {
      // Expired, or sealed with another key (a restart in demo mode): as good as no session.
      return null;
    }
  }

  private options() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.secureCookies, path: '/admin' };
  }
}

/** Whether a submitted form carries the session's synchroniser token. */
export function csrfTokenMatches(session: AdminSession | null, submitted: unknown): boolean {
  if (!session || typeof submitted !== 'string') return false;
  const expected = Buffer.from(session.csrfToken);
  const actual = Buffer.from(submitted);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return null;
}
