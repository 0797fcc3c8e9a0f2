import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { connectAsOwner } from '../../support/database.js';
import { TestApi, type TestCouncil } from '../../support/test-api.js';

/**
 * Recompute, don't patch, all or nothing: a fact change and the notices it causes are one
 * transaction, so a rebill that fails leaves the fact unrecorded (and the caller told), never
 * recorded with the account still billed on the old facts.
 */
describe('a fact change and its rebill are stored together or not at all', () => {
  const clock = SettableClock.on('2024-03-15');
  let api: TestApi;
  let council: TestCouncil;
  let officer: string;
  let account: SeededAccount;

  const call = (method: 'get' | 'post', path: string, body?: object) =>
    api.http[method](`/v1/business-rates${path}`).set('authorization', `Bearer ${officer}`).send(body);
  const rateableValues = async () => (await call('get', `/hereditaments/${account.hereditamentId}`).expect(200)).body.rateableValues;
  const notices = async () => (await call('get', `/accounts/${account.accountReference}/bills`).expect(200)).body;
  /** As the database owner, makes every new notice for this council fail, as a rebill might. */
  const refuseNotices = async (refuse: boolean) => {
    const owner = await connectAsOwner();
    try {
      if (refuse) {
        await owner.query(`create or replace function test_refuse_notices() returns trigger language plpgsql as $$
                           begin raise exception 'notices refused by the test'; end $$`);
        await owner.query(`create trigger test_refuse_notices before insert on bills for each row
                           when (new.council_id = '${council.id}') execute function test_refuse_notices()`);
      } else {
        await owner.query(`drop trigger test_refuse_notices on bills; drop function test_refuse_notices()`);
      }
    } finally {
      await owner.end();
    }
  };

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    council = await api.createCouncil('atomic-rebill');
    officer = await api.token(['revenues-officer'], council.code);
    account = await seedRatedAccount(council.id, { rateableValue: 20_000, liableFrom: '2024-04-01', propertyUse: 'office' });
    await call('post', `/accounts/${account.accountReference}/bills`, { financialYear: '2024-25' }).expect(201);
  });
  afterAll(() => api.close());

  it('the rebill fails: the new rateable value is not recorded, nor audited, and the account keeps its one notice', async () => {
    const before = await rateableValues();
    await refuseNotices(true);
    try {
      await call('post', `/hereditaments/${account.hereditamentId}/rateable-values`, { effectiveFrom: '2024-04-01', rateableValue: 16_000, reason: 'VOA alteration' }).expect(500);
    } finally {
      await refuseNotices(false);
    }
    expect(await rateableValues()).toEqual(before);
    expect(await notices()).toHaveLength(1);
    const audit = (await api.http.get('/v1/audit-events?tableName=rateable_values').set('authorization', `Bearer ${officer}`).expect(200)).body;
    expect(audit.filter((event: { reason: string | null }) => event.reason === 'VOA alteration')).toEqual([]);
  });

  it('asked again once notices can be issued, the value is recorded and the adjustment issued together', async () => {
    const { body } = await call('post', `/hereditaments/${account.hereditamentId}/rateable-values`, { effectiveFrom: '2024-04-01', rateableValue: 16_000, reason: 'VOA alteration' }).expect(201);
    expect(body.notices).toEqual([expect.objectContaining({ kind: 'adjustment' })]);
    expect((await rateableValues()).map((value: { rateableValue: number }) => value.rateableValue)).toContain(16_000);
    expect(await notices()).toHaveLength(2);
  });
});
