import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

/** Who the fake provider signs in, without asking: the test sets it before each sign-in. */
export interface FakeUser {
  readonly subject: string;
  /** Null for a service operator. */
  readonly councilCode: string | null;
  readonly roles: readonly string[];
}

interface IssuedCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly nonce: string | null;
  readonly user: FakeUser;
}

/**
 * A council identity provider for the browser tests, on a local port: discovery, an authorize
 * endpoint that approves the configured user at once, a token endpoint that checks the code,
 * redirect URI and PKCE verifier, and the JWKS its RS256 tokens verify against.
 */
export class FakeOidcProvider {
  private user: FakeUser | null = null;
  private readonly codes = new Map<string, IssuedCode>();
  /** The token requests received, so a test can see the PKCE verifier was sent. */
  readonly tokenRequests: URLSearchParams[] = [];

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
    private readonly clientId: string,
    private readonly audience: string,
  ) {}

  static async start(clientId: string, audience: string): Promise<FakeOidcProvider> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: 'fake-idp-key', alg: 'RS256', use: 'sig' };
    let provider: FakeOidcProvider | null = null;
    const server = createServer((request, response) => {
      (provider as FakeOidcProvider).handle(request, response).catch((error: Error) => {
        response.writeHead(500).end(error.message);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    provider = new FakeOidcProvider(server, issuer, privateKey, publicJwk, clientId, audience);
    return provider;
  }

  signInAs(user: FakeUser): void {
    this.user = user;
  }

  /** An access token for the API as the provider issues them (the test's operator uses one to set up). */
  accessTokenFor(user: FakeUser): Promise<string> {
    return this.sign(user.councilCode ? { council: user.councilCode, roles: user.roles } : { roles: user.roles }, user.subject, this.audience);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.issuer);
    if (url.pathname === '/.well-known/openid-configuration') return json(response, 200, this.discovery());
    if (url.pathname === '/jwks') return json(response, 200, { keys: [this.publicJwk] });
    if (url.pathname === '/authorize') return this.authorize(url.searchParams, response);
    if (url.pathname === '/token' && request.method === 'POST') return this.token(new URLSearchParams(await bodyOf(request)), response);
    response.writeHead(404).end();
  }

  private discovery() {
    return {
      issuer: this.issuer,
      authorization_endpoint: `${this.issuer}/authorize`,
      token_endpoint: `${this.issuer}/token`,
      jwks_uri: `${this.issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
    };
  }

  private authorize(query: URLSearchParams, response: ServerResponse): void {
    const redirectUri = query.get('redirect_uri');
    if (query.get('client_id') !== this.clientId || !redirectUri) return json(response, 400, { error: 'invalid_client' });
    if (query.get('response_type') !== 'code' || query.get('code_challenge_method') !== 'S256' || !query.get('code_challenge')) {
      return json(response, 400, { error: 'invalid_request', error_description: 'the code flow with a S256 PKCE challenge is required' });
    }
    if (!this.user) return json(response, 400, { error: 'access_denied', error_description: 'the test set no user' });
    const code = randomUUID();
    this.codes.set(code, { clientId: this.clientId, redirectUri, codeChallenge: query.get('code_challenge') as string, nonce: query.get('nonce'), user: this.user });
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    if (query.get('state')) back.searchParams.set('state', query.get('state') as string);
    response.writeHead(302, { location: back.href }).end();
  }

  private async token(form: URLSearchParams, response: ServerResponse): Promise<void> {
    this.tokenRequests.push(form);
    const issued = this.codes.get(form.get('code') ?? '');
    this.codes.delete(form.get('code') ?? '');
    const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
    if (!issued || form.get('grant_type') !== 'authorization_code' || form.get('redirect_uri') !== issued.redirectUri || challenge !== issued.codeChallenge) {
      return json(response, 400, { error: 'invalid_grant' });
    }
    const { user } = issued;
    const accessToken = await this.accessTokenFor(user);
    const idToken = await this.sign(issued.nonce ? { nonce: issued.nonce } : {}, user.subject, issued.clientId);
    json(response, 200, { access_token: accessToken, id_token: idToken, token_type: 'Bearer', expires_in: 3600 });
  }

  private sign(claims: Record<string, unknown>, subject: string, audience: string): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'fake-idp-key' })
      .setIssuer(this.issuer)
      .setSubject(subject)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(this.privateKey);
  }
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}
