import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkAccountReference } from '../../libs/business-rates/src/index.js';
import { ReconcileLoadCommand, type Reconciliation } from '../../libs/legacy-migration/src/index.js';
import { generateExtract } from '../../tools/generate-extract/generate-extract.js';
import type { ExtractManifest } from '../../tools/generate-extract/manifest.js';
import { connectAsOwner } from '../support/database.js';
import { migrationCouncil } from './migration-world.js';
import { runLoad, startMigrationApp } from './migration-app.js';

/**
 * The councils' common open-data list (one row per property and ratepayer, no account references)
 * through the same toolkit: the register loads, accounts are numbered by this system, and a latin-1
 * byte in the UTF-8 file is refused at its line.
 */
describe('migrating from the common open-data business-rates list', () => {
  let app: INestApplicationContext;
  let manifest: ExtractManifest;
  let world: Awaited<ReturnType<typeof migrationCouncil>>;
  let load: Awaited<ReturnType<typeof runLoad>>;
  let report: Reconciliation;

  beforeAll(async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'open-data-'));
    manifest = await generateExtract({ format: 'open-data', accounts: 150, seed: 9, outDir: folder, defects: { 'wrong-encoding': 1 } });
    app = await startMigrationApp();
    world = await migrationCouncil('open-data');
    load = await runLoad(app, world.migrator, 'open-data-business-rates', folder, { load: true });
    report = await app.get(CommandBus).execute(new ReconcileLoadCommand(world.migrator, undefined, { councilName: world.code, financialYear: '2026-27' }));
  }, 120_000);
  afterAll(() => app?.close());

  it('refuses the row with the wrong encoding at its line, and loads every other property and ratepayer', () => {
    const [defect] = manifest.defects;
    expect(load.problems.map((problem) => `${problem.file}:${problem.line}`)).toContain(`${defect.file}:${defect.line}`);
    const loaded = Object.fromEntries(load.outcome.counts.map((entity) => [entity.entity, entity.loaded]));
    // The bad byte is in the ratepayer's name: the ratepayer is refused, the property itself still loads.
    expect(loaded.property).toBe(manifest.files[0].rows);
    expect(loaded.account).toBe(manifest.validRows);
  });

  it('numbers the accounts itself, with valid check digits, since the list carries no references', async () => {
    const owner = await connectAsOwner();
    try {
      const { rows } = await owner.query(`select reference from accounts where council_id = $1`, [world.councilId]);
      expect(rows.length).toBe(load.outcome.counts.find((entity) => entity.entity === 'account')!.loaded);
      for (const { reference } of rows) expect(() => checkAccountReference(reference)).not.toThrow();
    } finally {
      await owner.end();
    }
  });

  it('does not shadow-bill without legacy notices, and says so', () => {
    expect(report.shadowBilling).toMatchObject({ accountsCompared: 0, notCompared: expect.stringContaining('no notices') });
    expect(report.balances.legacyTotalPence).toBe(0);
  });
});
