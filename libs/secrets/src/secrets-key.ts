import { createHash } from 'node:crypto';

/**
 * The key the service seals secrets with (payment providers' and webhook signing secrets):
 * SECRETS_KEY, 32 bytes as 64 hex digits; PAYMENT_SECRETS_KEY, its first name, is still read when
 * SECRETS_KEY is unset. In demo mode without either, a fixed development key (anyone can read it
 * here: demo only). Elsewhere without one, secrets can be neither kept nor used, and the service
 * says so when asked.
 */
export function readSecretsKey(env: NodeJS.ProcessEnv, demo: boolean): Buffer | null {
  const name = env.SECRETS_KEY ? 'SECRETS_KEY' : env.PAYMENT_SECRETS_KEY ? 'PAYMENT_SECRETS_KEY' : null;
  if (name) {
    const written = env[name] as string;
    if (!/^[0-9a-fA-F]{64}$/.test(written)) throw new Error(`${name} must be 32 bytes written as 64 hex digits (openssl rand -hex 32)`);
    return Buffer.from(written, 'hex');
  }
  // The phrase is the one payments-in first used, so that demo secrets sealed then still open.
  return demo ? createHash('sha256').update('open-revenues demo payment secrets key').digest() : null;
}
