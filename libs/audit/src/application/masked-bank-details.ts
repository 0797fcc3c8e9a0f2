import type { AuditEvent } from './audit-event.js';

/** Columns holding bank details, wherever they appear, and how much of each stays readable. */
const SORT_CODE = /(^|_)sort_code$/;
const ACCOUNT_NUMBER = /(^|_)account_number$/;

/**
 * The trail keeps whole rows, bank details included, for the council's auditors. Read through the
 * API by anyone but a revenues manager (who sees them in payment files anyway), an account number
 * shows only its last four digits and a sort code its last two.
 */
export function maskBankDetails(event: AuditEvent): AuditEvent {
  return { ...event, before: masked(event.before), after: masked(event.after) };
}

function masked(row: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!row) return row;
  return Object.fromEntries(Object.entries(row).map(([column, value]) => {
    if (typeof value !== 'string') return [column, value];
    if (ACCOUNT_NUMBER.test(column)) return [column, `****${value.slice(-4)}`];
    if (SORT_CODE.test(column)) return [column, `****${value.slice(-2)}`];
    return [column, value];
  }));
}
