import type {
  Curriculum,
  CurriculumSummary,
  Finding,
  Page as CataloguePage,
  ValidationReport,
} from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import type { Browser } from 'playwright-core';
import { launchChromium, watchedPage } from './support/browser';
import { apiCall, apiToken, DEMO, DEMO_PASSWORD, signIn } from './support/session';

/**
 * The rule engine runs twice: compiled into the web app for live feedback, and in the API for
 * `GET …/validation` and submission. Both builds must find the same: for the demo curricula and
 * for generated ones, the findings the editor lists in Chromium are the API's errors and warnings,
 * rule by rule, with the same texts.
 */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the browser build and the API find the same', () => {
  let server: RunningServer;
  let browser: Browser;
  let token: string;

  const call = <T>(method: string, path: string, body?: unknown) =>
    apiCall<T>(server.url, token, method, path, body);

  /** Stores generated content through the API, as a teacher would enter it. */
  async function storeGenerated(seed: number): Promise<string> {
    const content = generateCurriculum({
      seed,
      units: 6,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 2,
      languages: ['de', 'en', 'lt'],
    });
    const created = await call<Curriculum>('POST', '/curricula', {
      code: `GEN-${seed}`,
      title: content.title,
      description: content.description,
      eqfLevel: content.eqfLevel,
      durationMonths: content.durationMonths,
      ecvetPoints: content.ecvetPoints,
      primaryLanguage: content.primaryLanguage,
      languages: content.languages,
      electiveGroups: content.electiveGroups,
      thresholds: content.thresholds,
    });
    const ids = new Map<string, string>();
    for (const unit of content.units) {
      const { outcomes, prerequisiteCodes, ...fields } = unit;
      const stored = await call<{ id: string }>('POST', `/curricula/${created.id}/units`, {
        ...fields,
        prerequisites: prerequisiteCodes.flatMap((code) => ids.get(code) ?? []),
      });
      ids.set(unit.code, stored.id);
      for (const outcome of outcomes)
        await call('POST', `/curricula/${created.id}/units/${stored.id}/outcomes`, outcome);
    }
    for (const period of content.workBasedLearning) {
      const { unitCodes, outcomeRefs: _refs, term, ...fields } = period;
      await call('POST', `/curricula/${created.id}/work-based-learning`, {
        ...fields,
        term,
        unitIds: unitCodes.flatMap((code) => ids.get(code) ?? []),
      });
    }
    return created.id;
  }

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    token = await apiToken(server.url, DEMO.teacher);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  it('lists the API findings in the editor, for the demo and for generated curricula', async () => {
    const own = (await call<CataloguePage<CurriculumSummary>>('GET', '/curricula?pageSize=100'))
      .items;
    const ids = [
      ...own.filter((c) => ['ZM-CNC-2018', 'SFO-2025'].includes(c.code)).map((c) => c.id),
      await storeGenerated(7),
      await storeGenerated(2026),
    ];
    expect(ids.length).toBeGreaterThanOrEqual(4);

    const { page, problems } = await watchedPage(browser, server.url);
    await signIn(page, DEMO.teacher);
    let compared = 0;
    for (const id of ids) {
      const report = await call<ValidationReport>('GET', `/curricula/${id}/validation`);
      const fromApi = report.findings
        .filter((f: Finding) => f.severity === 'error' || f.severity === 'warning')
        .map((f) => squeeze(`${f.severity} ${f.ruleId} ${f.messages['en'] ?? f.message}`))
        .sort();
      await page.goto(`/curricula/${id}`);
      await page.getByTestId('finding-counts').waitFor();
      const counts = `${fromApi.filter((f) => f.startsWith('error')).length} errors`;
      await page.getByTestId('finding-counts').filter({ hasText: counts }).waitFor();
      const inBrowser = await page.locator('section.findings li').evaluateAll((items) =>
        items.map((li) => {
          const button = li.querySelector('button')?.cloneNode(true) as HTMLElement;
          const rule = button.querySelector('.rule')?.textContent?.trim() ?? '';
          button.querySelector('.rule')?.remove();
          button.querySelector('.severity')?.remove();
          return `${li.getAttribute('data-severity')} ${rule} ${button.textContent ?? ''}`;
        }),
      );
      inBrowser.forEach((text, i) => (inBrowser[i] = squeeze(text)));
      expect([id, inBrowser.sort()]).toEqual([id, fromApi]);
      compared += fromApi.length;
    }
    // Not a comparison of empty lists: the generated curricula break several rules.
    expect(compared).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
