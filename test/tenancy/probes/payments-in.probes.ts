import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { FakeGovUkPay } from '../../support/fake-govuk-pay.js';
import { expectForRole, expectGraphqlForRole, expectNoTraceOfA, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const IMPORTERS: Role[] = ['revenues-officer', 'revenues-manager', 'integration'];
const MANAGERS: Role[] = ['revenues-manager'];
const A_SECRET = 'alpha_signing_secret_never_for_bravo_01';
const B_SECRET = 'bravo_signing_secret_of_its_own_000002';
const A_PAY_ID = 'alphapaysecretid0000000001';
const A_FILE_NAME = 'alpha-secret-payments.csv';
const ALLPAY_HEADER = 'Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel';

/** A's file: B may send the very same bytes, and gets an import (and payments) of its own. */
const aFile = (world: IsolationWorld) => [ALLPAY_HEADER, `AP-ALPHA-1,ORV,2024-05-01,${world.a.seeded.paymentsInAccountReference},77.00,PAYPOINT`].join('\n');

const aPay = (world: IsolationWorld) => new FakeGovUkPay(world.api, world.a.code, A_SECRET);

/**
 * A's money is as A's seed left it: one notification posted, one file imported. (Notifications sent
 * to A's URL are recorded in A's list whoever sent them: refused ones as rejected, A's own checks as ignored.)
 */
async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  const manager = (path: string) => world.api.http.get(path).set('authorization', `Bearer ${world.a.manager}`).expect(200);
  const notifications = (await manager('/v1/integrations/govuk-pay/notifications?limit=1000')).body as Array<{ outcome: string }>;
  expect(notifications.map((each) => each.outcome).filter((outcome) => outcome !== 'ignored' && outcome !== 'rejected')).toEqual(['posted']);
  const imports = (await manager('/v1/business-rates/payment-imports')).body as Array<{ fileName: string; postedCount: number }>;
  expect(imports).toEqual([expect.objectContaining({ fileName: A_FILE_NAME, postedCount: 1 })]);
}

/** A's secret still signs A's notifications: B changed only its own. */
async function aSecretStillWorks(world: IsolationWorld): Promise<void> {
  const check = aPay(world).notification({ amountPence: 1, reference: 'x', eventType: 'card_payment_captured' });
  expect((await aPay(world).send(check.body).expect(200)).body.outcome).toBe('ignored');
}

const importAs = (world: IsolationWorld, token: string, fileName: string) =>
  world.api.http.post(`/v1/business-rates/payment-imports?format=allpay&fileName=${fileName}`).set('authorization', `Bearer ${token}`).set('content-type', 'text/csv').send(aFile(world));

