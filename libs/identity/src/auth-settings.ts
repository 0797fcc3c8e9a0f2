import path from 'node:path';

/**
 * How bearer tokens are checked.
 * - `oidc`: tokens from the council's identity provider (Entra ID, Keycloak, ...), verified against
 *   its JWKS; the only mode allowed when NODE_ENV=production.
 * - `demo`: the service signs and verifies its own development tokens with a local key.
 */
export interface AuthSettings {
  readonly mode: 'oidc' | 'demo';
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string | null;
  /** Claim holding the council code (a custom claim or app-role attribute in the IdP). */
  readonly councilClaim: string;
  /** Claim holding the role names (Entra ID puts app roles in `roles`). */
  readonly rolesClaim: string;
  readonly devKeyFile: string;
}

export const DEMO_ISSUER = 'urn:open-revenues:demo';
export const DEFAULT_AUDIENCE = 'open-revenues';

export function readAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const production = env.NODE_ENV === 'production';
  const mode = env.AUTH_MODE ?? (production ? 'oidc' : 'demo');
  if (mode !== 'oidc' && mode !== 'demo') throw new Error(`AUTH_MODE must be oidc or demo, not ${mode}`);
  if (mode === 'demo' && production) throw new Error('AUTH_MODE=demo is refused when NODE_ENV=production');
  const common = {
    audience: env.AUTH_AUDIENCE ?? DEFAULT_AUDIENCE,
    councilClaim: env.AUTH_COUNCIL_CLAIM ?? 'council',
    rolesClaim: env.AUTH_ROLES_CLAIM ?? 'roles',
    devKeyFile: path.resolve(env.DEV_TOKEN_KEY_FILE ?? '.data/dev-token-key.json'),
  };
  if (mode === 'demo') return { ...common, mode, issuer: DEMO_ISSUER, jwksUrl: null };
  if (!env.AUTH_ISSUER || !env.AUTH_JWKS_URL) {
    throw new Error('AUTH_MODE=oidc needs AUTH_ISSUER and AUTH_JWKS_URL (and usually AUTH_AUDIENCE)');
  }
  return { ...common, mode, issuer: env.AUTH_ISSUER, jwksUrl: env.AUTH_JWKS_URL };
}
