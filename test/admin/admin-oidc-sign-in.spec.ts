import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedRatedAccount, type SeededAccount } from '../support/business-rates-seed.js';
import { TestApi } from '../support/test-api.js';
import { AdminBrowser, freePort } from './support/admin-browser.js';
import { FakeOidcProvider } from './support/fake-oidc-provider.js';

const CLIENT_ID = 'open-revenues-admin';

/** Sign-in through the council's identity provider (a local fake) with the API in oidc mode, in a real browser. */
describe('admin UI in a browser: OIDC sign-in', () => {
  let provider: FakeOidcProvider;
  let api: TestApi;
  let browser: AdminBrowser;
  let councilCode: string;
  let account: SeededAccount;

  beforeAll(async () => {
    provider = await FakeOidcProvider.start(CLIENT_ID, 'open-revenues');
    const port = await freePort();
    api = await TestApi.start({
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: provider.issuer,
      AUTH_JWKS_URL: `${provider.issuer}/jwks`,
      ADMIN_OIDC_CLIENT_ID: CLIENT_ID,
      ADMIN_OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/admin/auth/callback`,
      ADMIN_OIDC_ALLOW_HTTP: 'true',
      ADMIN_SESSION_SECRET: 'a-test-secret-of-at-least-thirty-two-characters',
    });
    await api.app.listen(port, '127.0.0.1');
    // The provider's own token for an operator creates the council: demo tokens are refused in oidc mode.
    const operator = await provider.accessTokenFor({ subject: 'operator-1', councilCode: null, roles: ['operator'] });
    councilCode = `oidc-${Date.now().toString(36)}`;
    const created = await api.http.post('/v1/councils').set('authorization', `Bearer ${operator}`).send({ code: councilCode, name: 'OIDC test council' });
    expect(created.status).toBe(201);
    account = await seedRatedAccount(created.body.id as string, { partyName: 'Moorland Forge Ltd' });
    browser = await AdminBrowser.open(`http://127.0.0.1:${port}`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await provider?.close();
  });

  it('offers no demo sign-in, and refuses a demo token at the API', async () => {
    await browser.goto('/admin/sign-in');
    expect(await browser.page.getByRole('button', { name: 'Sign in', exact: true }).count()).toBe(0);
    await browser.check('oidc-sign-in');
    const demo = await api.token(['revenues-officer'], councilCode);
    expect((await api.graphql(demo, '{ council { code } }')).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  }, 60_000);

  it("signs in through the provider's code flow with PKCE and calls the API with the provider's access token", async () => {
    provider.signInAs({ subject: 'entra-user-7f3a', councilCode, roles: ['revenues-officer'] });
    await browser.goto('/admin');
    await browser.page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await browser.page.waitForURL('**/admin/search');
    expect(await browser.page.getByText('Signed in as entra-user-7f3a').count()).toBe(1);
    expect(provider.tokenRequests.at(-1)?.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    await browser.check('oidc-search');

    await browser.page.getByLabel(/postcode or UPRN/).fill('Moorland Forge');
    await browser.page.getByRole('button', { name: 'Search' }).click();
    await browser.check('oidc-search-results');
    await browser.page.getByRole('link', { name: account.accountReference }).click();
    expect(await browser.page.getByRole('heading', { level: 1 }).innerText()).toBe(`Account ${account.accountReference}`);
    await browser.check('oidc-account');

    const cookies = await browser.page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === 'admin_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/admin' });
    // Encrypted: the token inside cannot be read from the cookie.
    expect(session?.value.split('.')).toHaveLength(5);
  }, 60_000);

  it('signs out, and the pages ask to sign in again', async () => {
    await browser.page.getByRole('button', { name: 'Sign out' }).click();
    await browser.page.waitForURL('**/admin/sign-in?signedOut=yes');
    expect(await browser.page.locator('.govuk-notification-banner').innerText()).toContain('You have signed out');
    await browser.check('oidc-signed-out');
    await browser.goto('/admin/search');
    expect(browser.page.url()).toMatch(/\/admin\/sign-in$/);
  }, 60_000);

  it('a sign-in callback without the sign-in it answers is refused', async () => {
    await browser.forgetSession();
    await browser.goto('/admin/auth/callback?code=stolen&state=guessed');
    expect(await browser.page.locator('.govuk-error-summary').innerText()).toContain('sign in again');
    await browser.check('oidc-callback-refused');
  }, 60_000);
});
