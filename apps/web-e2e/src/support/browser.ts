import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** The cookies and storage of a signed-in browser context. */
export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
import { workspaceRoot } from '@curriculum-builder/product-process';

/** The flags this project's machines need for a headless Chromium with no network. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const screenshotDir = join(workspaceRoot, 'dist/web-e2e/screenshots');

/** The system Chromium (`CHROMIUM_PATH`, found by the test runner; default /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Console errors, uncaught exceptions and failed requests seen on the page. */
  readonly problems: string[];
}

/**
 * A new page that records every console error, page error and failed request; `storageState`
 * starts it signed in (see `signedInState`), so that tests do not spend the login limits; `locale`
 * is the browser's language.
 */
export async function watchedPage(
  browser: Browser,
  baseURL: string,
  storageState?: StorageState,
  locale?: string,
): Promise<WatchedPage> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    storageState,
    // The browser's language: the app opens in it on a first visit (`lv-LV`: Latvian).
    locale,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Requests a navigation cancels are normal; everything else that fails is a problem.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} ${reason}`);
  });
  return { page, problems };
}

/** Saves a full-page screenshot under dist/web-e2e/screenshots as a test artifact. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The serious and critical WCAG 2.1 A/AA violations axe finds on the page (none is the aim). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
