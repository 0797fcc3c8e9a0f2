import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve('test-artifacts/admin');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Debian's Chromium driven by playwright-core, headless, with a fresh profile. Every page a journey
 * visits goes through `check`: axe-core's WCAG 2.2 AA rules must find nothing, and a screenshot is
 * kept in test-artifacts/admin/.
 */
export class AdminBrowser {
  /** What went wrong in the page (a script refused by the Content-Security-Policy, an asset not found): none is expected. */
  private readonly consoleErrors: string[] = [];

  private constructor(
    private readonly context: BrowserContext,
    private readonly profile: string,
    readonly page: Page,
    private readonly baseUrl: string,
    private readonly javaScript: boolean,
  ) {
    // A page's own status is the test's to judge (an error page is a 4xx); its assets must all load.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) this.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'document' && response.status() >= 400) this.consoleErrors.push(`${response.url()}: ${response.status()}`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`${page.url()}: ${error.message}`));
  }

  /** `javaScript: false` proves the pages work without it, as on a locked-down desktop. */
  static async open(baseUrl: string, { javaScript = true }: { javaScript?: boolean } = {}): Promise<AdminBrowser> {
    const profile = await mkdtemp(path.join(os.tmpdir(), 'admin-ui-chromium-'));
    await mkdir(SCREENSHOTS, { recursive: true });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      javaScriptEnabled: javaScript,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    return new AdminBrowser(context, profile, page, baseUrl, javaScript);
  }

  async goto(pathname: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${pathname}`);
  }

  /** The accessibility check and screenshot every page visited gets; and no script or load has failed. */
  async check(name: string): Promise<void> {
    // GOV.UK Frontend's script marks the page once it has run: proof the CSP let the file-served script in.
    if (this.javaScript) await this.page.waitForSelector('body.js-enabled.govuk-frontend-supported', { state: 'attached' });
    const errors = this.consoleErrors.splice(0);
    if (errors.length) throw new Error(`the browser reported errors before ${name}:\n${errors.join('\n')}`);
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    // axe-core runs as a script in the page: without JavaScript there is only the screenshot (the same pages are checked with it).
    if (!this.javaScript) return;
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    const violations = results.violations.map((violation) => ({
      page: name,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
    if (violations.length) throw new Error(`accessibility violations on ${name}:\n${JSON.stringify(violations, null, 2)}`);
  }

  /** Signs out by dropping the session cookie, so the next sign-in starts clean. */
  forgetSession(): Promise<void> {
    return this.context.clearCookies();
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

/** A free local port, for a service whose configuration must name its own address before it listens. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
