import { join } from 'node:path';
import { ACADEMY_COLUMNS, ACADEMY_FILES } from './academy-layout.js';
import { placeAcademyDefect, type PlacedDefect } from './academy-defects.js';
import { groupRows, type AcademyRow } from './academy-rows.js';
import { billGroup, Numbering } from './billing.js';
import { CsvFile } from './csv-file.js';
import type { ExpectedTotals, InjectedDefect, ManifestFile, ShadowBilling, ShadowBillingDifference } from './manifest.js';
import { Random } from './random.js';
import type { WorldSpec } from './world-spec.js';
import { worldGroups } from './world.js';

export interface AcademyResult {
  readonly files: ManifestFile[];
  readonly defects: InjectedDefect[];
  readonly expected: ExpectedTotals;
  readonly shadowBilling: ShadowBilling;
}

/** Writes the seven Academy files (Windows-1252, CRLF, quoted CSV) group by group, streaming. */
export async function writeAcademy(spec: WorldSpec, outDir: string): Promise<AcademyResult> {
  const files = new Map(
    ACADEMY_FILES.map((name) => [name, new CsvFile({ path: join(outDir, name), encoding: 'windows-1252', delimiter: ',', quoting: true, lineEnd: '\r\n' })] as const),
  );
  for (const [name, file] of files) await file.header(ACADEMY_COLUMNS[name]);
  const totals = { accounts: 0, emails: 0, properties: 0, liabilities: 0, loadedReliefs: 0, engineReliefs: 0, notices: 0, transactions: 0, noticeBalancePence: 0, transactionPence: 0 };
  const defects: InjectedDefect[] = [];
  const differences: ShadowBillingDifference[] = [];
  let accountsCompared = 0;
  const numbering = new Numbering();

  for (const group of worldGroups(spec.seed, spec.accounts, spec.year, spec.asOf)) {
    const defectKind = spec.defectPlan.get(group.index);
    const billings = billGroup(group, { seed: spec.seed, year: spec.year, asOf: spec.asOf, numbering }, defectKind === undefined);
    const rows = groupRows(group, billings);
    const placed = defectKind ? placeAcademyDefect(defectKind, group, rows, Random.for(spec.seed, group.index, 2)) : null;
    if (placed) for (const row of [placed.row, ...placed.dependents]) row.invalid = true;
    for (const row of rows) {
      row.line = await (files.get(row.file) as CsvFile).row(row.fields);
      if (!row.invalid) count(totals, row);
    }
    if (placed) defects.push(recorded(placed, group.accounts[group.accounts.length - 1].ref));
    const spoilt = defectKind ? group.accounts[group.accounts.length - 1].ref : null;
    for (const billing of billings) {
      if (!billing.liableThisYear || billing.account.ref === spoilt) continue;
      accountsCompared += 1;
      if (billing.difference) differences.push({ accountKey: billing.account.ref, propertyKey: group.property.ref, ...billing.difference });
    }
  }
  for (const file of files.values()) await file.close();
  return {
    files: ACADEMY_FILES.map((name) => ({ name, rows: (files.get(name) as CsvFile).dataRows, encoding: 'windows-1252' })),
    defects,
    expected: {
      accounts: totals.accounts,
      emails: totals.emails,
      properties: totals.properties,
      liabilities: totals.liabilities,
      reliefs: { loaded: totals.loadedReliefs, engineDerived: totals.engineReliefs },
      notices: totals.notices,
      transactions: totals.transactions,
      noticeBalancePence: totals.noticeBalancePence,
      transactionPence: totals.transactionPence,
    },
    shadowBilling: { financialYear: spec.year.label, accountsCompared, differences },
  };
}

function count(totals: Record<string, number>, row: AcademyRow): void {
  switch (row.entity) {
    case 'relief':
      totals[row.reliefLoaded ? 'loadedReliefs' : 'engineReliefs'] += 1;
      return;
    case 'notice':
      totals.notices += 1;
      totals.noticeBalancePence += row.balancePence ?? 0;
      return;
    case 'transaction':
      totals.transactions += 1;
      totals.transactionPence += row.amountPence ?? 0;
      return;
    case 'property':
      totals.properties += 1;
      return;
    case 'liability':
      totals.liabilities += 1;
      return;
    case 'email':
      totals.emails += 1;
      return;
    case 'account':
      totals.accounts += 1;
  }
}

function recorded(placed: PlacedDefect, accountRef: string): InjectedDefect {
  const { row } = placed;
  return {
    kind: placed.kind,
    file: row.file,
    line: row.line ?? 0,
    field: placed.field,
    value: placed.value,
    ...(placed.bytesHex ? { bytesHex: placed.bytesHex } : {}),
    entity: row.entity,
    entityKey: row.entity === 'account' || row.entity === 'email' ? accountRef : row.key,
    accountKey: accountRef,
    reason: placed.reason,
    dependents: placed.dependents.map((dependent) => ({ file: dependent.file, line: dependent.line ?? 0, entity: dependent.entity, key: dependent.key })),
  };
}
