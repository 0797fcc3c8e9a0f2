import { formatPence } from '../../libs/kernel/src/index.js';
import type { EntityCounts, LoadOutcome, MigrationLoad, Reconciliation, VoaImportReport } from '../../libs/legacy-migration/src/index.js';

/** The summary at the end of a run: what happened to every entity's rows, and where the reports are. */
export function printLoad(outcome: LoadOutcome, run: { seconds: number; problemsFile: string }): void {
  const { load } = outcome;
  const lines = [
    '',
    `${outcome.dryRun ? 'Dry run (nothing kept): ' : ''}load ${load.loadId} (${load.profileName} ${load.profileVersion}) is ${load.status}${outcome.resumed ? ', carried on from where it stopped' : ''}.`,
    countsTable(outcome.counts),
    `${outcome.rowsStaged.toLocaleString('en-GB')} rows staged in ${run.seconds.toFixed(1)} s${outcome.rowsStaged > 0 ? ` (${Math.round(outcome.rowsStaged / run.seconds).toLocaleString('en-GB')} rows/s)` : ''}.`,
    `Problems, line by line: ${run.problemsFile}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function printReconciliation(report: Reconciliation, run: { json: string; html: string; seconds: number }): void {
  const { balances, shadowBilling } = report;
  const lines = [
    '',
    `${report.clean ? 'CLEAN' : 'NOT CLEAN'}: load ${report.loadId}`,
    countsTable(report.entities),
    `Balances: ${balances.accountsCompared.toLocaleString('en-GB')} accounts; legacy ${formatPence(balances.legacyTotalPence)}, migrated ${formatPence(balances.migratedTotalPence)}; ${balances.accountsDiffering.toLocaleString('en-GB')} differ.`,
    `Shadow billing ${shadowBilling.financialYear}: ${shadowBilling.accountsCompared.toLocaleString('en-GB')} accounts; legacy ${formatPence(shadowBilling.legacyChargedTotalPence)}, engine ${formatPence(shadowBilling.engineChargedTotalPence)}; ${shadowBilling.accountsDiffering.toLocaleString('en-GB')} differ.`,
    `Reports (${run.seconds.toFixed(1)} s): ${run.html}`,
    `         ${run.json}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function printVoaImport(report: VoaImportReport, run: { file: string; seconds: number }): void {
  const lines = [
    '',
    `${report.dryRun ? 'Dry run (nothing kept): ' : ''}${report.entriesRead.toLocaleString('en-GB')} list entries read in ${run.seconds.toFixed(1)} s.`,
    `  values recorded: ${report.valuesRecorded.length} (notices issued: ${report.valuesRecorded.reduce((sum, value) => sum + value.noticesIssued, 0)})`,
    `  unchanged: ${report.unchanged}; other authorities: ${report.otherAuthorities}`,
    `  deleted from the list (for an officer to review): ${report.deletions.length}`,
    `  not in the register: ${report.notInRegister.length}; unreadable lines: ${report.problems.length}`,
    `Report: ${run.file}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function printLoads(loads: readonly MigrationLoad[]): void {
  if (loads.length === 0) {
    process.stdout.write('No loads yet.\n');
    return;
  }
  for (const load of loads) {
    process.stdout.write(`${load.loadId}  ${load.status.padEnd(8)} ${load.profileName} ${load.profileVersion}  started ${load.startedAt} by ${load.startedBy}${load.loadedAt ? `, loaded ${load.loadedAt}` : ''}\n`);
    for (const file of load.sourceFiles) process.stdout.write(`    ${file.file}  ${file.bytes.toLocaleString('en-GB')} bytes  sha256 ${file.sha256}\n`);
  }
}

function countsTable(counts: readonly EntityCounts[]): string {
  const header = `${'entity'.padEnd(12)}${'in'.padStart(12)}${'refused'.padStart(12)}${'derived'.padStart(12)}${'loaded'.padStart(12)}`;
  const rows = counts.map((entity) =>
    `${entity.entity.padEnd(12)}${[entity.rowsIn, entity.rejected, entity.derived, entity.loaded].map((value) => value.toLocaleString('en-GB').padStart(12)).join('')}`);
  return [header, ...rows].join('\n');
}
