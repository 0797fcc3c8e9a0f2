import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ConflictError } from '../../kernel/src/index.js';
import { AesGcmSecretSealer } from './aes-gcm-secret-sealer.js';

describe('signing secrets are sealed', () => {
  const key = randomBytes(32);
  const secret = 'webhook_live_0123456789abcdef';

  it('opens what it sealed; the sealed form holds neither the secret nor the same bytes twice', () => {
    const sealer = new AesGcmSecretSealer(key);
    const first = sealer.seal(secret);
    const second = sealer.seal(secret);
    expect(sealer.open(first.sealedSecret)).toBe(secret);
    expect(first.sealedSecret).not.toContain(secret);
    expect(first.sealedSecret).not.toBe(second.sealedSecret);
    expect(first.fingerprint).toBe(second.fingerprint);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{12}$/);
  });

  it('refuses, saying why, with another key, a tampered seal, or no key', () => {
    const sealed = new AesGcmSecretSealer(key).seal(secret).sealedSecret;
    expect(() => new AesGcmSecretSealer(randomBytes(32)).open(sealed)).toThrow(ConflictError);
    const tampered = Buffer.from(sealed, 'base64');
    tampered[tampered.length - 1] ^= 1;
    expect(() => new AesGcmSecretSealer(key).open(tampered.toString('base64'))).toThrow(/cannot be opened/);
    expect(() => new AesGcmSecretSealer(null).seal(secret)).toThrow(/SECRETS_KEY is not set/);
    expect(() => new AesGcmSecretSealer(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});
