import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { expectForRole, expectGraphqlForRole, expectNoTraceOfA, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const GENERATE: Role[] = ['revenues-officer', 'revenues-manager'];
const MANAGE_NOTIFY: Role[] = ['revenues-manager'];
const A_CALLBACK_TOKEN = 'alpha-callback-token-secret';
const B_CALLBACK_TOKEN = 'bravo-callback-token-probe';

const call = (world: IsolationWorld, token: string, method: 'get' | 'post' | 'put', path: string, body?: object) =>
  world.api.http[method](path).set('authorization', `Bearer ${token}`).send(body);

/** A delivery receipt for A's letter, as Notify would post it to a council's callback URL. */
const receipt = (world: IsolationWorld, councilCode: string, bearerToken: string, status = 'delivered') =>
  world.api.http.post(`/v1/integrations/${councilCode}/govuk-notify/receipts`).set('authorization', `Bearer ${bearerToken}`)
    .send({ id: world.a.seeded.letterProviderId, reference: world.a.seeded.letterNotificationId, to: 'letter', status, created_at: '2024-03-15T09:00:00Z', completed_at: null, sent_at: null, notification_type: 'letter' });

/** A's documents and its one notification are as A's seed left them. */
async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  const documents = await call(world, world.a.manager, 'get', `/v1/documents?accountReference=${world.a.seeded.billingAccountReference}`).expect(200);
  expect(documents.body.map((each: { documentId: string }) => each.documentId)).toEqual([world.a.seeded.noticeDocumentId]);
  const notifications = await call(world, world.a.manager, 'get', `/v1/notifications?accountReference=${world.a.seeded.billingAccountReference}`).expect(200);
  expect(notifications.body).toHaveLength(1);
  expect(notifications.body[0]).toMatchObject({ deliveryStatus: 'accepted', completedAt: null });
  const reminders = await call(world, world.a.manager, 'get', `/v1/notifications?accountReference=${world.a.seeded.recoveryAccountReference}`).expect(200);
  expect(reminders.body).toHaveLength(1);
  // A's callback token still opens A's receipts, and the same receipt again changes nothing.
  expect((await receipt(world, world.a.code, A_CALLBACK_TOKEN, 'accepted').expect(200)).body).toEqual({ outcome: 'unchanged' });
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
    world.a.seeded.letterNotificationId = letter.body.notificationId;
    world.a.seeded.letterProviderId = letter.body.providerNotificationId;
    const sentReminder = await call(world, world.a.manager, 'post', '/v1/notifications/recovery-notices', { accountReference: world.a.seeded.recoveryAccountReference, recoveryStageId: stage.recoveryStageId })
      .set('idempotency-key', 'alpha-reminder-key').expect(201);
    await call(world, world.a.manager, 'put', '/v1/integrations/govuk-notify/callback-token', { token: A_CALLBACK_TOKEN }).expect(200);
    expect((await receipt(world, world.a.code, A_CALLBACK_TOKEN, 'accepted').expect(200)).body).toEqual({ outcome: 'applied' });
    // The ids B's probes guess with are echoed in B's 404s, so only what B never sends is secret.
    world.a.secrets.push(
      notice.body.document.sha256, reminder.body.document.documentId, reminder.body.document.sha256,
      letter.body.notificationId, letter.body.providerNotificationId, 'Alpha document secret reason', sentReminder.body.notificationId, 'alpha-reminder-key', A_CALLBACK_TOKEN,
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
    'POST /v1/notifications/recovery-notices': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const body = { accountReference: world.a.seeded.recoveryAccountReference, recoveryStageId: world.a.seeded.recoveryStageId };
        expectForRole(world, role, GENERATE, 404, await call(world, token, 'post', '/v1/notifications/recovery-notices', body));
        // A's idempotency key names no notification of B's: it is not A's reminder that comes back.
        expectForRole(world, role, GENERATE, 404, await call(world, token, 'post', '/v1/notifications/recovery-notices', body).set('idempotency-key', 'alpha-reminder-key'));
        await aIsUnchanged(world);
      }),
    'PUT /v1/integrations/govuk-notify/callback-token': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await call(world, token, 'put', '/v1/integrations/govuk-notify/callback-token', { token: B_CALLBACK_TOKEN });
        expectForRole(world, role, MANAGE_NOTIFY, 200, response);
        await aIsUnchanged(world);
      }),
    'POST /v1/integrations/{councilCode}/govuk-notify/receipts': async (world) => {
      await call(world, world.b.manager, 'put', '/v1/integrations/govuk-notify/callback-token', { token: B_CALLBACK_TOKEN }).expect(200);
      // At A's callback URL, B's callback token and every one of B's API tokens are refused.
      for (const token of [B_CALLBACK_TOKEN, ...world.b.tokens.map(([, each]) => each)]) {
        const refused = await receipt(world, world.a.code, token, 'permanent-failure');
        expect(refused.status).toBe(401);
        expectNoTraceOfA(world, refused.body);
      }
      // At B's own URL, A's notification is no notification of B's: acknowledged, and A's unchanged.
      const elsewhere = await receipt(world, world.b.code, B_CALLBACK_TOKEN, 'permanent-failure').expect(200);
      expect(elsewhere.body).toEqual({ outcome: 'unknown-notification' });
      await aIsUnchanged(world);
    },
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
    'Mutation.sendRecoveryNotice': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($input: SendRecoveryNoticeInput!, $key: String) { sendRecoveryNotice(input: $input, idempotencyKey: $key) { notificationId } }', {
          input: { accountReference: world.a.seeded.recoveryAccountReference, recoveryStageId: world.a.seeded.recoveryStageId }, key: 'alpha-reminder-key',
        });
        expectGraphqlForRole(world, role, GENERATE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Mutation.setNotifyCallbackToken': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($input: NotifyCallbackTokenInput!) { setNotifyCallbackToken(input: $input) { setAt setBy } }', { input: { token: B_CALLBACK_TOKEN } });
        expectGraphqlForRole(world, role, MANAGE_NOTIFY, undefined, response.body);
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
