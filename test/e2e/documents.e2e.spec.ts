import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../support/business-rates-seed.js';
import { inCouncilSql } from '../support/council-sql.js';
import { FakeGovUkNotify } from '../support/fake-govuk-notify.js';
import { pdfText } from '../support/pdf-text.js';
import { TestApi, type TestCouncil } from '../support/test-api.js';

/** supertest gives a PDF back as a Buffer when told to collect the bytes. */
const asBytes = (response: { body: unknown }) => new Uint8Array(response.body as Buffer);
const binary = (res: unknown, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('documents: notice and reminder PDFs, stored once, through the real API', () => {
  const clock = SettableClock.on('2024-03-15');
  let api: TestApi;
  let council: TestCouncil;
  let officer: string;
  let viewer: string;
  let account: SeededAccount;
  let billNumber: number;

  const call = (token: string, method: 'get' | 'post' | 'put', path: string, body?: object) => api.http[method](path).set('authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    council = await api.createCouncil('documents');
    officer = await api.token(['revenues-officer'], council.code);
    viewer = await api.token(['revenues-viewer'], council.code);
    account = await seedRatedAccount(council.id, { rateableValue: 20_000, partyName: 'Brue Bakery Ltd', postcode: 'TA10 9PU' });
    const issued = await call(officer, 'post', `/v1/business-rates/accounts/${account.accountReference}/bills`, { financialYear: '2024-25' }).expect(201);
    billNumber = issued.body.notice.billNumber;
  });
  afterAll(() => api.close());

  it("generates a notice's PDF, serves it as application/pdf, and returns the stored one when asked again", async () => {
    const first = await call(officer, 'post', `/v1/documents/notices/${billNumber}`, { reason: 'annual bill to print' }).expect(201);
    expect(first.body).toMatchObject({ created: true, document: { kind: 'demand-notice', accountReference: account.accountReference, billNumber, mediaType: 'application/pdf' } });
    const { documentId, downloadPath, sha256, sizeBytes } = first.body.document;
    expect(downloadPath).toBe(`/v1/documents/${documentId}`);

    const download = await api.http.get(downloadPath).set('authorization', `Bearer ${viewer}`).buffer(true).parse(binary).expect(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const bytes = asBytes(download);
    expect(bytes.byteLength).toBe(sizeBytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
    expect(download.headers.etag).toBe(`"${sha256}"`);
    const { text } = await pdfText(bytes);
    // RV £20,000 × 49.9p for the whole of 2024-25 = £9,980.00, ten instalments of £998.00 from 1 April.
    for (const item of ['Brue Bakery Ltd', '1 Seed Street', 'TA10 9PU', 'Rateable value £20,000', 'Multiplier 49.9p in the pound (0.499)', '£9,980.00', '1 1 April 2024 £998.00', `Account reference ${account.accountReference}`, `Bill number ${billNumber}`, 'documents test council', 'Explanatory notes']) {
      expect(text).toContain(item);
    }

    const again = await call(officer, 'post', `/v1/documents/notices/${billNumber}`, {}).expect(200);
    expect(again.body).toMatchObject({ created: false, document: { documentId, sha256 } });
    const listed = await call(viewer, 'get', `/v1/documents?accountReference=${account.accountReference}`).expect(200);
    expect(listed.body.map((each: { documentId: string }) => each.documentId)).toEqual([documentId]);

    const graphql = await api.graphql(viewer, 'query ($id: String!) { document(documentId: $id) { kind billNumber sha256 sizeBytes downloadPath templateVersion } }', { id: documentId });
    expect(graphql.body.data.document).toMatchObject({ kind: 'demand-notice', billNumber, sha256, downloadPath });
    const viaMutation = await api.graphql(officer, 'mutation ($n: Int!) { generateNoticeDocument(billNumber: $n) { created document { documentId } } }', { n: billNumber });
    expect(viaMutation.body.data.generateNoticeDocument).toEqual({ created: false, document: { documentId } });
  });

  it('two requests for the same notice at once store one document, and both get it', async () => {
    const other = await seedRatedAccount(council.id, { rateableValue: 18_000 });
    const notice = (await call(officer, 'post', `/v1/business-rates/accounts/${other.accountReference}/bills`, { financialYear: '2024-25' }).expect(201)).body.notice;
    const both = await Promise.all([1, 2].map(() => call(officer, 'post', `/v1/documents/notices/${notice.billNumber}`, {})));
    expect(both.map((response) => response.status).sort()).toEqual([200, 201]);
    expect(new Set(both.map((response) => response.body.document.documentId)).size).toBe(1);
    expect((await call(viewer, 'get', `/v1/documents?accountReference=${other.accountReference}`).expect(200)).body).toHaveLength(1);
  });

  it('the generation is audited, readers may read but not generate, and bad input names the field', async () => {
    const manager = await api.token(['revenues-manager'], council.code);
    const trail = await call(manager, 'get', '/v1/audit-events?tableName=documents').expect(200);
    expect(trail.body).toEqual(expect.arrayContaining([expect.objectContaining({ operation: 'INSERT', reason: 'annual bill to print' })]));
    // The trail names each PDF by its hash; the bytes are kept once, in document_contents, which is not row-audited.
    const inserted = trail.body.find((each: { operation: string }) => each.operation === 'INSERT');
    expect(inserted.after).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Object.keys(inserted.after)).not.toContain('content');
    await inCouncilSql(council.id, async (query) => {
      expect(await query(`select count(*)::int as n from audit_events where table_name = 'document_contents'`)).toEqual([{ n: 0 }]);
      const [largest] = await query(`select max(octet_length(coalesce(after::text, ''))) as n from audit_events`);
      expect(Number(largest.n)).toBeLessThan(4000);
      const [kept] = await query(`select count(*)::int as n, bool_and(c.sha256 = encode(sha256(c.content), 'hex')) as hashed from documents d join document_contents c using (council_id, sha256)`);
      expect(kept).toEqual({ n: expect.any(Number), hashed: true });
      await expect(query(`insert into document_contents (council_id, sha256, media_type, content, size_bytes) values ($1, repeat('0', 64), 'application/pdf', '\\x25504446', 4)`, [council.id]))
        .rejects.toThrow(/document_contents_key_is_hash/);
    });
    await call(viewer, 'post', `/v1/documents/notices/${billNumber}`, {}).expect(403);
    await call(officer, 'post', '/v1/documents/notices/999999', {}).expect(404);
    const badId = await call(viewer, 'get', '/v1/documents/not-a-uuid').expect(400);
    expect(JSON.stringify(badId.body)).toContain('documentId');
    const badStage = await call(officer, 'post', '/v1/documents/recovery-notices', { accountReference: account.accountReference, recoveryStageId: 'nope' }).expect(400);
    expect(JSON.stringify(badStage.body)).toContain('recoveryStageId');
  });

  it("renders a reminder with the missed amount, the day to pay by and what happens next", async () => {
    // The first £998 instalment, due 1 April, is unpaid on 10 April: the national policy's run reminds.
    clock.setToday('2024-04-10');
    const manager = await api.token(['revenues-manager'], council.code);
    await call(manager, 'post', '/v1/business-rates/recovery-runs', {}).expect(200);
    const [stage] = (await call(officer, 'get', `/v1/business-rates/accounts/${account.accountReference}/recovery-stages`).expect(200)).body;
    expect(stage).toMatchObject({ stage: 'reminder', arrearsPence: 99_800 });
    const generated = await call(officer, 'post', '/v1/documents/recovery-notices', { accountReference: account.accountReference, recoveryStageId: stage.recoveryStageId }).expect(201);
    expect(generated.body.document).toMatchObject({ kind: 'reminder', recoveryStageId: stage.recoveryStageId, billNumber: null });
    const download = await api.http.get(generated.body.document.downloadPath).set('authorization', `Bearer ${viewer}`).buffer(true).parse(binary).expect(200);
    const { text } = await pdfText(asBytes(download));
    expect(text).toContain('reminder notice');
    expect(text).toContain('Amount missed £998.00');
    expect(text).toContain(`Please pay £998.00 by`);
    expect(text).toContain('What happens next');
    const again = await call(officer, 'post', '/v1/documents/recovery-notices', { accountReference: account.accountReference, recoveryStageId: stage.recoveryStageId }).expect(200);
    expect(again.body.document.documentId).toBe(generated.body.document.documentId);
  });

  it('sends a reminder as a letter with its stored PDF, once per Idempotency-Key, and again without one', async () => {
    const [stage] = (await call(officer, 'get', `/v1/business-rates/accounts/${account.accountReference}/recovery-stages`).expect(200)).body;
    const [document] = (await call(viewer, 'get', `/v1/documents?accountReference=${account.accountReference}`).expect(200)).body.filter((each: { kind: string }) => each.kind === 'reminder');
    const body = { accountReference: account.accountReference, recoveryStageId: stage.recoveryStageId };
    const first = await call(officer, 'post', '/v1/notifications/recovery-notices', body).set('idempotency-key', 'reminder-run-1').expect(201);
    expect(first.body).toMatchObject({
      noticeKind: 'reminder', recoveryStageId: stage.recoveryStageId, billNumber: null, channel: 'letter', status: 'accepted', documentId: document.documentId,
      idempotencyKey: 'reminder-run-1', deliveryStatus: null,
    });
    const replay = await call(officer, 'post', '/v1/notifications/recovery-notices', body).set('idempotency-key', 'reminder-run-1').expect(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    const misused = await call(officer, 'post', `/v1/notifications/notices/${billNumber}`, {}).set('idempotency-key', 'reminder-run-1').expect(400);
    expect(JSON.stringify(misused.body)).toContain('idempotencyKey');
    const deliberate = await call(officer, 'post', '/v1/notifications/recovery-notices', body).expect(201);
    expect(deliberate.body.notificationId).not.toBe(first.body.notificationId);

    const mutation = 'mutation ($input: SendRecoveryNoticeInput!, $key: String) { sendRecoveryNotice(input: $input, idempotencyKey: $key) { notificationId noticeKind channel } }';
    const viaGraphql = await api.graphql(officer, mutation, { input: body, key: 'reminder-graphql' });
    const again = await api.graphql(officer, mutation, { input: body, key: 'reminder-graphql' });
    expect(again.body.data.sendRecoveryNotice).toEqual(viaGraphql.body.data.sendRecoveryNotice);
    const listed = (await call(viewer, 'get', `/v1/notifications?accountReference=${account.accountReference}`).expect(200)).body;
    expect(listed.filter((each: { noticeKind: string }) => each.noticeKind === 'reminder')).toHaveLength(3);
    const trail = (await call(await api.token(['revenues-manager'], council.code), 'get', '/v1/audit-events?tableName=notifications').expect(200)).body;
    expect(trail.filter((each: { operation: string }) => each.operation === 'INSERT')).toHaveLength(3);

    // The same key sent twice at once: one notification, and both calls get it.
    const [left, right] = await Promise.all([1, 2].map(() => call(officer, 'post', '/v1/notifications/recovery-notices', body).set('idempotency-key', 'reminder-race')));
    expect([left.status, right.status].sort()).toEqual([200, 201]);
    expect(left.body.notificationId).toBe(right.body.notificationId);
    const raced = (await call(viewer, 'get', `/v1/notifications?accountReference=${account.accountReference}`).expect(200)).body;
    expect(raced.filter((each: { idempotencyKey: string | null }) => each.idempotencyKey === 'reminder-race')).toHaveLength(1);

    await call(viewer, 'post', '/v1/notifications/recovery-notices', body).expect(403);
    const badKey = await call(officer, 'post', '/v1/notifications/recovery-notices', body).set('idempotency-key', 'x'.repeat(201)).expect(400);
    expect(JSON.stringify(badKey.body)).toContain('idempotencyKey');
  });

  it('sends a notice to the local sink: a letter with the stored PDF without an email contact, an email with one', async () => {
    const letter = await call(officer, 'post', `/v1/notifications/notices/${billNumber}`, {}).expect(201);
    const [stored] = (await call(viewer, 'get', `/v1/documents?accountReference=${account.accountReference}`).expect(200)).body.filter((each: { kind: string }) => each.kind === 'demand-notice');
    expect(letter.body).toMatchObject({ channel: 'letter', provider: 'local-sink', status: 'accepted', documentId: stored.documentId, recipient: 'Brue Bakery Ltd, TA10 9PU', failure: null });
    expect(letter.body.providerNotificationId).toMatch(/^local-/);

    await call(officer, 'post', `/v1/business-rates/parties/${account.partyId}/contacts`, { kind: 'email', email: 'accounts@bakery.example', preferred: true }).expect(201);
    const email = await api.graphql(officer, 'mutation ($n: Int!) { sendNotice(billNumber: $n) { channel status recipient templateId personalisation documentId } }', { n: billNumber });
    expect(email.body.data.sendNotice).toMatchObject({ channel: 'email', status: 'accepted', recipient: 'accounts@bakery.example', templateId: 'local-notice-email', documentId: null });
    expect(email.body.data.sendNotice.personalisation).toMatchObject({ account_reference: account.accountReference, bill_number: String(billNumber), year_charge: '£9,980.00' });
    const listed = await api.graphql(viewer, 'query ($ref: String!) { accountNotifications(accountReference: $ref) { channel status } }', { ref: account.accountReference });
    expect(listed.body.data.accountNotifications.slice(0, 2)).toEqual([{ channel: 'email', status: 'accepted' }, { channel: 'letter', status: 'accepted' }]);
    await call(viewer, 'post', `/v1/notifications/notices/${billNumber}`, {}).expect(403);

    const [stage] = (await call(officer, 'get', `/v1/business-rates/accounts/${account.accountReference}/recovery-stages`).expect(200)).body;
    const reminder = await call(officer, 'post', '/v1/notifications/recovery-notices', { accountReference: account.accountReference, recoveryStageId: stage.recoveryStageId }).expect(201);
    expect(reminder.body).toMatchObject({ noticeKind: 'reminder', channel: 'email', templateId: 'local-recovery-email', documentId: null });
    expect(reminder.body.personalisation).toMatchObject({ notice: 'Reminder', account_reference: account.accountReference, amount_due: '£998.00' });
  });
});

describe('notifications through GOV.UK Notify (a local fake that checks what Notify checks)', () => {
  const notify = new FakeGovUkNotify();
  let api: TestApi;
  let council: TestCouncil;
  let officer: string;
  let withEmail: SeededAccount;
  let withoutEmail: SeededAccount;

  const issue = async (account: SeededAccount) =>
    (await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${officer}`).send({ financialYear: '2024-25' }).expect(201)).body.notice.billNumber as number;
  const send = (billNumber: number) => api.http.post(`/v1/notifications/notices/${billNumber}`).set('authorization', `Bearer ${officer}`).send({});

  beforeAll(async () => {
    await notify.start();
    api = await TestApi.start({ NOTIFY_API_KEY: notify.apiKey, NOTIFY_BASE_URL: notify.baseUrl, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: notify.templateId, NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID: notify.recoveryTemplateId }, SettableClock.on('2024-03-15'));
    council = await api.createCouncil('notify');
    officer = await api.token(['revenues-officer'], council.code);
    withEmail = await seedRatedAccount(council.id, { rateableValue: 30_000, partyName: 'Emailed Trading Ltd' });
    withoutEmail = await seedRatedAccount(council.id, { rateableValue: 25_000, partyName: 'Posted Trading Ltd' });
  });
  afterAll(async () => {
    await api.close();
    await notify.stop();
  });

  it('sends an email with a signed token, the template and the personalisation, and keeps Notify’s id', async () => {
    notify.team.add('finance@emailed.example');
    await api.http.post(`/v1/business-rates/parties/${withEmail.partyId}/contacts`).set('authorization', `Bearer ${officer}`).send({ kind: 'email', email: 'finance@emailed.example', preferred: true }).expect(201);
    const sent = await send(await issue(withEmail)).expect(201);
    expect(sent.body).toMatchObject({ channel: 'email', provider: 'govuk-notify', status: 'accepted', templateId: notify.templateId });
    const received = notify.received.at(-1)!;
    expect(received.path).toBe('/v2/notifications/email');
    expect(received.claims.iss).toBe(notify.serviceId);
    expect(received.body).toMatchObject({ template_id: notify.templateId, email_address: 'finance@emailed.example', reference: sent.body.notificationId });
    expect(received.body.personalisation).toMatchObject({ account_reference: withEmail.accountReference, ratepayer_name: 'Emailed Trading Ltd' });
    expect(sent.body.providerNotificationId).toBe(received.id);
  });

  it('sends a letter as the precompiled PDF the service stored', async () => {
    const billNumber = await issue(withoutEmail);
    const sent = await send(billNumber).expect(201);
    expect(sent.body).toMatchObject({ channel: 'letter', provider: 'govuk-notify', status: 'accepted' });
    const received = notify.received.at(-1)!;
    expect(received.path).toBe('/v2/notifications/letter');
    expect(received.body.reference).toBe(sent.body.notificationId);
    const stored = await api.http.get(`/v1/documents/${sent.body.documentId}`).set('authorization', `Bearer ${officer}`).buffer(true).parse(binary).expect(200);
    expect(Buffer.from(received.body.content as string, 'base64').equals(stored.body as Buffer)).toBe(true);
    expect((await pdfText(asBytes(stored))).text).toContain('Posted Trading Ltd');
  });

  it("records Notify's refusal against the notification, in Notify's words", async () => {
    await api.http.post(`/v1/business-rates/parties/${withoutEmail.partyId}/contacts`).set('authorization', `Bearer ${officer}`).send({ kind: 'email', email: 'stranger@posted.example', preferred: true }).expect(201);
    const count = notify.received.length;
    const [notice] = (await api.http.get(`/v1/business-rates/accounts/${withoutEmail.accountReference}/bills`).set('authorization', `Bearer ${officer}`).expect(200)).body;
    const failed = await send(notice.billNumber).expect(201);
    expect(failed.body).toMatchObject({ channel: 'email', status: 'failed', providerNotificationId: null, failure: 'GOV.UK Notify refused it (400): BadRequestError: Can’t send to this recipient using a team-only API key' });
    expect(notify.received).toHaveLength(count);
    const listed = await api.http.get(`/v1/notifications?accountReference=${withoutEmail.accountReference}`).set('authorization', `Bearer ${officer}`).expect(200);
    expect(listed.body.map((each: { status: string }) => each.status)).toEqual(['failed', 'accepted']);
  });

  it("takes Notify's delivery receipts with the council's callback token: applied once, never backwards, unknown ids acknowledged", async () => {
    const manager = await api.token(['revenues-manager'], council.code);
    await api.http.put('/v1/integrations/govuk-notify/callback-token').set('authorization', `Bearer ${officer}`).send({ token: 'officers-may-not-set-this' }).expect(403);
    const short = await api.http.put('/v1/integrations/govuk-notify/callback-token').set('authorization', `Bearer ${manager}`).send({ token: 'short' }).expect(400);
    expect(JSON.stringify(short.body)).toContain('token');
    const set = await api.http.put('/v1/integrations/govuk-notify/callback-token').set('authorization', `Bearer ${manager}`).send({ token: 'first-callback-token-0001', reason: 'Notify callback set up' }).expect(200);
    expect(Object.keys(set.body).sort()).toEqual(['setAt', 'setBy']);
    const rotated = await api.graphql(manager, 'mutation ($input: NotifyCallbackTokenInput!) { setNotifyCallbackToken(input: $input) { setAt setBy } }', { input: { token: 'callback-token-for-receipts-42' } });
    expect(rotated.body.data.setNotifyCallbackToken.setBy).toEqual(set.body.setBy);
    await inCouncilSql(council.id, async (query) => {
      const trail = await query(`select after::text as after from audit_events where table_name = 'notify_callback_tokens'`);
      expect(trail).toHaveLength(2);
      expect(JSON.stringify(trail)).not.toContain('callback-token-for-receipts-42');
    });

    await api.app.listen(0, '127.0.0.1');
    const { port } = api.app.getHttpServer().address() as { port: number };
    const receipts = `http://127.0.0.1:${port}/v1/integrations/${council.code}/govuk-notify/receipts`;
    notify.callback = { url: receipts, bearerToken: 'callback-token-for-receipts-42' };
    const [letter] = (await api.http.get(`/v1/notifications?accountReference=${withoutEmail.accountReference}`).set('authorization', `Bearer ${officer}`).expect(200)).body
      .filter((each: { channel: string }) => each.channel === 'letter');
    const latest = async () => (await api.http.get(`/v1/notifications?accountReference=${withoutEmail.accountReference}`).set('authorization', `Bearer ${officer}`).expect(200)).body
      .find((each: { notificationId: string }) => each.notificationId === letter.notificationId);

    expect(await notify.sendReceipt(letter.providerNotificationId, 'accepted')).toEqual({ status: 200, body: { outcome: 'applied' } });
    expect(await latest()).toMatchObject({ status: 'accepted', deliveryStatus: 'accepted', sentAt: '2024-03-15T09:01:00.000Z', completedAt: null });
    expect(await notify.sendReceipt(letter.providerNotificationId, 'received')).toEqual({ status: 200, body: { outcome: 'applied' } });
    const received = await latest();
    expect(received).toMatchObject({ deliveryStatus: 'received', completedAt: '2024-03-15T09:05:00.000Z', receiptAt: expect.any(String) });
    // Notify retries, and may call back out of order: neither changes what the notification says.
    expect(await notify.sendReceipt(letter.providerNotificationId, 'received')).toEqual({ status: 200, body: { outcome: 'unchanged' } });
    expect(await notify.sendReceipt(letter.providerNotificationId, 'accepted')).toEqual({ status: 200, body: { outcome: 'unchanged' } });
    expect(await latest()).toEqual(received);
    expect(await notify.sendReceipt('5f1c7a52-0000-4000-8000-000000000000', 'delivered')).toEqual({ status: 200, body: { outcome: 'unknown-notification' } });

    expect((await notify.sendReceipt(letter.providerNotificationId, 'permanent-failure', { bearerToken: 'first-callback-token-0001' })).status).toBe(401);
    expect((await notify.sendReceipt(letter.providerNotificationId, 'permanent-failure', { bearerToken: null })).status).toBe(401);
    notify.callback = { url: receipts.replace(council.code, 'no-such-council'), bearerToken: 'callback-token-for-receipts-42' };
    expect((await notify.sendReceipt(letter.providerNotificationId, 'permanent-failure')).status).toBe(401);
    notify.callback = { url: receipts, bearerToken: 'callback-token-for-receipts-42' };
    const bad = await notify.sendReceipt(letter.providerNotificationId, 'lost-in-the-post');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('status');
    expect(await latest()).toEqual(received);

    const trail = (await api.http.get('/v1/audit-events?tableName=notifications').set('authorization', `Bearer ${manager}`).expect(200)).body;
    expect(trail.filter((each: { actor: string; operation: string }) => each.actor === 'govuk-notify-callback' && each.operation === 'UPDATE')).toHaveLength(2);
  });
});

describe('GOV.UK Notify callback tokens from configuration', () => {
  it("accepts a council's configured token when none is set through the API, and refuses others", async () => {
    const probe = await TestApi.start({});
    const council = await probe.createCouncil('configured');
    await probe.close();
    const api = await TestApi.start({ NOTIFY_CALLBACK_TOKENS: JSON.stringify({ [council.code]: 'configured-callback-token' }) });
    try {
      const post = (token: string) => api.http.post(`/v1/integrations/${council.code}/govuk-notify/receipts`).set('authorization', `Bearer ${token}`)
        .send({ id: 'a7e1d2c3-0000-4000-8000-000000000000', status: 'delivered', created_at: '2024-03-15T09:00:00Z', completed_at: null, sent_at: null });
      expect((await post('configured-callback-token').expect(200)).body).toEqual({ outcome: 'unknown-notification' });
      await post('some-other-token-entirely').expect(401);
    } finally {
      await api.close();
    }
  });
});
