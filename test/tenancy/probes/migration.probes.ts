import { PgMigrationStore } from '../../../libs/legacy-migration/src/infrastructure/pg-migration-store.js';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { account, liability, notice, payment, property, relief, stagedRows } from '../../migration/migration-world.js';
import { requiredEnv } from '../../support/test-api.js';
import { expectForRole, expectGraphqlForRole, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['data-migrator', 'revenues-manager'];

const get = (world: IsolationWorld, token: string, path: string) => world.api.http.get(`/v1${path}`).set('authorization', `Bearer ${token}`);

/** The record of legacy-migration loads: loads themselves run from the CLI, as the migration role. */
export const migrationProbes: ProbeSet = {
  async seed(world) {
    // A's load: staged rows of every kind, a problem, and the checks run; nothing loaded live.
    const migrator = { subject: 'isolation-migrator', roles: ['data-migrator' as const], councilId: world.a.id };
    const session = await new PgMigrationStore(requiredEnv('TEST_DATABASE_MIGRATOR_URL')).openSession(migrator, world.a.id, { dryRun: false });
    try {
      const load = await session.findOrStartLoad({ profileName: 'alpha-secret-profile', profileVersion: '1', profileSha256: 'c'.repeat(64), sourceFiles: [], fingerprint: 'd'.repeat(64) });
      await session.stageChunk(load.loadId, [
        ...stagedRows('p.csv', 'property', [property('AP1')]),
        ...stagedRows('a.csv', 'account', [account('AA1', 70_000_001)]),
        ...stagedRows('l.csv', 'liability', [liability('AL1', 'AA1', 'AP1', '2024-04-01'), liability('AL2', 'AA404', 'AP1', '2020-04-01', '2021-03-31')]),
        ...stagedRows('r.csv', 'relief', [relief('AR1', 'AA1', 'AP1', null, 'SBRE')]),
        ...stagedRows('n.csv', 'notice', [notice('AN1/0', 'AA1', 100_00, 100_00)]),
        ...stagedRows('t.csv', 'transaction', [payment('AT1', 'AA1', 'AN1', 10_00)]),
      ], { 'p.csv': 2 });
      await session.checkRelations(load.loadId, () => undefined);
      await session.recordReconciliation({
        loadId: load.loadId, council: 'alpha-secret-reconciled-council', profile: 'alpha-secret-profile 1', sourceFiles: [], producedAt: '2026-11-20T09:00:00.000Z',
        producedBy: migrator.subject, entities: await session.entityCounts(load.loadId), balances: await session.balances(load.loadId, 10),
        shadowBilling: { financialYear: '2026-27', accountsCompared: 0, accountsDiffering: 0, legacyChargedTotalPence: 0, engineChargedTotalPence: 0, differences: [] },
        clean: false,
      });
      world.a.seeded.migrationLoadId = load.loadId;
      // The id itself B may echo back in a 404 (B sent it); what A's load holds must never appear.
      world.a.secrets.push('alpha-secret-profile', 'alpha-secret-reconciled-council');
    } finally {
      await session.end();
    }
  },
  rest: {
    'GET /v1/migration/loads': (world) =>
      forEachTokenOfB(world, async (token, role) => expectForRole(world, role, READERS, 200, await get(world, token, '/migration/loads'))),
    'GET /v1/migration/loads/{loadId}': (world) =>
      forEachTokenOfB(world, async (token, role) =>
        expectForRole(world, role, READERS, 404, await get(world, token, `/migration/loads/${world.a.seeded.migrationLoadId}`))),
    'GET /v1/migration/loads/{loadId}/reconciliations': (world) =>
      forEachTokenOfB(world, async (token, role) =>
        expectForRole(world, role, READERS, 404, await get(world, token, `/migration/loads/${world.a.seeded.migrationLoadId}/reconciliations`))),
  },
  graphql: {
    'Query.migrationLoads': (world) =>
      forEachTokenOfB(world, async (token, role) =>
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ migrationLoads { loadId profileName reconciliations { council profile clean } } }')).body)),
    'Query.migrationLoad': (world) =>
      forEachTokenOfB(world, async (token, role) =>
        expectGraphqlForRole(world, role, READERS, 'NOT_FOUND', (await world.api.graphql(token, 'query($id: String!) { migrationLoad(loadId: $id) { loadId } }', { id: world.a.seeded.migrationLoadId })).body)),
  },
};
