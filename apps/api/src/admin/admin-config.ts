import { createHash, randomBytes } from 'node:crypto';
import type { AuthSettings } from '../../../../libs/identity/src/index.js';

/** The council's identity provider as the admin UI signs staff in with it (authorization code flow with PKCE). */
export interface AdminOidcClient {
  /** Where the provider's discovery document lives: `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly clientId: string;
  /** Absent for a public client, which PKCE alone protects. */
  readonly clientSecret: string | null;
  /** Registered with the provider; the provider sends staff back here with a code. */
  readonly redirectUri: string;
  /** Must yield an access token for the API's audience (on Entra ID: `api://<app>/.default`). */
  readonly scope: string;
  /** Plain-http provider, for local tests only; refused in production. */
  readonly allowHttp: boolean;
}

export interface AdminConfig {
  /** 32 bytes that encrypt the session cookie. */
  readonly sessionKey: Uint8Array;
  /** Send cookies only over HTTPS. */
  readonly secureCookies: boolean;
  /** Null in demo mode, where staff pick a role instead, and in oidc mode until a client is configured. */
  readonly oidc: AdminOidcClient | null;
  readonly demoSignIn: boolean;
}

/**
 * The admin UI's settings. In oidc mode the UI signs staff in only once ADMIN_OIDC_CLIENT_ID is set
 * (the API alone needs no client); a client then needs ADMIN_SESSION_SECRET, so that sessions
 * survive restarts and are shared between instances.
 */
export function readAdminConfig(env: NodeJS.ProcessEnv, auth: AuthSettings, port: number): AdminConfig {
  const production = env.NODE_ENV === 'production';
  const oidc = auth.mode === 'oidc' && env.ADMIN_OIDC_CLIENT_ID ? readOidcClient(env, auth, port, production) : null;
  const secret = env.ADMIN_SESSION_SECRET;
  if (secret !== undefined && secret.length < 32) throw new Error('ADMIN_SESSION_SECRET must be at least 32 characters');
  if (!secret && oidc) throw new Error('ADMIN_OIDC_CLIENT_ID needs ADMIN_SESSION_SECRET (at least 32 random characters) to encrypt the admin UI session');
  // Without a secret (demo mode) a fresh key per process is enough: sessions end when the service restarts.
  const sessionKey = secret ? createHash('sha256').update(secret).digest() : randomBytes(32);
  const secureCookies = env.ADMIN_COOKIE_SECURE ? env.ADMIN_COOKIE_SECURE === 'true' : production;
  return { sessionKey: new Uint8Array(sessionKey), secureCookies, oidc, demoSignIn: auth.mode === 'demo' };
}

function readOidcClient(env: NodeJS.ProcessEnv, auth: AuthSettings, port: number, production: boolean): AdminOidcClient {
  const allowHttp = env.ADMIN_OIDC_ALLOW_HTTP === 'true';
  if (allowHttp && production) throw new Error('ADMIN_OIDC_ALLOW_HTTP is refused when NODE_ENV=production');
  return {
    issuer: env.ADMIN_OIDC_ISSUER ?? auth.issuer,
    clientId: env.ADMIN_OIDC_CLIENT_ID as string,
    clientSecret: env.ADMIN_OIDC_CLIENT_SECRET || null,
    redirectUri: env.ADMIN_OIDC_REDIRECT_URI ?? `http://localhost:${port}/admin/auth/callback`,
    scope: env.ADMIN_OIDC_SCOPE ?? 'openid profile',
    allowHttp,
  };
}
