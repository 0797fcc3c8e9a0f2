import type { NoticeRecord } from './canonical-records.js';

/** The buckets of a legacy notice, each as the line it becomes on the migrated notice. */
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
export type LegacyLineCode = (typeof LEGACY_BUCKETS)[number]['code'];

/**
 * What a legacy notice adds to the account: every bucket with its sign. The legacy system's
 * balance on the notice is this less the payments made to it, which is what reconciliation checks.
 */
export function noticeTotalPence(notice: Pick<NoticeRecord, LegacyBucket>): number {
  return LEGACY_BUCKETS.reduce((total, { bucket, sign }) => total + sign * notice[bucket], 0);
}

/**
 * The rates the legacy system charged for the notice's days, after reliefs and transitional
 * adjustment: what the rating engine's charge for the same days is compared with (shadow billing).
 * Costs, penalties, refunds, write-offs and discounts are collection, not charge.
 */
export function chargedPence(notice: Pick<NoticeRecord, 'debitPence' | 'remittedPence' | 'transitionalPence'>): number {
  return notice.debitPence - notice.remittedPence - notice.transitionalPence;
}
