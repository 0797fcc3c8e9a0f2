import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedRatedAccount, type SeededAccount } from '../support/business-rates-seed.js';
import { TestApi } from '../support/test-api.js';

/** The admin pages through HTTP without a browser: sessions, CSRF, headers, and council isolation. */
describe('admin UI pages', () => {
  let api: TestApi;
  let councilCode: string;
  let account: SeededAccount;

  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

  async function signIn(role: string, code: string) {
    const agent = request.agent(api.app.getHttpServer());
    const page = await agent.get('/admin/sign-in').expect(200);
    await agent.post('/admin/sign-in/demo').type('form').send({ _csrf: csrfOf(page.text), role, councilCode: code }).expect(303).expect('location', '/admin/search');
    return agent;
  }

  beforeAll(async () => {
    api = await TestApi.start();
    const council = await api.createCouncil('admin');
    councilCode = council.code;
    account = await seedRatedAccount(council.id, { rateableValue: 20_000, partyName: 'Harbour Lights Cafe Ltd' });
  });
  afterAll(() => api.close());

  it('sends a visitor without a session to sign in', async () => {
    await api.http.get('/admin/search').expect(303).expect('location', '/admin/sign-in');
  });

  it('serves pages with a script-only-from-files Content-Security-Policy and an httpOnly SameSite=Lax session cookie', async () => {
    const page = await api.http.get('/admin/sign-in').expect(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/admin_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/admin/);
  });

  it('serves GOV.UK Frontend with its font and image paths moved under /admin/assets', async () => {
    const css = await api.http.get('/admin/assets/govuk-frontend.min.css').expect(200);
    expect(css.text).toContain('url(/admin/assets/fonts/');
    expect(css.text).not.toContain('url(/assets/');
    await api.http.get('/admin/assets/fonts/bold-b542beb274-v2.woff2').expect(200);
    await api.http.get('/admin/assets/init.mjs').expect(200).expect('content-type', /javascript/);
  });

  it('refuses a form without the session CSRF token', async () => {
    const agent = await signIn('revenues-officer', councilCode);
    const page = await agent.get(`/admin/accounts/${account.accountReference}/notes/new`).expect(200);
    expect(csrfOf(page.text)).not.toBe('');
    const refused = await agent.post(`/admin/accounts/${account.accountReference}/notes/new`).type('form').send({ body: 'forged', _csrf: 'not-the-token' }).expect(403);
    expect(refused.text).toContain('Your form has expired');
    const notes = await api.graphql(await api.token(['revenues-officer'], councilCode), '{ notes(accountReference: "' + account.accountReference + '") { body } }');
    expect(notes.body.data.notes).toEqual([]);
  });

  it('refuses a payment file upload and a notice sending without the session CSRF token', async () => {
    const agent = await signIn('revenues-officer', councilCode);
    await agent.get('/admin/payments-in').expect(200);
    await agent.post('/admin/payments-in').field('_csrf', 'not-the-token').field('format', 'allpay')
      .attach('file', Buffer.from('Transaction ID\n'), { filename: 'forged.csv', contentType: 'text/csv' }).expect(403);
    await agent.post(`/admin/accounts/${account.accountReference}/bills/1/send`).type('form').send({ _csrf: 'not-the-token' }).expect(403);
  });

  it('finds an account by name and shows it', async () => {
    const agent = await signIn('revenues-officer', councilCode);
    const results = await agent.get('/admin/search?q=Harbour%20Lights').expect(200);
    expect(results.text).toContain(`/admin/accounts/${account.accountReference}`);
    const page = await agent.get(`/admin/accounts/${account.accountReference}`).expect(200);
    expect(page.text).toContain(account.baReference);
    expect(page.text).toContain('Harbour Lights Cafe Ltd');
  });

  it("another council's officer finds nothing of this council's and cannot open its account", async () => {
    const other = await api.createCouncil('other');
    const agent = await signIn('revenues-officer', other.code);
    const results = await agent.get('/admin/search?q=Harbour%20Lights').expect(200);
    expect(results.text).not.toContain(account.accountReference);
    const page = await agent.get(`/admin/accounts/${account.accountReference}`).expect(404);
    expect(page.text).not.toContain('Harbour Lights');
  });

  it('keeps what was typed and links each error to its field when the API refuses a payment', async () => {
    const agent = await signIn('revenues-officer', councilCode);
    const form = await agent.get(`/admin/accounts/${account.accountReference}/payments/new`).expect(200);
    const refused = await agent
      .post(`/admin/accounts/${account.accountReference}/payments/new`)
      .type('form')
      .send({ _csrf: csrfOf(form.text), amount: '0', 'receivedOn-day': '1', 'receivedOn-month': '2', 'receivedOn-year': '2099', method: 'card' })
      .expect(400);
    expect(refused.text).toContain('<title>Error: Record a payment');
    // The API's amountPence refusal, told in pounds on the pounds field.
    expect(refused.text).toContain('href="#amount">Amount must be an amount in pounds and pence above nothing');
    expect(refused.text).toContain('value="0"');
  });

  it('lists the audit trail with who changed what', async () => {
    const agent = await signIn('revenues-officer', councilCode);
    const page = await agent.get('/admin/audit');
    expect(page.text).toContain('test-seed');
    expect(page.status).toBe(200);
  });

  it('signs out only with the form, ending the session', async () => {
    const agent = await signIn('revenues-officer', councilCode);
    const page = await agent.get('/admin/search').expect(200);
    await agent.post('/admin/sign-out').type('form').send({ _csrf: csrfOf(page.text) }).expect(303).expect('location', '/admin/sign-in?signedOut=yes');
    await agent.get('/admin/search').expect(303).expect('location', '/admin/sign-in');
  });
});
