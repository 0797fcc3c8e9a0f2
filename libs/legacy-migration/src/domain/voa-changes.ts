import type { ValuationRecord } from './canonical-records.js';

/** A hereditament the council holds, as a list entry is matched against it. */
export interface RegisteredValuation {
  readonly hereditamentId: string;
  readonly baReference: string;
  readonly uarn: number | null;
  /** Every rateable value recorded, with the day it took effect. */
  readonly values: ReadonlyArray<{ readonly effectiveFrom: string; readonly rateableValue: number }>;
}

export type VoaDecision =
  | { readonly kind: 'other-authority' }
  | { readonly kind: 'not-in-register' }
  | { readonly kind: 'unchanged'; readonly hereditamentId: string }
  | { readonly kind: 'record-value'; readonly hereditamentId: string; readonly effectiveFrom: string; readonly rateableValue: number; readonly matchedBy: 'uarn' | 'ba-reference' }
  | { readonly kind: 'deleted'; readonly hereditamentId: string };

/**
 * What one list entry means for the council's register. The VOA's key is the UARN, so an entry is
 * matched on it first and on the BA reference only where the register has no UARN for it. A value
 * is versioned by its effective date (the list's compilation day when the entry leaves it empty): an
 * entry whose value is already recorded from that day changes nothing, so importing a list twice,
 * or a change file after the full list, records each alteration once. A deletion (no value) is
 * reported for an officer: the list no longer rates the property, but who is liable is the council's
 * question, not the list's.
 */
export function decideVoaEntry(
  entry: ValuationRecord,
  registered: RegisteredValuation | undefined,
  context: { readonly billingAuthorityCode: string | null; readonly compiledOn: string },
): VoaDecision {
  if (context.billingAuthorityCode !== null && entry.billingAuthorityCode !== context.billingAuthorityCode) return { kind: 'other-authority' };
  if (!registered) return { kind: 'not-in-register' };
  if (entry.rateableValue === null) return { kind: 'deleted', hereditamentId: registered.hereditamentId };
  const effectiveFrom = entry.effectiveDate ?? context.compiledOn;
  const recorded = registered.values.find((value) => value.effectiveFrom === effectiveFrom);
  if (recorded?.rateableValue === entry.rateableValue) return { kind: 'unchanged', hereditamentId: registered.hereditamentId };
  return {
    kind: 'record-value',
    hereditamentId: registered.hereditamentId,
    effectiveFrom,
    rateableValue: entry.rateableValue,
    matchedBy: registered.uarn === entry.uarn ? 'uarn' : 'ba-reference',
  };
}

/** The registered hereditament an entry is: by UARN, or else by BA reference where the register holds no UARN for it. */
export function matchEntry(entry: Pick<ValuationRecord, 'uarn' | 'baReference'>, registered: readonly RegisteredValuation[]): RegisteredValuation | undefined {
  return registered.find((candidate) => candidate.uarn === entry.uarn)
    ?? registered.find((candidate) => candidate.uarn === null && candidate.baReference === entry.baReference);
}
