import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ImportVoaListCommand, type VoaImportReport } from '../../libs/legacy-migration/src/index.js';
import { generateExtract } from '../../tools/generate-extract/generate-extract.js';
import type { ExtractManifest } from '../../tools/generate-extract/manifest.js';
import { connectAsOwner } from '../support/database.js';
import { countRows, migrationCouncil } from './migration-world.js';
import { runLoad, startMigrationApp } from './migration-app.js';

/**
 * The VOA list after a migration: the council's register (from its legacy extract) is brought up
 * to the list entry by entry, matched on UARN, each value versioned by its effective date and the
 * liabilities it touches rebilled; importing the same list again changes nothing.
 */
describe('importing the VOA rating list into a migrated register', () => {
  let app: INestApplicationContext;
  let folder: string;
  let voa: ExtractManifest;
  let world: Awaited<ReturnType<typeof migrationCouncil>>;
  let first: VoaImportReport;
  let again: VoaImportReport;
  let changes: VoaImportReport;
  const importList = (file: string): Promise<VoaImportReport> =>
    app.get(CommandBus).execute(new ImportVoaListCommand(world.migrator, path.join(folder, file), { billingAuthorityCode: '3305' }));

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'voa-import-'));
    await generateExtract({ format: 'academy', accounts: 60, seed: 5, outDir: path.join(folder, 'academy') });
    voa = await generateExtract({ format: 'voa', accounts: 60, seed: 5, outDir: folder, voaChanges: 3 });
    app = await startMigrationApp();
    world = await migrationCouncil('voa');
    await runLoad(app, world.migrator, 'academy-business-rates', path.join(folder, 'academy'), { load: true });
    first = await importList('voa-list-entries.csv');
    changes = await importList('voa-changes.csv');
    again = await importList('voa-changes.csv');
  }, 120_000);
  afterAll(() => app?.close());

  it('matches every entry of the list to a migrated hereditament on its UARN, and finds the register already agrees', () => {
    expect(first.problems).toEqual([]);
    expect(first.entriesRead).toBe(voa.validRows);
    expect(first.notInRegister.length).toBe(voa.voaDeletions);
    expect(first.valuesRecorded).toEqual([]);
    expect(first.unchanged).toBe(voa.validRows! - voa.voaDeletions!);
  });

  it('records a change file\'s new value from its effective date and rebills the liability, auditing it with the list entry as its reason', async () => {
    const change = voa.voaChanges!.find((entry) => entry.kind === 'rv-change')!;
    expect(changes.valuesRecorded).toEqual([
      { baReference: change.baReference, uarn: change.uarn, effectiveFrom: change.effectiveDate, rateableValue: change.rateableValue, matchedBy: 'uarn', noticesIssued: 1 },
    ]);
    const owner = await connectAsOwner();
    try {
      const { rows: [notice] } = await owner.query(
        `select b.kind, b.total_pence < 0 as reduced from bills b join liabilities l using (council_id, account_id)
           join hereditaments h using (council_id, hereditament_id)
          where b.council_id = $1 and h.uarn = $2 and b.kind = 'adjustment'`, [world.councilId, change.uarn]);
      // A lower value from a later day: the adjustment takes the legacy notice's lines back and bills the year on the facts.
      expect(notice).toEqual({ kind: 'adjustment', reduced: true });
    } finally {
      await owner.end();
    }
    expect(await countRows('audit_events', world.councilId, `table_name = 'rateable_values' and reason like 'VOA rating list:%'`)).toBe(1);
  });

  it('reports a deletion for an officer and a new entry the register does not hold', () => {
    const expected = voa.voaChanges!;
    expect(changes.deletions.map((entry) => entry.uarn)).toEqual(expected.filter((entry) => entry.kind === 'deletion').map((entry) => entry.uarn));
    expect(changes.notInRegister.map((entry) => entry.uarn)).toEqual(expected.filter((entry) => entry.kind === 'new-entry').map((entry) => entry.uarn));
  });

  it('changes nothing when the same file is imported again', () => {
    expect(again.valuesRecorded).toEqual([]);
    expect(again.unchanged).toBe(1);
  });

  it('keeps nothing from a dry run', async () => {
    const other = await migrationCouncil('voa-dry');
    await runLoad(app, other.migrator, 'academy-business-rates', path.join(folder, 'academy'), { load: true });
    const before = await countRows('rateable_values', other.councilId);
    const dry: VoaImportReport = await app.get(CommandBus).execute(new ImportVoaListCommand(other.migrator, path.join(folder, 'voa-changes.csv'), { billingAuthorityCode: '3305', dryRun: true }));
    expect(dry.valuesRecorded.length).toBe(1);
    expect(await countRows('rateable_values', other.councilId)).toBe(before);
    expect(await countRows('bills', other.councilId, `kind = 'adjustment'`)).toBe(0);
  });
});
