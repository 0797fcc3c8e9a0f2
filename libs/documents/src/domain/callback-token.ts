import { createHash, timingSafeEqual } from 'node:crypto';

export const MIN_CALLBACK_TOKEN_LENGTH = 10;
export const MAX_CALLBACK_TOKEN_LENGTH = 1000;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Whether a presented bearer token is the expected one, by their SHA-256s compared in constant
 * time: equal-length digests, so neither the token's content nor its length leaks through timing.
 */
export function tokenMatches(presented: string, expectedSha256: string): boolean {
  return timingSafeEqual(Buffer.from(sha256Hex(presented), 'hex'), Buffer.from(expectedSha256, 'hex'));
}
