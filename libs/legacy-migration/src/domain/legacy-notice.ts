
/**
 * The buckets of a legacy notice, each as the line it becomes on the migrated notice, with its sign.
 * What a notice adds to the account is every bucket with its sign; the legacy balance on it is that
 * less the payments made to it, which reconciliation checks. What it *charged* (compared by shadow
 * billing) is the debit less reliefs and transitional adjustment: the rest is collection, not charge.
 */
export const LEGACY_BUCKETS = [
  { bucket: 'debitPence', code: 'LEGACY_DEBIT', sign: 1, description: 'Rates charged (legacy notice)' },
  { bucket: 'remittedPence', code: 'LEGACY_REMITTED', sign: -1, description: 'Reliefs and remissions (legacy notice)' },
  { bucket: 'transitionalPence', code: 'LEGACY_TRANSITIONAL', sign: -1, description: 'Transitional adjustment (legacy notice)' },
  { bucket: 'discountPence', code: 'LEGACY_DISCOUNT', sign: -1, description: 'Discounts (legacy notice)' },
  { bucket: 'writtenOffPence', code: 'LEGACY_WRITTEN_OFF', sign: -1, description: 'Written off (legacy notice)' },
  { bucket: 'costsPence', code: 'LEGACY_COSTS', sign: 1, description: 'Recovery costs (legacy notice)' },
  { bucket: 'penaltiesPence', code: 'LEGACY_PENALTIES', sign: 1, description: 'Penalties (legacy notice)' },
  { bucket: 'refundsPence', code: 'LEGACY_REFUNDS', sign: 1, description: 'Refunds paid out (legacy notice)' },
] as const;

export type LegacyBucket = (typeof LEGACY_BUCKETS)[number]['bucket'];
