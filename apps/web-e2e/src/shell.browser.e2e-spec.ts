import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium, saveScreenshot, watchedPage } from './support/browser';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { uiText, UiLanguage } from './support/ui-messages';

describe('app shell in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProductionServer({});
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  it('renders the start page with the live service status and no console errors', async () => {
    const { page, problems } = await watchedPage(browser, server.url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Curriculum builder' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: 'Service online · database: SQLite' })
      .waitFor();
    expect(await page.title()).toBe('Curriculum builder');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'VET teachers',
      'Industry associations',
      'Learners',
    ]);
    await saveScreenshot(page, 'shell-home');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a deep link through the index.html fallback and shows the not-found page', async () => {
    const { page, problems } = await watchedPage(browser, server.url);
    await page.goto('/no/such/page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Curriculum builder');
    await page.getByRole('link', { name: 'Go to the start page' }).click();
    await page.getByRole('heading', { level: 1, name: 'Curriculum builder' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await saveScreenshot(page, 'shell-not-found');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("sends an anonymous visitor of the teachers' area to the sign-in page and back after login", async () => {
    const { page, problems } = await watchedPage(browser, server.url);
    await page.goto('/curricula');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/curricula');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('can be used from the keyboard: the first Tab reaches a visible skip link', async () => {
    const { page } = await watchedPage(browser, server.url);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box !== null && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('has no axe accessibility violations (WCAG 2.1 A and AA)', async () => {
    const { page } = await watchedPage(browser, server.url);
    await page.goto('/');
    await page.getByRole('status').filter({ hasText: 'Service online' }).waitFor();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.context().close();
  });

  it('speaks five languages: switched in the header, remembered, axe-clean in each', async () => {
    const { page, problems } = await watchedPage(browser, server.url);
    await page.goto('/catalogue');
    await page.getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor();
    const timings: string[] = [];
    for (const language of ['lt', 'lv', 'et', 'de', 'en'] as UiLanguage[]) {
      const ui = await uiText(language);
      const started = Date.now();
      await page.locator('header select').selectOption(language);
      await page.getByRole('heading', { level: 1, name: ui.t('nav.catalogue') }).waitFor();
      timings.push(`${language} ${Date.now() - started} ms`);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      expect(await page.title()).toBe(
        ui.t('title.page', { page: ui.t('title.catalogue'), app: ui.t('title.home') }),
      );
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((v) => `${language}: ${v.id}: ${v.help}`)).toEqual([]);
      if (language === 'lt') await saveScreenshot(page, 'catalogue-lt');
    }
    // The first switch to a language loads its messages; later ones are instant.
    console.info(
      `interface language switch (select → heading in the new language): ${timings.join(', ')}`,
    );

    // The choice outlives a reload, whatever the browser's language.
    await page.locator('header select').selectOption('lv');
    await page.reload();
    const lv = await uiText('lv');
    await page.getByRole('heading', { level: 1, name: lv.t('nav.catalogue') }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows the OpenAPI documentation under the content security policy', async () => {
    const { page, problems } = await watchedPage(browser, server.url);
    await page.goto('/api/docs');
    await page.getByText('Curriculum builder API').first().waitFor();
    await page.locator('.opblock-summary-path[data-path="/api/v1/health"]').waitFor();
    await saveScreenshot(page, 'api-docs');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
