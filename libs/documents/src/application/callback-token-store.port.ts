import type { Actor } from '../../../tenancy/src/index.js';

/** A council's Notify callback token as kept: its hash, never the token. */
export interface StoredCallbackToken {
  readonly tokenSha256: string;
  readonly setAt: string;
  readonly setBy: string;
}

/** Where each council's GOV.UK Notify callback token (its SHA-256) is kept. */
export abstract class CallbackTokenStore {
  abstract find(actor: Actor, councilId: string): Promise<StoredCallbackToken | null>;
  /** Replaces the council's token. */
  abstract set(actor: Actor, councilId: string, tokenSha256: string, reason: string): Promise<StoredCallbackToken>;
}

/** Callback tokens from the service's configuration, by council code: used where none is stored. */
export class ConfiguredCallbackTokens {
  constructor(readonly byCouncilCode: ReadonlyMap<string, string>) {}
}
