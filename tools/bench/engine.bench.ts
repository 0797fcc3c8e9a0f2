/**
 * npm run bench:engine — hereditament-year calculations per second for a realistic mix of cases,
 * on one core (this process), written to bench-results/engine.json. A benchmark, not a test.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { calculateCharge, financialYear, NATIONAL_RATES, type RatingCase } from '../../libs/business-rates/src/index.js';
import { realisticCases } from './rating-case-mix.js';

const CASES = Number(process.env.BENCH_CASES ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function run(cases: RatingCase[]): number {
  let pence = 0;
  for (const ratingCase of cases) pence += calculateCharge(NATIONAL_RATES, ratingCase).netChargePence;
  return pence;
}

const cases = realisticCases(CASES, financialYear);
run(cases.slice(0, 2_000)); // warm up the JIT
const rounds: number[] = [];
let checksum = 0;
for (let round = 0; round < ROUNDS; round += 1) {
  const started = process.hrtime.bigint();
  checksum = run(cases);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  rounds.push(cases.length / seconds);
}
rounds.sort((a, b) => a - b);
const result = {
  benchmark: 'engine',
  description: 'hereditament-year charge calculations per second, one core, realistic mix (see tools/bench/rating-case-mix.ts)',
  casesPerRound: cases.length,
  rounds: ROUNDS,
  calculationsPerSecondMedian: Math.round(rounds[Math.floor(rounds.length / 2)]),
  calculationsPerSecondBest: Math.round(rounds.at(-1) ?? 0),
  calculationsPerSecondWorst: Math.round(rounds[0]),
  target: 50_000,
  netChargeChecksumPence: checksum,
  node: process.version,
  cpu: os.cpus()[0]?.model,
  measuredAt: new Date().toISOString(),
};
await mkdir('bench-results', { recursive: true });
await writeFile('bench-results/engine.json', `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
