import { describe, expect, it } from '@jest/globals';
import { readSecretsKey } from './secrets-key.js';

describe('the secrets key', () => {
  const hex = 'ab'.repeat(32);

  it('is read from SECRETS_KEY, or from PAYMENT_SECRETS_KEY, its first name', () => {
    expect(readSecretsKey({ SECRETS_KEY: hex }, false)?.toString('hex')).toBe(hex);
    expect(readSecretsKey({ PAYMENT_SECRETS_KEY: hex }, false)?.toString('hex')).toBe(hex);
    expect(readSecretsKey({ SECRETS_KEY: hex, PAYMENT_SECRETS_KEY: 'cd'.repeat(32) }, false)?.toString('hex')).toBe(hex);
  });

  it('is a fixed development key in demo mode, and absent elsewhere', () => {
    expect(readSecretsKey({}, true)).toHaveLength(32);
    expect(readSecretsKey({}, false)).toBeNull();
  });

  it('refuses a malformed key naming the variable', () => {
    expect(() => readSecretsKey({ SECRETS_KEY: 'short' }, true)).toThrow('SECRETS_KEY must be 32 bytes written as 64 hex digits');
    expect(() => readSecretsKey({ PAYMENT_SECRETS_KEY: 'short' }, true)).toThrow('PAYMENT_SECRETS_KEY must be 32 bytes');
  });
});
