import type { Browser, Page } from 'playwright-core';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { join } from 'node:path';
import {
  launchChromium,
  saveScreenshot,
  screenshotDir,
  seriousViolations,
} from './support/browser';
import { apiToken, demoCurriculumId, DEMO, DEMO_PASSWORD, signIn } from './support/session';
import { uiText, UiLanguage } from './support/ui-messages';

/*
 * Phones (issues 14 and 19): the dashboard, the editor, the review queue and every learner page
 * fit 320 and 390 CSS pixels without scrolling sideways, in every interface language.
 */
describe('pages on phones (Chromium, 320 and 390 px)', () => {
  let server: RunningServer;
  let browser: Browser;
  let cncId: string;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    const teacher = await apiToken(server.url, DEMO.teacher);
    cncId = await demoCurriculumId(server.url, teacher);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  /** How far the page reaches past the viewport's right edge (0: it fits), and what sticks out. */
  async function overflow(page: Page): Promise<{ by: number; widest: string[] }> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const widest = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((e) => e.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')}#${e.id}`);
      return { by: document.documentElement.scrollWidth - width, widest };
    });
  }

  // Every language at the narrowest width, and Lithuanian (the longest words) at 390 px too.
  const runs: [number, UiLanguage][] = [
    [320, 'en'],
    [320, 'de'],
    [320, 'lt'],
    [320, 'lv'],
    [320, 'et'],
    [390, 'lt'],
  ];
  for (const [width, language] of runs) {
    it(`fits ${width} px in ${language}: catalogue, pathway, dashboard, editor, review, own record`, async () => {
      const ui = await uiText(language);
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width, height: 780 },
        isMobile: true,
        hasTouch: true,
        locale: language,
      });
      const page = await context.newPage();
      const found: Record<string, { by: number; widest: string[] }> = {};
      await page.goto('/catalogue');
      await page.getByRole('heading', { level: 1, name: ui.t('nav.catalogue') }).waitFor();
      found['catalogue'] = await overflow(page);
      await page.goto(`/catalogue/${cncId}`);
      await page
        .getByRole('heading', { level: 2, name: ui.t('pathways.timeline.title') })
        .waitFor();
      found['pathway'] = await overflow(page);
      await signIn(page, DEMO.teacher, DEMO_PASSWORD, ui);
      await page.goto('/curricula');
      await page.getByRole('heading', { level: 1, name: ui.t('dashboard.title') }).waitFor();
      found['dashboard'] = await overflow(page);
      await page.goto(`/curricula/${cncId}`);
      await page.getByTestId('status').waitFor();
      for (const tab of ['units', 'curriculum', 'wbl', 'history']) {
        const name = ui.t(`editor.tab.${tab}`);
        await page.getByRole('tab', { name }).click();
        await page.getByRole('tab', { name, selected: true }).waitFor();
        found[`editor: ${tab}`] = await overflow(page);
      }
      await saveScreenshot(page, `phone-${width}-${language}-editor`);
      expect(await seriousViolations(page)).toEqual([]);
      await context.clearCookies();
      await signIn(page, DEMO.reviewer, DEMO_PASSWORD, ui);
      await page.goto('/review');
      await page.getByRole('heading', { level: 1, name: ui.t('review.queue.title') }).waitFor();
      found['review queue'] = await overflow(page);
      await context.clearCookies();
      await signIn(page, DEMO.learner, DEMO_PASSWORD, ui);
      await page.goto('/my-record');
      await page.getByRole('heading', { level: 1 }).waitFor();
      found['own record'] = await overflow(page);
      expect(Object.entries(found).filter(([, o]) => o.by > 0)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it("prints the pathway with every unit open and the editor's read view without controls", async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'lt' });
    const page = await context.newPage();
    const visible = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll(
          (all) =>
            all.filter((e) => getComputedStyle(e).display !== 'none' && !e.closest('[hidden]'))
              .length,
        );
    // Every unit of the published version, once the pathway has rendered them all.
    const published = (await (await fetch(`${server.url}/api/v1/curricula/${cncId}`)).json()) as {
      units: unknown[];
    };
    const units = published.units.length;
    await page.goto(`/catalogue/${cncId}`);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.timeline .detail').length === n,
      units,
    );
    expect(await visible('.timeline .detail')).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await page.locator('.timeline .detail .description').first().waitFor();
    expect(await visible('.timeline .detail')).toBe(units);
    expect(await visible('.header, .footer, .downloads, select')).toBe(0);
    const pdf = await page.pdf({ format: 'A4', path: join(screenshotDir, 'pathway-print-lt.pdf') });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.emulateMedia({ media: 'screen' });
    await signIn(page, DEMO.teacher, DEMO_PASSWORD, await uiText('lt'));
    await page.goto(`/curricula/${cncId}`);
    await page.getByTestId('status').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await visible('.header, .tabs, .side-col, .editor-head .actions, form button')).toBe(0);
    expect(await visible('h1')).toBe(1);
    expect(await visible('.unit-pick')).toBeGreaterThan(10);
    await page.pdf({ format: 'A4', path: join(screenshotDir, 'editor-print.pdf') });
    await context.close();
  });

  for (const width of [320]) {
    it(`fits ${width} px: the account page, and an admin's accounts and security log`, async () => {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width, height: 780 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const found: Record<string, { by: number; widest: string[] }> = {};
      await page.goto('/reset-password');
      await page.getByRole('heading', { level: 1 }).waitFor();
      found['reset password'] = await overflow(page);
      await signIn(page, DEMO.admin);
      await page.goto('/account');
      await page.getByRole('heading', { level: 1, name: 'Account' }).waitFor();
      found['account'] = await overflow(page);
      await page.goto('/admin/accounts');
      await page.getByRole('heading', { name: 'Sign-in and password events' }).waitFor();
      await page.getByRole('cell', { name: DEMO.admin, exact: true }).first().waitFor();
      found['admin: accounts'] = await overflow(page);
      await saveScreenshot(page, `phone-${width}-admin-accounts`);
      expect(Object.entries(found).filter(([, o]) => o.by > 0)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
