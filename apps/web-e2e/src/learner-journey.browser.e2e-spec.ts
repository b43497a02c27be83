import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, watchedPage } from './support/browser';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { DEMO, DEMO_PASSWORD, signIn } from './support/session';
import { uiText } from './support/ui-messages';

/** axe with WCAG 2.1 A and AA: every violation is logged, serious and critical ones are returned. */
async function seriousViolations(page: Page, name: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const all = results.violations.map(
    (v) => `${v.impact}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  console.info(`axe on ${name}: ${all.length === 0 ? 'no violations' : all.join('\n')}`);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

const CNC_TITLE_EN = 'Cutting machining mechanic – CNC machining';
const CNC_TITLE_DE = 'Zerspanungsmechaniker/in – CNC-Fertigungstechnik';
const CNC_TITLE_LT = 'Metalo apdirbimo pjovimu mechanikas – CNC staklių operatorius';

describe('learner journeys in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  it('lets an anonymous visitor browse the catalogue and open a pathway', async () => {
    const { page, problems } = await watchedPage(browser, server.url);
    await page.goto('/catalogue');
    await page.getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor();
    await page.getByRole('link', { name: CNC_TITLE_EN }).waitFor();
    expect(await page.locator('main [role="status"]').textContent()).toMatch(
      /^\s*\d+ curricul(um|a)\s*$/,
    );
    expect(await page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);

    await page.getByLabel('EQF level').selectOption('4');
    await page.waitForURL(/eqf=4/);
    await page.getByRole('link', { name: CNC_TITLE_EN }).click();
    await page.getByRole('heading', { level: 2, name: 'Pathway year by year' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(CNC_TITLE_EN);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('renders a pathway opened by its address in a fresh browser (time to first render)', async () => {
    const list = await fetch(`${server.url}/api/v1/curricula?q=ZM-CNC-2018`);
    const { items } = (await list.json()) as { items: { id: string }[] };
    expect(items).toHaveLength(1);
    const { page, problems } = await watchedPage(browser, server.url);
    const started = Date.now();
    await page.goto(`/catalogue/${items[0].id}`);
    await page.getByRole('heading', { level: 2, name: 'Pathway year by year' }).waitFor();
    console.info(
      `learner pathway, anonymous, cold cache: first render in ${Date.now() - started} ms`,
    );
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Year 1',
      'Year 2',
      'Year 3',
      'Year 4',
    ]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('follows a learner in Estonian from the search to the pathway in Lithuanian and its PDF', async () => {
    // The learner's browser speaks Estonian: the interface does, the content is Lithuanian.
    const ui = await uiText('et');
    const { page, problems } = await watchedPage(browser, server.url, undefined, 'et-EE');
    await signIn(page, DEMO.learner, DEMO_PASSWORD, ui);
    await page.getByRole('heading', { level: 1, name: ui.t('nav.catalogue') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('et');

    // Search: the field is labelled, the result list follows once typing pauses.
    const search = page.getByLabel(ui.t('pathways.search.label'));
    await search.click();
    await page.keyboard.type('Zerspan');
    await page.waitForURL(/q=Zerspan/);
    await page
      .getByRole('status')
      .filter({ hasText: ui.t('pathways.results', { count: 1 }) })
      .waitFor();
    // No Estonian title: the catalogue shows the primary language's, marked as such.
    const result = page.getByRole('link', { name: CNC_TITLE_DE });
    await result.waitFor();
    expect(await page.locator('.results li').count()).toBe(1);
    expect(await page.locator('.results li').textContent()).toContain(
      ui.t('common.points', { points: 210 }),
    );
    expect(await seriousViolations(page, 'catalogue')).toEqual([]);
    await saveScreenshot(page, 'learner-catalogue-et');

    // Full text: a word of the outcomes, and the occupation word by word, find it too.
    for (const words of ['Fräsen', 'cnc operator']) {
      await search.fill(words);
      await page.waitForURL((url) => url.searchParams.get('q') === words);
      await page.getByRole('link', { name: CNC_TITLE_DE }).waitFor();
    }
    await search.fill('Zerspan');
    await page.waitForURL(/q=Zerspan$/);

    // The pathway, from the keyboard.
    await result.focus();
    await page.keyboard.press('Enter');
    const timeline = page.getByRole('heading', { level: 2, name: ui.t('pathways.timeline.title') });
    await timeline.waitFor();
    const pathwayUrl = new URL(page.url()).pathname;
    expect(pathwayUrl).toMatch(/^\/catalogue\/[^/]+$/);
    expect(await page.locator('.facts').textContent()).toContain(
      ui.t('pathways.facts.durationValue', {
        years: 3.5,
        months: 42,
        mode: ui.t('pathways.facts.fullTime'),
      }),
    );
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);

    // Content language: Lithuanian where there is a translation, marked fallbacks elsewhere.
    await page.getByLabel(ui.t('content.language')).selectOption({ label: 'Lietuvių' });
    const title = page.locator('h1 [lang="lt"]');
    await title.waitFor();
    expect(await title.textContent()).toBe(CNC_TITLE_LT);
    const zm10 = page.getByRole('button', { name: /ZM-10/ });
    expect(await zm10.locator('[lang="lt"]').textContent()).toBe(
      'Skaitmeniniu programiniu valdymu valdomų staklių programavimas',
    );
    const zm01 = page.getByRole('button', { name: /ZM-01/ });
    expect(await zm01.locator('abbr.fallback').textContent()).toContain('DE');
    expect(await page.locator('.timeline abbr.fallback').count()).toBeGreaterThan(10);

    // A unit opens from the keyboard and shows its outcomes by category.
    await zm10.focus();
    await page.keyboard.press('Enter');
    const detail = page.locator(`#${await zm10.getAttribute('aria-controls')}`);
    await detail.getByRole('heading', { level: 6, name: ui.t('category.knowledge') }).waitFor();
    expect(await zm10.getAttribute('aria-expanded')).toBe('true');
    expect(await detail.getByRole('heading', { level: 6 }).allTextContents()).toEqual(
      ['category.knowledge', 'category.skill', 'category.responsibility-autonomy'].map((key) =>
        ui.t(key),
      ),
    );
    expect(await detail.textContent()).toContain('Paaiškina CNC programų sandarą');

    // The points accumulate year by year up to the qualification's 210.
    expect(await page.locator('.progress p').allTextContents()).toEqual(
      [1, 2, 3, 4].map((year) =>
        expect.stringMatching(ui.pattern('pathways.timeline.accumulated', { total: 210, year })),
      ),
    );
    await page
      .getByText(ui.t('pathways.timeline.accumulated', { points: 210, total: 210, year: 4 }))
      .waitFor();
    expect(await page.getByRole('progressbar').last().getAttribute('value')).toBe('210');

    expect(await seriousViolations(page, 'pathway')).toEqual([]);
    await saveScreenshot(page, 'learner-pathway-et');

    // Time to first render of the pathway: from navigation to the timeline heading.
    const started = Date.now();
    await page.goto(pathwayUrl);
    await timeline.waitFor();
    console.info(
      `learner pathway, signed in, warm cache: first render in ${Date.now() - started} ms`,
    );

    // A tablet: the timeline stacks, nothing scrolls sideways.
    await page.setViewportSize({ width: 768, height: 1024 });
    await timeline.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      768,
    );
    await saveScreenshot(page, 'learner-pathway-tablet-et');
    await page.getByLabel(ui.t('content.language')).selectOption({ label: 'Lietuvių' });
    await title.waitFor();

    // The learner pathway as a PDF in the chosen language: a background job (ADR 0032) whose
    // progress the page shows, then the download.
    const pdfButton = page.getByRole('button', {
      name: ui.t('pathways.downloads.pathway', { language: 'Lietuvių' }),
    });
    const [posted, download] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && /\/export\/pathway-pdf\?lang=lt$/.test(r.url()),
      ),
      page.waitForEvent('download'),
      pdfButton.click(),
    ]);
    expect(posted.status()).toBe(202);
    expect(download.suggestedFilename()).toMatch(/-lt\.pdf$/);
    expect(await download.failure()).toBeNull();
    const file = await download.createReadStream().then(
      (stream) =>
        new Promise<Buffer>((done, fail) => {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => done(Buffer.concat(chunks)));
          stream.on('error', fail);
        }),
    );
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(problems).toEqual([]);
    await page.context().close();
  });
});