/** Payments in: a probe for every route and field. */
export const paymentsInProbes: ProbeSet = {
  async seed(world) {
    const account = await seedRatedAccount(world.a.id, { rateableValue: 12_500, partyName: 'Alpha Payments In Secrets Ltd' });
    world.a.seeded.paymentsInAccountReference = account.accountReference;
    world.a.secrets.push(account.partyName, A_SECRET, A_PAY_ID, A_FILE_NAME);
    const setSecret = (token: string, secret: string) => world.api.http.put('/v1/integrations/govuk-pay/signing-secret').set('authorization', `Bearer ${token}`).send({ secret }).expect(200);
    await setSecret(world.a.manager, A_SECRET);
    await setSecret(world.b.manager, B_SECRET);
    const pay = aPay(world);
    const posted = pay.notification({ paymentId: A_PAY_ID, amountPence: 4_200, reference: account.accountReference });
    expect((await pay.send(posted.body).expect(200)).body.outcome).toBe('posted');
    await pay.send(posted.body, 'not-alphas-secret-at-all-0000').expect(401);
    await importAs(world, world.a.manager, A_FILE_NAME).expect(201);
    await aIsUnchanged(world);
  },
  rest: {
    'POST /v1/integrations/{councilCode}/govuk-pay/webhooks': async (world) => {
      // B's secret opens nothing of A's: a notification to A's URL signed with it is refused...
      const toA = new FakeGovUkPay(world.api, world.a.code, B_SECRET);
      const refused = (await toA.pay({ paymentId: A_PAY_ID, amountPence: 4_200, reference: world.a.seeded.paymentsInAccountReference })).response;
      expect(refused.status).toBe(401);
      expectNoTraceOfA(world, refused.body);
      // ...and one to B's URL, quoting A's account reference, is B's own (B's account or B's suspense).
      const toB = new FakeGovUkPay(world.api, world.b.code, B_SECRET);
      const own = (await toB.pay({ amountPence: 4_200, reference: world.a.seeded.paymentsInAccountReference })).response;
      expect(own.status).toBe(200);
      expect(['posted', 'held-in-suspense', 'already-posted']).toContain(own.body.outcome);
      expect(JSON.stringify(own.body)).not.toContain(world.a.id);
      await aIsUnchanged(world);
    },
    'PUT /v1/integrations/govuk-pay/signing-secret': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.http.put('/v1/integrations/govuk-pay/signing-secret').set('authorization', `Bearer ${token}`).send({ secret: B_SECRET });
        expectForRole(world, role, MANAGERS, 200, response);
        await aSecretStillWorks(world);
      }),
    'GET /v1/integrations/govuk-pay/notifications': (world) =>
      forEachTokenOfB(world, async (token, role) =>
        expectForRole(world, role, READERS, 200, await world.api.http.get('/v1/integrations/govuk-pay/notifications?limit=1000').set('authorization', `Bearer ${token}`))),
    'POST /v1/business-rates/payment-imports': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await importAs(world, token, 'bravo-own-file.csv');
        if (IMPORTERS.includes(role)) {
          expect({ role, status: [200, 201].includes(response.status) }).toEqual({ role, status: true });
          expect(response.body.import.fileName).toBe('bravo-own-file.csv');
        } else {
          expect({ role, status: response.status }).toEqual({ role, status: 403 });
        }
        expectNoTraceOfA(world, response.body);
        await aIsUnchanged(world);
      }),
    'GET /v1/business-rates/payment-imports': (world) =>
      forEachTokenOfB(world, async (token, role) =>
        expectForRole(world, role, READERS, 200, await world.api.http.get('/v1/business-rates/payment-imports?limit=1000').set('authorization', `Bearer ${token}`))),
    'GET /v1/business-rates/account-holders/export': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.http.get('/v1/business-rates/account-holders/export').set('authorization', `Bearer ${token}`);
        expectForRole(world, role, READERS, 200, response);
        expectNoTraceOfA(world, response.text);
      }),
  },
  graphql: {
    'Mutation.setGovUkPaySigningSecret': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($secret: String!) { setGovUkPaySigningSecret(input: { secret: $secret }) { fingerprint } }', { secret: B_SECRET });
        expectGraphqlForRole(world, role, MANAGERS, undefined, response.body);
        await aSecretStillWorks(world);
      }),
    'Query.govUkPayNotifications': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ govUkPayNotifications(limit: 1000) { providerPaymentId accountReference outcome } }')).body);
      }),
    'Mutation.importPaymentFile': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const mutation = 'mutation ($input: PaymentFileInput!) { importPaymentFile(input: $input) { alreadyImported import { importId fileName } } }';
        const response = await world.api.graphql(token, mutation, { input: { format: 'allpay', fileName: 'bravo-graphql-file.csv', content: aFile(world) } });
        expectGraphqlForRole(world, role, IMPORTERS, undefined, response.body);
      }),
    'Query.paymentImports': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ paymentImports(limit: 1000) { fileName fileSha256 } }')).body);
      }),
    'Query.accountHolders': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ accountHolders(limit: 1000) { accountReference name addressLines } }')).body);
      }),
  },
};
