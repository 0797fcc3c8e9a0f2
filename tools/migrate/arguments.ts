import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run migrate -- <command> [options]

Commands
  validate <extract-dir>   map and check every line of the extract; write the problems report; load nothing
  load <extract-dir>       the same, then load the valid rows (resumes a stopped load; a finished one adds nothing)
  reconcile                counts, balances and shadow billing for a load, as JSON and HTML
  status                   the council's loads: who, when, which files, how far
  import-voa <list-file>   apply a VOA rating list or change file: new values recorded by effective date, liabilities rebilled

Options
  --council <code>         the council (required)
  --profile <name|file>    a built-in profile (academy-business-rates, open-data-business-rates, voa-rating-list) or a YAML/JSON file
  --dry-run                do everything in one transaction and roll it back: reports are written, nothing is kept
  --load <id>              reconcile this load (default: the latest)
  --year <2026-27>         the year shadow billing recomputes (default: this year)
  --out <dir>              where reports go (default: migration-reports/<council>)
  --as <name>              who is running it, for the audit trail (default: your login name)
  --include-personal-data  show account rows' values in the problems report (withheld by default)
  --billing-authority <n>  import-voa: only this billing authority's entries (e.g. 3305)
  --compiled-on <date>     import-voa: the list's compilation day, for entries with no effective date (default 2026-04-01)

Exit codes: 0 done; 1 failed; 2 rows were refused (see the problems report); 3 reconciliation not clean; 64 usage.
`;

export interface MigrateArguments {
  readonly command: 'validate' | 'load' | 'reconcile' | 'status' | 'import-voa' | 'help';
  readonly council: string;
  readonly extract?: string;
  readonly profile?: string;
  readonly dryRun: boolean;
  readonly load?: string;
  readonly year?: string;
  readonly out?: string;
  readonly as?: string;
  readonly includePersonalData: boolean;
  readonly billingAuthority?: string;
  readonly compiledOn?: string;
}

const COMMANDS = ['validate', 'load', 'reconcile', 'status', 'import-voa', 'help'] as const;

/** Reads the command line, refusing anything unknown or missing with a message naming it. */
export function parseMigrateArguments(argv: readonly string[]): MigrateArguments {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      council: { type: 'string' },
      profile: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      load: { type: 'string' },
      year: { type: 'string' },
      out: { type: 'string' },
      as: { type: 'string' },
      'include-personal-data': { type: 'boolean', default: false },
      'billing-authority': { type: 'string' },
      'compiled-on': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const [command = 'help', extract, ...extra] = positionals;
  if (values.help || command === 'help') return { command: 'help', council: '', dryRun: false, includePersonalData: false };
  if (!(COMMANDS as readonly string[]).includes(command)) throw new Error(`unknown command "${command}"`);
  if (extra.length > 0) throw new Error(`unexpected argument "${extra[0]}"`);
  if (!values.council) throw new Error('--council is required');
  const needsExtract = command === 'validate' || command === 'load' || command === 'import-voa';
  if (needsExtract && !extract) throw new Error(command === 'import-voa' ? 'import-voa needs the list file' : `${command} needs the folder holding the extract's files`);
  if (needsExtract && command !== 'import-voa' && !values.profile) throw new Error(`${command} needs --profile`);
  if (!needsExtract && extract) throw new Error(`${command} takes no extract folder`);
  if (values.year && !/^[0-9]{4}-[0-9]{2}$/.test(values.year)) throw new Error('--year must be a financial year such as 2026-27');
  return {
    command: command as MigrateArguments['command'],
    council: values.council,
    extract,
    profile: values.profile,
    dryRun: values['dry-run'] === true,
    load: values.load,
    year: values.year,
    out: values.out,
    as: values.as,
    includePersonalData: values['include-personal-data'] === true,
    billingAuthority: values['billing-authority'],
    compiledOn: values['compiled-on'],
  };
}
