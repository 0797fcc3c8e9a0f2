import { formatPence } from '../../../kernel/src/index.js';
import type { Reconciliation } from '../domain/reconciliation.js';

/**
 * The reconciliation as a page a data team and a revenues manager can read and keep: no scripts,
 * no external assets, every value escaped. Names and addresses are never shown; accounts are
 * named by their legacy key, which the team needs to find them in the extract.
 */
export function reconciliationHtml(report: Reconciliation): string {
  const { balances, shadowBilling } = report;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Migration reconciliation: ${escape(report.council)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #0b0c0c; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #b1b4b6; padding: .3rem .6rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } .ok { color: #00703c; } .bad { color: #d4351c; font-weight: bold; }
</style></head><body>
<h1>Migration reconciliation: ${escape(report.council)}</h1>
<p class="${report.clean ? 'ok' : 'bad'}">${report.clean ? 'Clean: every row accounted for, balances agree to the penny, shadow billing found no difference.' : 'Not clean: see the differences below.'}</p>
<p>Load ${escape(report.loadId)}, profile ${escape(report.profile)}, produced ${escape(report.producedAt)} by ${escape(report.producedBy)}.</p>
<h2>Source files</h2>
${table(['File', 'Bytes', 'SHA-256'], report.sourceFiles.map((file) => [escape(file.file), number(file.bytes), `<code>${escape(file.sha256)}</code>`]))}
<h2>Rows</h2>
${table(['Entity', 'In the extract', 'Refused', 'Worked out by the engine', 'Loaded'], report.entities.map((entity) => [
    escape(entity.entity), number(entity.rowsIn), number(entity.rejected), number(entity.derived), number(entity.loaded),
  ]))}
<h2>Balances</h2>
<p>${number(balances.accountsCompared)} accounts: legacy ${money(balances.legacyTotalPence)}, migrated ${money(balances.migratedTotalPence)},
difference ${money(balances.migratedTotalPence - balances.legacyTotalPence)}; ${number(balances.accountsDiffering)} accounts differ${listedOf(balances.differences.length, balances.accountsDiffering)}.</p>
${balances.differences.length === 0 ? '' : table(['Account', 'Legacy', 'Migrated', 'Difference', 'Why'], balances.differences.map((difference) => [
    escape(difference.accountKey), money(difference.legacyPence), difference.migratedPence === null ? 'not loaded' : money(difference.migratedPence),
    money(difference.differencePence), difference.explanation.map(escape).join('<br>') || 'nothing was refused on this account',
  ]))}
<h2>Shadow billing ${escape(shadowBilling.financialYear)}</h2>
${shadowBilling.notCompared ? `<p>Not compared: ${escape(shadowBilling.notCompared)}.</p>` : ''}
<p>${number(shadowBilling.accountsCompared)} accounts recomputed: legacy charged ${money(shadowBilling.legacyChargedTotalPence)}, the engine
${money(shadowBilling.engineChargedTotalPence)}; ${number(shadowBilling.accountsDiffering)} accounts differ${listedOf(shadowBilling.differences.length, shadowBilling.accountsDiffering)}.</p>
${shadowBilling.differences.length === 0 ? '' : table(['Account', 'Legacy charged', 'Engine', 'Difference', 'Legacy notices', "The engine's lines"], shadowBilling.differences.map((difference) => [
    `${escape(difference.accountKey)}<br>${escape(difference.accountReference)}`, money(difference.legacyChargedPence), money(difference.engineChargedPence),
    money(difference.differencePence),
    difference.legacyNotices.map((notice) => `${escape(notice.noticeKey)}: debit ${money(notice.debitPence)}, reliefs ${money(notice.remittedPence)}, transitional ${money(notice.transitionalPence)}`).join('<br>') || 'no notice for the year',
    difference.engineLines.map((line) => `${escape(line.description)} ${escape(line.periodStart)} to ${escape(line.periodEnd)}: ${money(line.amountPence)}<br><small>${escape(line.rule)}</small>`).join('<br>'),
  ]))}
</body></html>
`;
}

function table(headings: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `<table><thead><tr>${headings.map((heading) => `<th>${escape(heading)}</th>`).join('')}</tr></thead><tbody>
${rows.map((cells) => `<tr>${cells.map((cell) => `<td${/^[-£0-9,.]+$|^-?£/.test(cell) ? ' class="n"' : ''}>${cell}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

function listedOf(listed: number, all: number): string {
  return listed < all ? ` (the first ${number(listed)} are listed)` : '';
}

function money(pence: number): string {
  return escape(formatPence(pence));
}

function number(value: number): string {
  return value.toLocaleString('en-GB');
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);
}
