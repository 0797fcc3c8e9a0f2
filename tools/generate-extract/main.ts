import { parseArgs } from 'node:util';
import { generateExtract, type DefectKind, type ExtractFormat } from './generate-extract.js';

/**
 * npm run generate:extract -- --format academy --accounts 1000 --seed 1 --out /tmp/x
 *   [--defects bad-date=5,unknown-code=3] [--as-of 2026-11-30] [--voa-changes 30] [--ba-code 3305]
 */
const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    accounts: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    defects: { type: 'string', default: '' },
    'as-of': { type: 'string' },
    'voa-changes': { type: 'string', default: '0' },
    'ba-code': { type: 'string' },
  },
});

function defectCounts(text: string): Partial<Record<DefectKind, number>> {
  const counts: Partial<Record<DefectKind, number>> = {};
  for (const pair of text.split(',').filter((item) => item !== '')) {
    const [kind, count] = pair.split('=');
    if (!/^\d+$/.test(count ?? '')) throw new Error(`--defects wants kind=count pairs, not "${pair}"`);
    counts[kind as DefectKind] = Number(count);
  }
  return counts;
}

if (!values.format || !values.accounts || !values.out) {
  console.error('usage: generate:extract -- --format academy|open-data|voa --accounts N --seed S --out DIR [--defects kind=n,...] [--as-of YYYY-MM-DD] [--voa-changes N] [--ba-code 3305]');
  process.exit(2);
}
const started = process.hrtime.bigint();
const manifest = await generateExtract({
  format: values.format as ExtractFormat,
  accounts: Number(values.accounts),
  seed: Number(values.seed),
  outDir: values.out,
  asOf: values['as-of'],
  defects: defectCounts(values.defects ?? ''),
  voaChanges: Number(values['voa-changes']),
  billingAuthorityCode: values['ba-code'],
});
const seconds = Number((process.hrtime.bigint() - started) / 1_000_000n) / 1000;
console.log(`${manifest.format} extract, ${manifest.accounts} accounts, seed ${manifest.seed}, as of ${manifest.asOf}, in ${seconds}s -> ${values.out}`);
for (const file of manifest.files) console.log(`  ${file.name}: ${file.rows} rows (${file.encoding})`);
if (manifest.expected) console.log(`  valid: ${JSON.stringify(manifest.expected)}`);
if (manifest.shadowBilling) console.log(`  shadow billing ${manifest.shadowBilling.financialYear}: ${manifest.shadowBilling.accountsCompared} accounts compared, ${manifest.shadowBilling.differences.length} expected differences`);
console.log(`  defects injected: ${manifest.defects.length}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
