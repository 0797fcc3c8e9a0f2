import type { AuditEvent } from './audit-event.js';

/** Columns holding bank details, wherever they appear: sort codes and account numbers. */
const BANK_DETAIL = /(^|_)(sort_code|account_number)$/;

/**
 * The trail keeps whole rows, bank details included, for the council's auditors. Read through the
 * API by anyone but a revenues manager (who sees them in payment files anyway), they show only their
 * last four characters.
 */
export function maskBankDetails(event: AuditEvent): AuditEvent {
  return { ...event, before: masked(event.before), after: masked(event.after) };
}

function masked(row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!row) return row;
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, BANK_DETAIL.test(column) && typeof value === 'string' ? `****${value.slice(-4)}` : value]));
}
