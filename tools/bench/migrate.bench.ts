/**
 * npm run bench:migrate — the legacy-migration toolkit on a generated Academy-style extract of
 * BENCH_ACCOUNTS (1,000,000) accounts with their properties, liabilities, reliefs, notices and
 * twelve months of transactions: validated, loaded and reconciled (shadow billing included), against
 * a plain COPY of the same files' rows measured in the same run. Each size runs in a child process
 * of its own, a tenth of the size first, so the two peak memory figures show whether memory stays
 * flat as the extract grows. Writes bench-results/migrate.json. A benchmark, not a test.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { wholeNumberSetting } from '../../libs/kernel/src/index.js';

const ACCOUNTS = wholeNumberSetting(process.env, 'BENCH_ACCOUNTS', 1_000_000, 100, 5_000_000);
const run = promisify(execFile);
const runner = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrate-run.js');

const sizes = [Math.max(100, Math.round(ACCOUNTS / 10)), ACCOUNTS];
const runs = [];
for (const accounts of sizes) {
  const child = run(process.execPath, [runner, '--accounts', String(accounts)], { maxBuffer: 16 * 1024 * 1024 });
  child.child.stderr?.pipe(process.stderr);
  runs.push(JSON.parse((await child).stdout.trim().split('\n').pop() as string));
}
const result = {
  benchmark: 'migrate',
  description: 'an Academy-style extract validated, loaded and reconciled (shadow billing included) by the migration use cases, against a plain COPY of the same files into text tables, same run',
  runs,
  memoryGrowthFromTenthToFullSize: Math.round((runs[1].peakRssMiB / runs[0].peakRssMiB) * 100) / 100,
  targets: { peakRssMiBBelow: 1024, ratioToCopyAtMost: 4 },
  node: process.version,
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model,
  measuredAt: new Date().toISOString(),
};
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/migrate.json', `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
