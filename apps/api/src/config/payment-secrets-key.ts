import { createHash } from 'node:crypto';

/**
 * The key payment providers' signing secrets are sealed with: PAYMENT_SECRETS_KEY, 32 bytes as 64
 * hex digits. In demo mode without one, a fixed development key (anyone can read it here: demo only).
 * Elsewhere without one, secrets can be neither set nor checked, and the service says so when asked.
 */
export function readPaymentSecretsKey(env: NodeJS.ProcessEnv, demo: boolean): Buffer | null {
  const written = env.PAYMENT_SECRETS_KEY;
  if (written) {
    if (!/^[0-9a-fA-F]{64}$/.test(written)) throw new Error('PAYMENT_SECRETS_KEY must be 32 bytes written as 64 hex digits (openssl rand -hex 32)');
    return Buffer.from(written, 'hex');
  }
  return demo ? createHash('sha256').update('open-revenues demo payment secrets key').digest() : null;
}
