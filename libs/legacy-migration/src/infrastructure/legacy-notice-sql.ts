import { LEGACY_BUCKETS } from '../domain/legacy-notice.js';

/** The staging column holding a bucket (`debitPence` is `debit_pence`). */
export function bucketColumn(bucket: string): string {
  return bucket.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** What a staged notice (aliased `alias`) adds to the account: every bucket with its sign (LEGACY_BUCKETS). */
export function noticeTotalSql(alias: string): string {
  return LEGACY_BUCKETS.map(({ bucket, sign }) => `${sign > 0 ? '+' : '-'} ${alias}.${bucketColumn(bucket)}`).join(' ');
}

/** The financial year (`2026-27`) a date falls in: years run from 1 April. */
export function financialYearOf(dateExpression: string): string {
  return `(extract(year from ${dateExpression} - interval '3 months')::int || '-' || lpad(((extract(year from ${dateExpression} - interval '3 months')::int + 1) % 100)::text, 2, '0'))`;
}
