import { beforeAll, describe, expect, it } from '@jest/globals';
import { accountReferenceFor } from '../../libs/business-rates/src/index.js';
import { PgMigrationStore } from '../../libs/legacy-migration/src/infrastructure/pg-migration-store.js';
import { requiredEnv } from '../support/test-api.js';
import { connectAsOwner } from '../support/database.js';
import { account, countRows, liability, migrationCouncil, notice, payment, property, relief, stagedRows } from './migration-world.js';

/**
 * The loading half of the toolkit on the real database, fed rows as the mapping half would give
 * them: staging, the checks rows can only fail against each other, loading, and the counts and
 * balances reconciliation reads.
 */
describe('loading a legacy extract', () => {
  let world: Awaited<ReturnType<typeof migrationCouncil>>;
  const store = () => new PgMigrationStore(requiredEnv('TEST_DATABASE_MIGRATOR_URL'));
  let loadId: string;

  beforeAll(async () => {
    world = await migrationCouncil();
    const session = await store().openSession(world.migrator, world.councilId, { dryRun: false });
    try {
      const load = await session.findOrStartLoad({ profileName: 'hand-made', profileVersion: '1', profileSha256: 'a'.repeat(64), sourceFiles: [], fingerprint: 'b'.repeat(64) });
      loadId = load.loadId;
      await session.stageChunk(loadId, [
        ...stagedRows('property.csv', 'property', [property('P1'), property('P2', { rateableValue: 9_000 }), property('P1')]),
        ...stagedRows('account.csv', 'account', [account('A1', 60_000_001), account('A2', 60_000_002)]),
        ...stagedRows('liability.csv', 'liability', [
          liability('L1', 'A1', 'P1', '2024-04-01'), liability('L2', 'A2', 'P2', '2024-04-01'), liability('L3', 'A9', 'P2', '2020-01-01', '2021-01-01'),
          liability('L4', 'A2', 'P1', '2025-01-01'),
        ]),
        ...stagedRows('relief.csv', 'relief', [relief('R1', 'A2', 'P2', null, 'SBRE'), relief('R2', 'A1', 'P1', 'rural', 'RURL')]),
        ...stagedRows('notice.csv', 'notice', [notice('N1/0', 'A1', 1_000_00, 800_00), notice('N2/0', 'A2', 450_00, 450_00), notice('N9/0', 'A9', 99_00, 99_00)]),
        ...stagedRows('transaction.csv', 'transaction', [payment('T1', 'A1', 'N1', 200_00), payment('T2', 'A2', 'N7', 50_00)]),
      ], { 'property.csv': 3 });
      await session.checkRelations(loadId, () => undefined);
      await session.promote(loadId, () => undefined);
    } finally {
      await session.end();
    }
  });

  it('refuses a duplicate key, keeping the first', async () => {
    const problems = await problemsOf(loadId);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'property.csv', line: 4, reason: 'duplicate key: first at property.csv line 2' }));
  });

  it('refuses a row whose account is not in the extract, and one that overlaps a liability for the same property', async () => {
    const problems = await problemsOf(loadId);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'liability.csv', field: 'account_key', value: 'A9', reason: 'no account with this key in the extract' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'liability.csv', field: 'starts_on', reason: expect.stringMatching(/^overlaps the liability at liability.csv line \d+$/) }));
  });

  it('refuses a relief this system cannot award from the extract, and counts one the engine works out itself', async () => {
    const problems = await problemsOf(loadId);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'relief.csv', value: 'RURL', reason: expect.stringMatching(/^rural rate relief needs/) }));
    const session = await store().openSession(world.migrator, world.councilId, { dryRun: false });
    try {
      const counts = await session.entityCounts(loadId);
      expect(counts.find((entity) => entity.entity === 'relief')).toEqual({ entity: 'relief', rowsIn: 2, rejected: 1, derived: 1, loaded: 0 });
      expect(counts.find((entity) => entity.entity === 'liability')).toEqual({ entity: 'liability', rowsIn: 4, rejected: 2, derived: 0, loaded: 2 });
    } finally {
      await session.end();
    }
  });

  it('loads the valid rows into the live tables, keeping the references ratepayers quote', async () => {
    expect(await countRows('accounts', world.councilId, `reference in ('${accountReferenceFor(60_000_001)}', '${accountReferenceFor(60_000_002)}')`)).toBe(2);
    expect(await countRows('hereditaments', world.councilId)).toBe(2);
    expect(await countRows('bills', world.councilId, `kind = 'migrated'`)).toBe(2);
    expect(await countRows('payments', world.councilId)).toBe(1);
  });

  it("reproduces each account's legacy balance from its notices and payments, to the penny, and shows where it cannot", async () => {
    const session = await store().openSession(world.migrator, world.councilId, { dryRun: false });
    try {
      const balances = await session.balances(loadId, 100);
      expect(balances.legacyTotalPence).toBe(800_00 + 450_00 + 99_00);
      expect(balances.migratedTotalPence).toBe(800_00 + 450_00);
      expect(balances.differences).toEqual([
        { accountKey: 'A9', legacyPence: 99_00, migratedPence: null, differencePence: -99_00, explanation: [expect.stringMatching(/^notice refused \(notice.csv line \d+, account_key\): no account with this key/)] },
      ]);
    } finally {
      await session.end();
    }
  });

  it('numbers new accounts after every kept reference', async () => {
    const owner = await connectAsOwner();
    try {
      const { rows: [sequence] } = await owner.query(`select last_value from council_sequences where council_id = $1 and sequence_name = 'account'`, [world.councilId]);
      expect(Number(sequence.last_value)).toBe(60_000_002);
    } finally {
      await owner.end();
    }
  });

  it('audits the load a statement at a time, naming the load', async () => {
    const owner = await connectAsOwner();
    try {
      const { rows } = await owner.query(
        `select table_name, after ->> 'rows_loaded' as rows from audit_events where council_id = $1 and row_key ->> 'migration_load_id' = $2 and table_name in ('accounts', 'payments')`,
        [world.councilId, loadId],
      );
      expect(rows).toEqual(expect.arrayContaining([{ table_name: 'accounts', rows: '2' }, { table_name: 'payments', rows: '1' }]));
      const { rows: [{ n }] } = await owner.query(`select count(*) as n from audit_events where council_id = $1 and table_name = 'accounts' and row_key ? 'account_id'`, [world.councilId]);
      expect(Number(n)).toBe(0);
    } finally {
      await owner.end();
    }
  });

  it('adds nothing when the same load is promoted again', async () => {
    const before = await countRows('ledger_entries', world.councilId);
    const session = await store().openSession(world.migrator, world.councilId, { dryRun: false });
    try {
      await session.promote(loadId, () => undefined);
    } finally {
      await session.end();
    }
    expect(await countRows('ledger_entries', world.councilId)).toBe(before);
    expect(await countRows('bills', world.councilId)).toBe(2);
  });
});

async function problemsOf(loadId: string): Promise<Array<Record<string, unknown>>> {
  const owner = await connectAsOwner();
  try {
    return (await owner.query(`select file, line, entity, field, value, reason from migration_problems where load_id = $1 order by file, line`, [loadId])).rows;
  } finally {
    await owner.end();
  }
}
