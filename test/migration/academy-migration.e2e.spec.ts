import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ReconcileLoadCommand, type Reconciliation, type RowProblem } from '../../libs/legacy-migration/src/index.js';
import { generateExtract } from '../../tools/generate-extract/generate-extract.js';
import type { ExtractManifest } from '../../tools/generate-extract/manifest.js';
import { countRows, migrationCouncil } from './migration-world.js';
import { runLoad, startMigrationApp } from './migration-app.js';

/**
 * A synthetic Academy-style extract, with one defect of every kind, through validate, load and
 * reconcile on the real database: every defect is reported at its file and line, nothing invalid
 * goes live, the balances come out to the penny, and shadow billing finds exactly the accounts the
 * legacy system billed differently.
 */
const DEFECTS = { 'bad-date': 1, 'unknown-code': 1, 'orphan-row': 1, 'duplicate-key': 1, 'overlapping-liability': 1, 'wrong-encoding': 1, 'bad-check-digit': 1, 'bad-money': 1 };

describe('migrating an Academy-style business-rates extract', () => {
  let app: INestApplicationContext;
  let extract: string;
  let manifest: ExtractManifest;
  let world: Awaited<ReturnType<typeof migrationCouncil>>;
  let validation: Awaited<ReturnType<typeof runLoad>>;
  let load: Awaited<ReturnType<typeof runLoad>>;
  let report: Reconciliation;

  beforeAll(async () => {
    extract = await mkdtemp(path.join(os.tmpdir(), 'academy-extract-'));
    manifest = await generateExtract({ format: 'academy', accounts: 240, seed: 11, outDir: extract, defects: DEFECTS });
    app = await startMigrationApp();
    world = await migrationCouncil('academy');
    validation = await runLoad(app, world.migrator, 'academy-business-rates', extract, { load: false });
    load = await runLoad(app, world.migrator, 'academy-business-rates', extract, { load: true });
    report = await app.get(CommandBus).execute(new ReconcileLoadCommand(world.migrator, undefined, { councilName: world.code, financialYear: '2026-27' }));
  }, 120_000);
  afterAll(() => app?.close());

  it('reports every injected defect at its file and line, with the column and the reason', () => {
    for (const defect of manifest.defects) {
      const found = validation.problems.filter((problem) => problem.file === defect.file && problem.line === defect.line);
      expect({ defect: `${defect.kind} ${defect.file}:${defect.line}`, reported: found.length > 0 }).toEqual({ defect: `${defect.kind} ${defect.file}:${defect.line}`, reported: true });
      expect(found.every((problem) => problem.reason.length > 0)).toBe(true);
    }
  });

  it('refuses the rows that depend on a refused row, naming the row they depended on', () => {
    // An email is looked up onto its account, not a row of its own: it goes with the account.
    const dependents = manifest.defects.flatMap((defect) => defect.dependents).filter((dependent) => dependent.entity !== 'email');
    for (const dependent of dependents) {
      expect({ dependent, reported: validation.problems.some((problem: RowProblem) => problem.file === dependent.file && problem.line === dependent.line) })
        .toEqual({ dependent, reported: true });
    }
  });

  it('reports nothing else: every other line of the extract is valid', () => {
    const expected = new Set([...manifest.defects.map((d) => `${d.file}:${d.line}`), ...manifest.defects.flatMap((d) => d.dependents.map((r) => `${r.file}:${r.line}`))]);
    const unexpected = validation.problems.filter((problem) => !expected.has(`${problem.file}:${problem.line}`));
    expect(unexpected).toEqual([]);
  });

  it('loads exactly the valid rows, and puts nothing live while validating', () => {
    const loaded = Object.fromEntries(load.outcome.counts.map((entity) => [entity.entity, entity.loaded]));
    const expected = manifest.expected!;
    expect(loaded).toEqual({
      property: expected.properties,
      account: expected.accounts,
      liability: expected.liabilities,
      relief: expected.reliefs.loaded,
      notice: expected.notices,
      transaction: expected.transactions,
    });
    expect(load.outcome.counts.find((entity) => entity.entity === 'relief')?.derived).toBe(expected.reliefs.engineDerived);
    expect(validation.outcome.load.status).toBe('staged');
  });

  it('reproduces the legacy balance to the penny, account by account, except where a row was refused, and says why there', () => {
    expect(report.balances.migratedTotalPence).toBe(manifest.expected!.noticeBalancePence);
    for (const difference of report.balances.differences) expect({ account: difference.accountKey, explained: difference.explanation.length > 0 || difference.migratedPence === null }).toEqual({ account: difference.accountKey, explained: true });
  });

  it('finds, by shadow billing, exactly the accounts the legacy system charged differently from the engine', () => {
    // An account beside a defect may differ too (its notice refused, say): the reconciliation of balances explains those.
    const besideDefects = new Set(manifest.defects.map((defect) => defect.accountKey));
    const expected = manifest.shadowBilling!.differences.map((difference) => difference.accountKey).sort();
    expect(report.shadowBilling.differences.map((difference) => difference.accountKey).filter((key) => !besideDefects.has(key)).sort()).toEqual(expected);
    for (const difference of report.shadowBilling.differences.filter((found) => !besideDefects.has(found.accountKey))) {
      const legacy = manifest.shadowBilling!.differences.find((candidate) => candidate.accountKey === difference.accountKey)!;
      expect({ legacy: difference.legacyChargedPence, engine: difference.engineChargedPence }).toEqual({ legacy: legacy.legacyChargePence, engine: legacy.engineChargePence });
      expect(difference.engineLines.length).toBeGreaterThan(0);
    }
  });

  it('is idempotent: the same extract loaded again is recognised and adds nothing', async () => {
    const before = await countRows('ledger_entries', world.councilId);
    const again = await runLoad(app, world.migrator, 'academy-business-rates', extract, { load: true });
    expect(again.outcome.load.loadId).toBe(load.outcome.load.loadId);
    expect(again.outcome.rowsStaged).toBe(0);
    expect(await countRows('ledger_entries', world.councilId)).toBe(before);
    expect(again.outcome.counts).toEqual(load.outcome.counts);
  });

  it('keeps nothing from a dry run, not even the record of the load', async () => {
    const other = await migrationCouncil('dry-run');
    const dry = await runLoad(app, other.migrator, 'academy-business-rates', extract, { load: true, dryRun: true });
    expect(dry.outcome.counts.find((entity) => entity.entity === 'account')?.loaded).toBe(manifest.expected!.accounts);
    expect(await countRows('migration_loads', other.councilId)).toBe(0);
    expect(await countRows('accounts', other.councilId)).toBe(0);
  });
});
