import type { Browser, Page } from 'playwright-core';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { launchChromium, saveScreenshot, seriousViolations } from './support/browser';
import { apiToken, demoCurriculumId, DEMO, DEMO_PASSWORD, signIn } from './support/session';

/*
 * Phones (issue 14): the dashboard, the editor and every learner page fit 320 and 390 CSS pixels
 * without scrolling sideways.
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

  for (const width of [320, 390]) {
    it(`fits ${width} px: dashboard, editor tabs, catalogue and pathway`, async () => {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width, height: 780 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const found: Record<string, { by: number; widest: string[] }> = {};
      await page.goto('/catalogue');
      await page.getByRole('heading', { level: 1 }).waitFor();
      found['catalogue'] = await overflow(page);
      await page.goto(`/catalogue/${cncId}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      found['pathway'] = await overflow(page);
      await signIn(page, DEMO.teacher);
      await page.goto('/curricula');
      await page.getByRole('heading', { level: 1, name: 'My curricula' }).waitFor();
      found['dashboard'] = await overflow(page);
      await page.goto(`/curricula/${cncId}`);
      await page.getByTestId('status').waitFor();
      for (const tab of ['Units and outcomes', 'Qualification', 'Work-based learning', 'History']) {
        await page.getByRole('tab', { name: tab }).click();
        await page.getByRole('tab', { name: tab, selected: true }).waitFor();
        found[`editor: ${tab}`] = await overflow(page);
      }
      await saveScreenshot(page, `phone-${width}-editor`);
      expect(Object.entries(found).filter(([, o]) => o.by > 0)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });

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
