import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { loadOrCreateDevSigningKey, readAuthSettings, signDevToken } from '../../libs/identity/src/index.js';
import type { Role } from '../../libs/tenancy/src/index.js';
import { TestApi } from '../support/test-api.js';

const ISSUER = 'https://login.example.test/tenant/v2.0';
const AUDIENCE = 'api://open-revenues';
const TENANT_ID = '00000000-0000-4000-8000-00000000cafe';

interface SigningKey {
  readonly kid: string;
  readonly alg: 'RS256';
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

async function rsaKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, alg: 'RS256', privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** A stand-in for the council's identity provider (Entra ID style): publishes its keys, signs tokens. */
class FakeIdentityProvider {
  jwksRequests = 0;
  private readonly server: Server;

  private constructor(readonly key: SigningKey) {
    this.server = createServer((request, response) => {
      if (request.method === 'GET' && request.url === '/keys') {
        this.jwksRequests += 1;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ keys: [this.key.publicJwk] }));
        return;
      }
      response.writeHead(404).end();
    });
  }

  static async start(): Promise<FakeIdentityProvider> {
    const idp = new FakeIdentityProvider(await rsaKey(`idp-${randomUUID().slice(0, 8)}`));
    await new Promise<void>((resolve, reject) => {
      idp.server.once('error', reject);
      idp.server.listen(0, '127.0.0.1', resolve);
    });
    return idp;
  }

  get jwksUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/keys`;
  }

  /** Signs as the IdP would: `roles` holds app roles, `council` the council code; overrides bend any of it. */
  sign(
    claims: { roles: string[]; council?: string; subject?: string },
    overrides: { issuer?: string; audience?: string; expiresAt?: number; issuedAt?: number; key?: SigningKey; kid?: string | null } = {},
  ): Promise<string> {
    const key = overrides.key ?? this.key;
    const payload: JWTPayload = { roles: claims.roles, tid: TENANT_ID, oid: randomUUID(), ver: '2.0' };
    if (claims.council) payload.council = claims.council;
    const now = Math.floor(Date.now() / 1000);
    const kid = overrides.kid === undefined ? key.kid : overrides.kid;
    return new SignJWT(payload)
      .setProtectedHeader(kid === null ? { alg: key.alg, typ: 'JWT' } : { alg: key.alg, typ: 'JWT', kid })
      .setIssuer(overrides.issuer ?? ISSUER)
      .setAudience(overrides.audience ?? AUDIENCE)
      .setSubject(claims.subject ?? `entra-user-${randomUUID().slice(0, 8)}`)
      .setIssuedAt(overrides.issuedAt ?? now)
      .setNotBefore(overrides.issuedAt ?? now)
      .setExpirationTime(overrides.expiresAt ?? now + 3_600)
      .sign(key.privateKey);
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }
}

describe('oidc mode: tokens from the council identity provider are verified against its JWKS', () => {
  let idp: FakeIdentityProvider;
  let api: TestApi;
  let council: { id: string; code: string };

  const getOwnCouncil = (token: string | null) => {
    const call = api.http.get('/v1/council');
    return token === null ? call : call.set('authorization', `Bearer ${token}`);
  };
  const expectRefused = async (token: string | null, message: string) => {
    const response = await getOwnCouncil(token).expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', message });
  };
  const officer = (roles: Role[] = ['revenues-officer']) => idp.sign({ roles, council: council.code });

  beforeAll(async () => {
    idp = await FakeIdentityProvider.start();
    api = await TestApi.start({ AUTH_MODE: 'oidc', AUTH_ISSUER: ISSUER, AUTH_JWKS_URL: idp.jwksUrl, AUTH_AUDIENCE: AUDIENCE });
    expect(api.config.auth).toMatchObject({ mode: 'oidc', issuer: ISSUER, audience: AUDIENCE, jwksUrl: idp.jwksUrl });

    const operator = await idp.sign({ roles: ['operator'], subject: 'entra-operator' });
    const code = `oidc-${randomUUID().slice(0, 8)}`;
    const created = await api.http
      .post('/v1/councils')
      .set('authorization', `Bearer ${operator}`)
      .send({ code, name: 'Identity Provider Test Council' });
    if (created.status !== 201) throw new Error(`creating council failed: ${created.status} ${JSON.stringify(created.body)}`);
    council = { id: created.body.id as string, code };
  });
  afterAll(async () => {
    await api?.close();
    await idp?.close();
  });

  it('accepts a token signed by the identity provider and acts within the council it names', async () => {
    const response = await getOwnCouncil(await officer()).expect(200);
    expect(response.body).toMatchObject({ id: council.id, code: council.code, status: 'active' });
    expect(idp.jwksRequests).toBeGreaterThanOrEqual(1);
  });

  it('accepts a token without a kid when the identity provider publishes one key', async () => {
    const token = await idp.sign({ roles: ['revenues-viewer'], council: council.code }, { kid: null });
    await getOwnCouncil(token).expect(200);
  });

  it('reads roles from the `roles` claim, ignoring role names it does not know (other apps’ Entra roles)', async () => {
    const withOperator = await idp.sign({ roles: ['Task.Read', 'operator'] });
    const listed = await api.http.get('/v1/councils').set('authorization', `Bearer ${withOperator}`).expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ id: council.id, code: council.code }));
    const withoutOperator = await idp.sign({ roles: ['Task.Read', 'Operator'] });
    await api.http.get('/v1/councils').set('authorization', `Bearer ${withoutOperator}`).expect(403);
  });

  it('refuses a request without an Authorization header, or not a bearer one', async () => {
    await expectRefused(null, 'a bearer token is required (Authorization: Bearer <token>)');
    const basic = await api.http.get('/v1/council').set('authorization', 'Basic dXNlcjpwYXNz').expect(401);
    expect(basic.body.message).toBe('a bearer token is required (Authorization: Bearer <token>)');
  });

  it('refuses a token from another issuer', async () => {
    const token = await idp.sign({ roles: ['revenues-officer'], council: council.code }, { issuer: 'https://login.example.test/other-tenant/v2.0' });
    await expectRefused(token, 'token claim iss is not acceptable');
  });

  it('refuses a token for another audience', async () => {
    const token = await idp.sign({ roles: ['revenues-officer'], council: council.code }, { audience: 'api://some-other-app' });
    await expectRefused(token, 'token claim aud is not acceptable');
  });

  it('refuses an expired token (beyond the clock tolerance)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await idp.sign({ roles: ['revenues-officer'], council: council.code }, { issuedAt: now - 7_200, expiresAt: now - 120 });
    await expectRefused(token, 'token has expired');
  });

  it('refuses a token signed by a key the identity provider does not publish', async () => {
    const stranger = await rsaKey('stranger-key');
    await expectRefused(await idp.sign({ roles: ['operator'] }, { key: stranger }), 'token was not signed by a known key');
    // The same forged key claiming the real key's kid, or no kid at all, fails on the signature instead.
    await expectRefused(await idp.sign({ roles: ['operator'] }, { key: stranger, kid: idp.key.kid }), 'token signature is not valid');
    await expectRefused(await idp.sign({ roles: ['operator'] }, { key: stranger, kid: null }), 'token signature is not valid');
  });

  it('refuses an unsigned token (alg none) and a token whose signature was stripped', async () => {
    const now = Math.floor(Date.now() / 1000);
    const unsigned = new UnsecuredJWT({ roles: ['operator'] })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('attacker')
      .setIssuedAt(now)
      .setExpirationTime(now + 3_600)
      .encode();
    expect(unsigned.endsWith('.')).toBe(true);
    await expectRefused(unsigned, 'token is not valid (ERR_JOSE_ALG_NOT_ALLOWED)');

    const [header, payload] = (await idp.sign({ roles: ['operator'] })).split('.');
    await expectRefused(`${header}.${payload}.`, 'token signature is not valid');
  });

  it('refuses a symmetric (HS256) token, so the published public key cannot be used as a shared secret', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(idp.key.publicJwk));
    const token = await new SignJWT({ roles: ['operator'] })
      .setProtectedHeader({ alg: 'HS256', kid: idp.key.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('attacker')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(secret);
    await expectRefused(token, 'token is not valid (ERR_JOSE_ALG_NOT_ALLOWED)');
  });

  it('refuses demo-mode development tokens: the dev signing key is never trusted in oidc mode', async () => {
    const devKey = await loadOrCreateDevSigningKey(api.config.auth.devKeyFile);
    const devToken = await signDevToken(devKey, { subject: 'dev-user', roles: ['operator'], councilCode: council.code, audience: AUDIENCE });
    await expectRefused(devToken, 'token was not signed by a known key');
    // Even dressed up with the identity provider's issuer, the dev key's signature is not accepted.
    const disguised = await new SignJWT({ roles: ['operator'], council: council.code })
      .setProtectedHeader({ alg: 'ES256', kid: devKey.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('dev-user')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(devKey.privateKey);
    await expectRefused(disguised, 'token was not signed by a known key');
  });

  it('refuses a validly signed token naming a council that is not on this service', async () => {
    const token = await idp.sign({ roles: ['revenues-officer'], council: 'no-such-council' });
    await expectRefused(token, 'token names council "no-such-council", which is not on this service');
  });

  it('keeps /health open without a token', async () => {
    const response = await api.http.get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok' });
    await api.http.get('/health/live').expect(200);
  });
});

describe('oidc mode when the identity provider cannot be reached', () => {
  it('answers 503 naming the identity provider, not 401 blaming the caller', async () => {
    const idp = await FakeIdentityProvider.start();
    const token = await idp.sign({ roles: ['operator'] });
    const unreachable = idp.jwksUrl;
    await idp.close();
    const api = await TestApi.start({ AUTH_MODE: 'oidc', AUTH_ISSUER: ISSUER, AUTH_JWKS_URL: unreachable, AUTH_AUDIENCE: AUDIENCE });
    try {
      const response = await api.http.get('/v1/councils').set('authorization', `Bearer ${token}`).expect(503);
      expect(response.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('identity provider') });
    } finally {
      await api.close();
    }
  });
});

describe('readAuthSettings: start-up refuses unsafe or incomplete auth settings', () => {
  const oidc = { AUTH_ISSUER: ISSUER, AUTH_JWKS_URL: 'https://login.example.test/tenant/discovery/v2.0/keys' };

  it('refuses AUTH_MODE=demo when NODE_ENV=production', () => {
    expect(() => readAuthSettings({ NODE_ENV: 'production', AUTH_MODE: 'demo' })).toThrow(
      'AUTH_MODE=demo is refused when NODE_ENV=production',
    );
  });

  it('refuses oidc mode without AUTH_JWKS_URL (or AUTH_ISSUER)', () => {
    expect(() => readAuthSettings({ AUTH_MODE: 'oidc', AUTH_ISSUER: ISSUER })).toThrow(/AUTH_JWKS_URL/);
    expect(() => readAuthSettings({ AUTH_MODE: 'oidc', AUTH_JWKS_URL: oidc.AUTH_JWKS_URL })).toThrow(/AUTH_ISSUER/);
  });

  it('defaults to oidc in production, so production without an identity provider does not start', () => {
    expect(() => readAuthSettings({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL/);
    expect(readAuthSettings({ NODE_ENV: 'production', ...oidc, AUTH_AUDIENCE: AUDIENCE })).toMatchObject({
      mode: 'oidc',
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: oidc.AUTH_JWKS_URL,
    });
  });

  it('refuses an unknown AUTH_MODE', () => {
    expect(() => readAuthSettings({ AUTH_MODE: 'none' })).toThrow('AUTH_MODE must be oidc or demo, not none');
  });
});
