/**
 * A migrated row's id is derived from its council, its kind and its legacy key, so loading the same
 * legacy row again finds the row already there (`on conflict do nothing`): a rerun, or a resumed load,
 * adds no duplicates, and reconciliation finds each staged row's live counterpart by key alone.
 */
export function migratedId(kind: string, legacyKeyExpression: string, councilExpression = 's.council_id'): string {
  if (!/^[a-z-]+$/.test(kind)) throw new Error(`not a row kind: ${kind}`);
  return `md5(${councilExpression}::text || '/${kind}/' || ${legacyKeyExpression})::uuid`;
}
