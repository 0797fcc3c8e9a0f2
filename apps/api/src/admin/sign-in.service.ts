import { Inject, Injectable } from '@nestjs/common';
import { decodeJwt } from 'jose';
import * as oidc from 'openid-client';
import { loadOrCreateDevSigningKey, signDevToken, TokenVerifier, type AuthSettings } from '../../../../libs/identity/src/index.js';
import type { Role } from '../../../../libs/tenancy/src/index.js';
import type { AdminConfig, AdminOidcClient } from './admin-config.js';
import { ADMIN_AUTH_SETTINGS, ADMIN_CONFIG } from './admin-tokens.js';
import type { PendingSignIn, SignedInUser } from './session-cookie.js';

/** The roles a demo sign-in offers: council staff. */
export const DEMO_ROLES = ['revenues-officer', 'revenues-manager', 'revenues-viewer'] as const satisfies readonly Role[];

/** The provider refused or failed the sign-in: said on the sign-in page. */
export class SignInFailedError extends Error {}

/**
 * Signs staff in. With the council's identity provider: the authorization code flow with PKCE
 * (openid-client), keeping the access token it issues for the API. In demo mode: a development
 * token for a chosen role, signed with the demo key as `npm run dev-token` does.
 * Either way the token is checked by the API's own verifier before it is kept.
 */
@Injectable()
export class SignInService {
  private discovered: Promise<oidc.Configuration> | null = null;

  constructor(
    @Inject(ADMIN_CONFIG) private readonly config: AdminConfig,
    @Inject(ADMIN_AUTH_SETTINGS) private readonly auth: AuthSettings,
    private readonly verifier: TokenVerifier,
  ) {}

  get usesProvider(): boolean {
    return this.config.oidc !== null;
  }

  get offersDemo(): boolean {
    return this.config.demoSignIn;
  }

  async demoUser(role: Role, councilCode: string): Promise<SignedInUser> {
    if (!this.config.demoSignIn) throw new SignInFailedError('demo sign-in is only offered in demo mode');
    const key = await loadOrCreateDevSigningKey(this.auth.devKeyFile);
    const token = await signDevToken(key, { subject: `demo-${role}`, roles: [role], councilCode, audience: this.auth.audience });
    return this.userFor(token);
  }

  /** Where to send the browser to sign in, and what to remember until it comes back. */
  async beginProviderSignIn(): Promise<{ url: URL; pending: PendingSignIn }> {
    const client = this.oidcClient();
    const configuration = await this.configuration();
    const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: client.redirectUri,
      scope: client.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** Exchanges the code the provider sent back (with the query string as received) for the user's tokens. */
  async finishProviderSignIn(query: string, pending: PendingSignIn): Promise<SignedInUser> {
    const client = this.oidcClient();
    const configuration = await this.configuration();
    const callback = new URL(client.redirectUri);
    callback.search = query;
    let tokens;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new SignInFailedError(`the identity provider did not sign you in (${(error as Error).message})`);
    }
    return this.userFor(tokens.access_token);
  }

  private async userFor(token: string): Promise<SignedInUser> {
    const verified = await this.verifier.verify(token).catch((error: Error) => {
      throw new SignInFailedError(`the token the identity provider issued is not one this service accepts: ${error.message}`);
    });
    const expiresAt = decodeJwt(token).exp ?? Math.floor(Date.now() / 1000) + 3600;
    return { token, subject: verified.subject, roles: verified.roles, councilCode: verified.councilCode, expiresAt };
  }

  private oidcClient(): AdminOidcClient {
    if (!this.config.oidc) throw new SignInFailedError('sign-in with the identity provider is not configured (ADMIN_OIDC_CLIENT_ID)');
    return this.config.oidc;
  }

  private configuration(): Promise<oidc.Configuration> {
    const client = this.oidcClient();
    this.discovered ??= oidc
      .discovery(
        new URL(client.issuer),
        client.clientId,
        client.clientSecret ?? undefined,
        client.clientSecret ? oidc.ClientSecretPost(client.clientSecret) : oidc.None(),
        client.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: Error) => {
        this.discovered = null;
        throw new SignInFailedError(`the identity provider could not be reached (${error.message})`);
      });
    return this.discovered;
  }
}
