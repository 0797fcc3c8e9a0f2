import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { expectForRole, expectGraphqlForRole, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const GENERATE: Role[] = ['revenues-officer', 'revenues-manager'];

const call = (world: IsolationWorld, token: string, method: 'get' | 'post', path: string, body?: object) =>
  world.api.http[method](path).set('authorization', `Bearer ${token}`).send(body);

/** A's documents and its one notification are as A's seed left them. */
async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  const documents = await call(world, world.a.manager, 'get', `/v1/documents?accountReference=${world.a.seeded.billingAccountReference}`).expect(200);
  expect(documents.body.map((each: { documentId: string }) => each.documentId)).toEqual([world.a.seeded.noticeDocumentId]);
  const notifications = await call(world, world.a.manager, 'get', `/v1/notifications?accountReference=${world.a.seeded.billingAccountReference}`).expect(200);
  expect(notifications.body).toHaveLength(1);
}

/** Documents and notifications: a probe for every route and field. Seeds after billing and recovery, whose notice and reminder it renders. */
export const documentsProbes: ProbeSet = {
  async seed(world) {
    const notice = await call(world, world.a.manager, 'post', `/v1/documents/notices/${world.a.seeded.billNumber}`, { reason: 'Alpha document secret reason' }).expect(201);
    world.a.seeded.noticeDocumentId = notice.body.document.documentId;
    const [stage] = (await call(world, world.a.manager, 'get', `/v1/business-rates/accounts/${world.a.seeded.recoveryAccountReference}/recovery-stages`).expect(200)).body;
    world.a.seeded.recoveryStageId = stage.recoveryStageId;
    const reminder = await call(world, world.a.manager, 'post', '/v1/documents/recovery-notices', { accountReference: world.a.seeded.recoveryAccountReference, recoveryStageId: stage.recoveryStageId }).expect(201);
    const letter = await call(world, world.a.manager, 'post', `/v1/notifications/notices/${world.a.seeded.billNumber}`, {}).expect(201);
    expect(letter.body).toMatchObject({ channel: 'letter', status: 'accepted' });
    // The ids B's probes guess with are echoed in B's 404s, so only what B never sends is secret.
    world.a.secrets.push(
      notice.body.document.sha256, reminder.body.document.documentId, reminder.body.document.sha256,
      letter.body.notificationId, letter.body.providerNotificationId, 'Alpha document secret reason',
    );
    await aIsUnchanged(world);
  },
  rest: {
    'POST /v1/documents/notices/{billNumber}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, GENERATE, 404, await call(world, token, 'post', `/v1/documents/notices/${world.a.seeded.billNumber}`, {}));
        await aIsUnchanged(world);
      }),
    'POST /v1/documents/recovery-notices': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await call(world, token, 'post', '/v1/documents/recovery-notices', { accountReference: world.a.seeded.recoveryAccountReference, recoveryStageId: world.a.seeded.recoveryStageId });
        expectForRole(world, role, GENERATE, 404, response);
        await aIsUnchanged(world);
      }),
    'GET /v1/documents': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await call(world, token, 'get', `/v1/documents?accountReference=${world.a.seeded.billingAccountReference}`);
        expectForRole(world, role, READERS, 200, response);
        if (response.status === 200) expect(response.body).toEqual([]);
      }),
    'GET /v1/documents/{documentId}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, READERS, 404, await call(world, token, 'get', `/v1/documents/${world.a.seeded.noticeDocumentId}`));
      }),
    'POST /v1/notifications/notices/{billNumber}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, GENERATE, 404, await call(world, token, 'post', `/v1/notifications/notices/${world.a.seeded.billNumber}`, {}));
        await aIsUnchanged(world);
      }),
    'GET /v1/notifications': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await call(world, token, 'get', `/v1/notifications?accountReference=${world.a.seeded.billingAccountReference}`);
        expectForRole(world, role, READERS, 200, response);
        if (response.status === 200) expect(response.body).toEqual([]);
      }),
  },
  graphql: {
    'Query.document': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($id: String!) { document(documentId: $id) { sha256 downloadPath } }', { id: world.a.seeded.noticeDocumentId });
        expectGraphqlForRole(world, role, READERS, 'NOT_FOUND', response.body);
      }),
    'Query.accountDocuments': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { accountDocuments(accountReference: $ref) { documentId sha256 } }', { ref: world.a.seeded.billingAccountReference });
        expectGraphqlForRole(world, role, READERS, undefined, response.body);
        if (READERS.includes(role)) expect(response.body.data.accountDocuments).toEqual([]);
      }),
    'Mutation.generateNoticeDocument': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($n: Int!) { generateNoticeDocument(billNumber: $n) { created document { documentId } } }', { n: Number(world.a.seeded.billNumber) });
        expectGraphqlForRole(world, role, GENERATE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Mutation.generateRecoveryDocument': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($input: RecoveryDocumentInput!) { generateRecoveryDocument(input: $input) { document { documentId } } }', {
          input: { accountReference: world.a.seeded.recoveryAccountReference, recoveryStageId: world.a.seeded.recoveryStageId },
        });
        expectGraphqlForRole(world, role, GENERATE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Mutation.sendNotice': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($n: Int!) { sendNotice(billNumber: $n) { notificationId status } }', { n: Number(world.a.seeded.billNumber) });
        expectGraphqlForRole(world, role, GENERATE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Query.accountNotifications': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { accountNotifications(accountReference: $ref) { notificationId recipient } }', { ref: world.a.seeded.billingAccountReference });
        expectGraphqlForRole(world, role, READERS, undefined, response.body);
        if (READERS.includes(role)) expect(response.body.data.accountNotifications).toEqual([]);
      }),
  },
};
