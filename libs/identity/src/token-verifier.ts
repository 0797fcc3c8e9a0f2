import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type CryptoKey } from 'jose';
import { isRole, type Role } from '../../tenancy/src/index.js';
import type { AuthSettings } from './auth-settings.js';
import { loadOrCreateDevSigningKey } from './dev-signing-key.js';

export interface VerifiedToken {
  readonly subject: string;
  readonly councilCode: string | null;
  readonly roles: Role[];
}

export class InvalidTokenError extends Error {}

/** The identity provider's keys could not be fetched: not the caller's fault, so not a 401. */
export class IdentityProviderUnavailableError extends Error {}

/** Verifies bearer JWTs: signature (JWKS or the demo key), issuer, audience, expiry; then reads the claims we use. */
export class TokenVerifier {
  private constructor(
    private readonly settings: AuthSettings,
    private readonly key: JWTVerifyGetKey | CryptoKey,
  ) {}

  static async create(settings: AuthSettings): Promise<TokenVerifier> {
    const key =
      settings.mode === 'oidc'
        ? createRemoteJWKSet(new URL(settings.jwksUrl as string), { cooldownDuration: 30_000, cacheMaxAge: 600_000 })
        : (await loadOrCreateDevSigningKey(settings.devKeyFile)).publicKey;
    return new TokenVerifier(settings, key);
  }

  async verify(token: string): Promise<VerifiedToken> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.key as JWTVerifyGetKey, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ['RS256', 'ES256', 'PS256'],
        clockTolerance: 30,
      }));
    } catch (error) {
      if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
        throw new IdentityProviderUnavailableError(`the identity provider's signing keys could not be fetched (${(error as Error).message})`);
      }
      throw new InvalidTokenError(describeJoseError(error));
    }
    if (!payload.sub) throw new InvalidTokenError('token has no subject (sub)');
    const council = payload[this.settings.councilClaim];
    const roles = payload[this.settings.rolesClaim];
    return {
      subject: payload.sub,
      councilCode: typeof council === 'string' && council !== '' ? council : null,
      roles: Array.isArray(roles) ? roles.filter((role): role is Role => typeof role === 'string' && isRole(role)) : [],
    };
  }
}

function describeJoseError(error: errors.JOSEError): string {
  if (error instanceof errors.JWTExpired) return 'token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token claim ${error.claim} is not acceptable`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is not valid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'token was not signed by a known key';
  return `token is not valid (${(error as errors.JOSEError).code})`;
}
