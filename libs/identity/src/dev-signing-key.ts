import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import { DEMO_ISSUER } from './auth-settings.js';

const ALGORITHM = 'ES256';

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

export interface DevSigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/**
 * The demo-mode key pair, kept in a git-ignored file so that `npm run dev-token` and the running
 * service agree. Never used in oidc mode.
 */
export async function loadOrCreateDevSigningKey(file: string): Promise<DevSigningKey> {
  let stored: StoredKey;
  try {
    stored = JSON.parse(await readFile(file, 'utf8')) as StoredKey;
  } catch {
    const pair = await generateKeyPair(ALGORITHM, { extractable: true });
    stored = {
      kid: `dev-${Date.now().toString(36)}`,
      privateJwk: await exportJWK(pair.privateKey),
      publicJwk: await exportJWK(pair.publicKey),
    };
    await mkdir(path.dirname(file), { recursive: true });
    // 'wx' so two processes creating the key at once cannot overwrite each other's.
    await writeFile(file, JSON.stringify(stored), { mode: 0o600, flag: 'wx' }).catch(async () => {
      stored = JSON.parse(await readFile(file, 'utf8')) as StoredKey;
    });
  }
  return {
    kid: stored.kid,
    privateKey: (await importJWK(stored.privateJwk, ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(stored.publicJwk, ALGORITHM)) as CryptoKey,
  };
}

export interface DevTokenRequest {
  subject: string;
  councilCode?: string;
  roles: string[];
  audience: string;
  expiresIn?: string;
}

export function signDevToken(key: DevSigningKey, request: DevTokenRequest): Promise<string> {
  const claims: Record<string, unknown> = { roles: request.roles };
  if (request.councilCode) claims.council = request.councilCode;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM, kid: key.kid })
    .setIssuer(DEMO_ISSUER)
    .setAudience(request.audience)
    .setSubject(request.subject)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(key.privateKey);
}
