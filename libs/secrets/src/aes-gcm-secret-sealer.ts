import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ConflictError } from '../../kernel/src/index.js';
import { SecretSealer, type SealedSecret } from './secret-sealer.js';

/**
 * AES-256-GCM with the service's key: iv (12 bytes), tag (16) and ciphertext, base64 in one string.
 * Without the key (or with another one) it refuses with a ConflictError saying so: the service's
 * set-up, not the request, is what must change, and the revenues team must be able to read why.
 */
export class AesGcmSecretSealer extends SecretSealer {
  constructor(private readonly key: Buffer | null) {
    super();
    if (key && key.length !== 32) throw new Error('the secrets key must be 32 bytes');
  }

  seal(secret: string): SealedSecret {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.requiredKey(), iv);
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return {
      sealedSecret: Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64'),
      fingerprint: createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 12),
    };
  }

  open(sealed: string): string {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.requiredKey(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    try {
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      throw new ConflictError('the stored secret cannot be opened with this service\'s SECRETS_KEY (was the key changed?): set the secret again', 'secret');
    }
  }

  private requiredKey(): Buffer {
    if (!this.key) throw new ConflictError('SECRETS_KEY is not set on this service: signing secrets can be neither kept nor used', 'secret');
    return this.key;
  }
}
