import type { RowProblem } from '../domain/canonical-records.js';

export const PROBLEMS_CSV_HEADER = 'file,line,entity,field,value,reason';

/**
 * A problem as a line of the CSV report a data team works through. An account row holds a person's
 * name and contact details, so its values are withheld unless the operator asks for them.
 */
export function problemCsvLine(problem: RowProblem, options: { readonly includePersonalData: boolean }): string {
  const value = problem.entity === 'account' && !options.includePersonalData ? '(withheld: personal data)' : problem.value;
  return [problem.file, String(problem.line), problem.entity, problem.field, value, problem.reason].map(csvField).join(',');
}

/** RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled. A leading = + - @ is quoted too, so a spreadsheet shows it rather than running it. */
function csvField(value: string): string {
  return /[",\r\n]|^[=+\-@]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
