export interface SealedSecret {
  readonly sealedSecret: string;
  /** The first 12 hex digits of the secret's SHA-256: enough to tell two secrets apart, not to find one. */
  readonly fingerprint: string;
}

/** Seals and opens secrets, so that neither a table nor its audit trail holds one in the clear. */
export abstract class SecretSealer {
  abstract seal(secret: string): SealedSecret;
  abstract open(sealed: string): string;
}
