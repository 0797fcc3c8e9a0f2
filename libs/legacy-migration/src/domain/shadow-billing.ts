import type { LegacyCharge, ShadowBillingDifference, ShadowBillingLine } from './reconciliation.js';

/** The engine's view of an account's year: its reference and the lines it computes. */
export interface EngineCharge {
  readonly accountReference: string;
  readonly lines: readonly ShadowBillingLine[];
}

/**
 * Shadow billing compares, account by account, what the legacy system charged for the year (its
 * notices' debit less reliefs and transitional adjustment) with what the engine computes on the
 * migrated facts. A difference is listed with both sides' workings: the legacy buckets, and the
 * engine's lines with the rule behind each, which is what a revenues officer needs to explain it.
 */
export function compareCharge(legacy: LegacyCharge, engine: EngineCharge): ShadowBillingDifference | null {
  const engineChargedPence = engine.lines.reduce((sum, line) => sum + line.amountPence, 0);
  if (engineChargedPence === legacy.chargedPence) return null;
  return {
    accountKey: legacy.accountKey,
    accountReference: engine.accountReference,
    legacyChargedPence: legacy.chargedPence,
    engineChargedPence,
    differencePence: engineChargedPence - legacy.chargedPence,
    legacyNotices: legacy.notices,
    engineLines: engine.lines,
  };
}
