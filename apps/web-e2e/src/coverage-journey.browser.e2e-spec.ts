import type { CoverageInventory, Curriculum, ReviewComment } from '@curriculum-builder/curriculum';
import type { Browser, Page } from 'playwright-core';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { launchChromium, saveScreenshot, seriousViolations, watchedPage } from './support/browser';
import { addSkill } from './support/editor';
import {
  apiCall,
  apiToken,
  demoCurriculumId,
  DEMO,
  DEMO_PASSWORD,
  signIn,
} from './support/session';
import { uiText, UiText } from './support/ui-messages';

const CNC = 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120';

/**
 * Issue #20's journey, in English: the teacher picks the target occupation from ESCO, opens the
 * skills coverage report, closes a gap by accepting a suggestion while writing an outcome and sees
 * it closed; the industry reviewer comments on a gap that is left.
 */
describe('skills coverage against ESCO in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let ui: UiText;
  let teacher: string;
  let id: string;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    ui = await uiText('en');
    // Set-up: the school reopens its published CNC curriculum (a draft) without a target occupation.
    teacher = await apiToken(server.url, DEMO.teacher);
    id = await demoCurriculumId(server.url, teacher);
    await apiCall(server.url, teacher, 'POST', `/curricula/${id}/reopen`, {});
    const tree = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    await apiCall(server.url, teacher, 'PATCH', `/curricula/${id}`, {
      version: tree.version,
      occupation: null,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  /** The coverage page's figure of essential skills covered, once it shows `covered`. */
  const essential = async (page: Page, covered: number, total: number) => {
    const percent = ((covered / total) * 100).toFixed(1).replace(/\.0$/, '');
    const figure = page.getByTestId('coverage-essential');
    await figure
      .filter({ hasText: ui.t('coverage.covered', { covered, total, percent }) })
      .waitFor();
  };
  const gap = (page: Page, label: string) => page.locator('.gaps li').filter({ hasText: label });
  const saved = async (page: Page) => {
    await page.keyboard.press('Control+s');
    await page
      .getByRole('status')
      .filter({ hasText: ui.t('editor.save.saved') })
      .waitFor();
  };

  it('picks the occupation, closes a gap with a suggestion, and the reviewer comments on another', async () => {
    const { page, problems } = await watchedPage(browser, server.url, undefined, 'en-GB');
    await signIn(page, DEMO.teacher, DEMO_PASSWORD, ui);
    await page.goto(`/curricula/${id}`);

    // The target occupation from the catalogue, found by an alternative label.
    await page.getByRole('tab', { name: ui.t('editor.tab.curriculum') }).click();
    const occupation = page.getByRole('combobox', { name: ui.t('editor.field.occupation') });
    await occupation.fill('CNC machinist');
    await page
      .getByRole('option', { name: /computer numerical control machine operator/ })
      .waitFor();
    await occupation.press('Enter');
    await page.getByRole('link', { name: 'computer numerical control machine operator' }).waitFor();
    // ESCO's attribution beside its label.
    await page
      .getByText(ui.t('coverage.source', { source: 'ESCO v1.1.1, © European Union' }))
      .first()
      .waitFor();
    await saved(page);

    // The report: 17 of the 19 essential skills, two gaps.
    await page.getByRole('link', { name: ui.t('coverage.open') }).click();
    await essential(page, 17, 19);
    await gap(page, 'remove processed workpiece').waitFor();
    await gap(page, 'use automatic programming').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'coverage-report-en');

    // Back in the editor: a new outcome of ZM-12, and the suggestion that closes the first gap.
    await page.getByRole('link', { name: ui.t('coverage.back') }).click();
    await page.getByRole('tab', { name: ui.t('editor.tab.units') }).click();
    await page.getByRole('button', { name: /ZM-12/ }).first().click();
    await addSkill(
      page,
      'Removes the processed workpiece from the machine, deburrs it and puts it down safely.',
      ui.t('editor.add'),
    );
    const suggestion = page.getByRole('button', {
      name: ui.t('esco.suggestions.accept', { skill: 'remove processed workpiece' }),
    });
    await suggestion.first().click();
    await saved(page);
    await page.getByRole('link', { name: ui.t('coverage.open') }).click();
    await essential(page, 18, 19);
    expect(await gap(page, 'remove processed workpiece').count()).toBe(0);
    expect(problems).toEqual([]);

    // The reviewer of the association comments on the gap that is left, beside the outcomes. The
    // new outcome was written in the content language shown (German); English is required too.
    const draft = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    const unit = draft.units.find((u) => u.code === 'ZM-12');
    const added = unit?.outcomes.at(-1);
    if (unit === undefined || added === undefined) throw new Error('the new outcome is missing');
    expect(added.escoSkills.map((s) => s.label['en'])).toEqual(['remove processed workpiece']);
    await apiCall(
      server.url,
      teacher,
      'PATCH',
      `/curricula/${id}/units/${unit.id}/outcomes/${added.id}`,
      {
        version: added.version,
        text: { ...added.text, en: Object.values(added.text)[0] },
      },
    );
    const submitted = await apiCall<Curriculum>(
      server.url,
      teacher,
      'POST',
      `/curricula/${id}/submit`,
      {},
    );
    expect(submitted.status).toBe('in-review');
    const reviewer = await watchedPage(browser, server.url, undefined, 'en-GB');
    await signIn(reviewer.page, DEMO.reviewer, DEMO_PASSWORD, ui);
    await reviewer.page.goto(`/review/${id}`);
    await reviewer.page.getByText(ui.t('coverage.open')).click();
    await reviewer.page
      .getByRole('button', {
        name: ui.t('coverage.commentOn', { skill: 'use automatic programming' }),
      })
      .click();
    await reviewer.page
      .getByLabel(ui.t('coverage.commentText'))
      .fill('Generating programs from CAD data belongs in the Industry 4.0 add-on ZM-I40-2.');
    await reviewer.page.getByRole('button', { name: ui.t('coverage.send') }).click();
    await gap(reviewer.page, 'use automatic programming')
      .getByText('Generating programs from CAD data')
      .waitFor();
    expect(await seriousViolations(reviewer.page)).toEqual([]);
    await saveScreenshot(reviewer.page, 'reviewer-coverage-en');
    expect(reviewer.problems).toEqual([]);

    const threads = await apiCall<ReviewComment[]>(
      server.url,
      teacher,
      'GET',
      `/curricula/${id}/reviews`,
    );
    expect(threads.filter((t) => t.targetType === 'esco-skill')).toHaveLength(1);
    const tree = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    expect(tree.occupation?.uri).toBe(CNC);
  });

  it("shows the network's inventory of the published curricula against an occupation", async () => {
    const { page, problems } = await watchedPage(browser, server.url, undefined, 'en-GB');
    await signIn(page, DEMO.teacher, DEMO_PASSWORD, ui);
    await page.getByRole('link', { name: ui.t('nav.myCurricula') }).click();
    await page.getByRole('link', { name: ui.t('inventory.link') }).click();
    await page.getByRole('heading', { level: 1, name: ui.t('inventory.title') }).waitFor();
    const occupation = page.getByRole('combobox', { name: ui.t('inventory.occupations') });
    await occupation.fill('computer numerical control');
    await page
      .getByRole('option', { name: /computer numerical control machine operator/ })
      .waitFor();
    await occupation.press('Enter');
    await page.getByRole('button', { name: ui.t('inventory.run') }).click();

    // The same figures as the API's inventory of the school's network.
    const me = await apiCall<{ user: { institutionId: string } }>(
      server.url,
      teacher,
      'GET',
      '/auth/session',
    );
    const inventory = await apiCall<CoverageInventory>(
      server.url,
      teacher,
      'GET',
      `/coverage?partnership=${me.user.institutionId}&occupations=${encodeURIComponent(CNC)}`,
    );
    const [cnc] = inventory.occupations;
    expect(inventory.curricula.map((c) => c.code)).toContain('ZM-CNC-2018');
    await page
      .getByTestId('inventory-essential')
      .filter({
        hasText: ui.t('coverage.covered', {
          covered: cnc.essential.covered,
          total: cnc.essential.total,
          percent: String(cnc.essential.percent),
        }),
      })
      .waitFor();
    for (const gap of cnc.gaps) {
      const row = page.getByRole('row').filter({ has: page.locator(`a[href="${gap}"]`) });
      await row.getByText(ui.t('inventory.gap')).waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'inventory-en');
    expect(problems).toEqual([]);
  });
});
