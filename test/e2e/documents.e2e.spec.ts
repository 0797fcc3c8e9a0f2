import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../support/business-rates-seed.js';
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
    expect(listed.body.data.accountNotifications).toEqual([{ channel: 'email', status: 'accepted' }, { channel: 'letter', status: 'accepted' }]);
    await call(viewer, 'post', `/v1/notifications/notices/${billNumber}`, {}).expect(403);
  });
});

describe('notifications through GOV.UK Notify (a local fake that checks what Notify checks)', () => {
  const notify = new FakeGovUkNotify();
  let api: TestApi;
  let officer: string;
  let withEmail: SeededAccount;
  let withoutEmail: SeededAccount;

  const issue = async (account: SeededAccount) =>
    (await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${officer}`).send({ financialYear: '2024-25' }).expect(201)).body.notice.billNumber as number;
  const send = (billNumber: number) => api.http.post(`/v1/notifications/notices/${billNumber}`).set('authorization', `Bearer ${officer}`).send({});

  beforeAll(async () => {
    await notify.start();
    api = await TestApi.start({ NOTIFY_API_KEY: notify.apiKey, NOTIFY_BASE_URL: notify.baseUrl, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: notify.templateId }, SettableClock.on('2024-03-15'));
    const council = await api.createCouncil('notify');
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
});
