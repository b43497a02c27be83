import type {
  Curriculum,
  CurriculumSummary,
  Page as ResultPage,
  ReviewComment,
} from '@curriculum-builder/curriculum';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, saveScreenshot, watchedPage, seriousViolations } from './support/browser';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { DEMO, DEMO_PASSWORD, apiCall, apiToken, signIn } from './support/session';
import { uiText, UiText } from './support/ui-messages';

const REWORDING =
  'Liest technische Zeichnungen und Stücklisten und leitet daraus die Arbeitsschritte ab.';

/** Waits until the element with this id has the focus (focus moves after Angular renders). */
async function focusOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction((wanted) => document.activeElement?.id === wanted, id);
}

/**
 * The industry reviewer's journey runs in Lithuanian: a browser set to `lt-LT` gets the Lithuanian
 * interface on its first visit, and every control is found by its Lithuanian name.
 */
describe('industry reviewer journey in Chromium, in Lithuanian', () => {
  let server: RunningServer;
  let browser: Browser;
  let teacher: string;
  let curriculumId: string;
  let total: number;
  let ui: UiText;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    ui = await uiText('lt');
    // Set-up, not part of the journey: the school reopens its published CNC curriculum (a new
    // draft), edits it and submits it to the associations it works with.
    teacher = await apiToken(server.url, DEMO.teacher);
    const list = await apiCall<ResultPage<CurriculumSummary>>(
      server.url,
      teacher,
      'GET',
      '/curricula?pageSize=100',
    );
    const cnc = list.items.find((c) => c.code === 'ZM-CNC-2018');
    if (cnc === undefined) throw new Error('the demo CNC curriculum is missing');
    curriculumId = cnc.id;
    await apiCall(server.url, teacher, 'POST', `/curricula/${cnc.id}/reopen`, {});
    const tree = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${cnc.id}`);
    await apiCall(server.url, teacher, 'PATCH', `/curricula/${cnc.id}`, {
      version: tree.version,
      eqfLevel: 4,
    });
    total = tree.units.flatMap((unit) => unit.outcomes).length;
    const submitted = await apiCall<Curriculum>(
      server.url,
      teacher,
      'POST',
      `/curricula/${cnc.id}/submit`,
      {},
    );
    expect(submitted.status).toBe('in-review');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  it('reviews outcome by outcome from the keyboard, suggests a rewording and approves', async () => {
    const { page, problems } = await watchedPage(browser, server.url, undefined, 'lt-LT');

    // The queue: the reviewer lands there after signing in.
    await signIn(page, DEMO.reviewer, DEMO_PASSWORD, ui);
    await page.getByRole('heading', { level: 1, name: ui.t('review.queue.title') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('lt');
    const row = page.getByRole('row', { name: /ZM-CNC-2018/ });
    await row
      .getByTestId('open-comments')
      .filter({ hasText: /^\s*0\s*$/ })
      .waitFor();
    expect(await row.textContent()).toContain(ui.t('status.in-review'));
    await saveScreenshot(page, 'reviewer-queue-lt');
    expect(await seriousViolations(page)).toEqual([]);

    // The workspace starts at the first outcome, with the progress of this reviewer.
    await row.getByRole('link').first().click();
    const progress = page.getByTestId('review-progress');
    await progress.filter({ hasText: ui.t('review.progress.text', { done: 0, total }) }).waitFor();
    expect(total).toBeGreaterThan(50);
    const outcomeHeading = page.locator('#review-outcome-heading');
    expect((await outcomeHeading.textContent())?.trim()).toBe(
      ui.t('review.outcome.heading', { n: 1, total }),
    );

    // j moves on (focus on the outcome's heading, a live region says where), k moves back.
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowRight');
    await page
      .getByRole('heading', { level: 3, name: ui.t('review.outcome.heading', { n: 3, total }) })
      .waitFor();
    await focusOn(page, 'review-outcome-heading');
    await page
      .getByTestId('announcer')
      .filter({ hasText: ui.pattern('review.announce.outcome', { n: 3, total }) })
      .waitFor({ state: 'attached' });

    // s chooses "suggest change" and prefills the proposals; c goes to the comment.
    await page.keyboard.press('s');
    await page
      .getByRole('radio', { name: ui.t('review.verdict.suggest-change'), checked: true })
      .waitFor();
    const german = page.getByRole('textbox', { name: 'Deutsch' });
    await german.waitFor();
    expect((await german.inputValue()).length).toBeGreaterThan(10);
    await page.keyboard.press('c');
    await focusOn(page, 'review-outcome-text');
    await page.keyboard.type('Bitte die Stücklisten ausdrücklich nennen.');
    await german.fill(REWORDING);
    await page.getByLabel(ui.t('content.language')).selectOption('de');
    expect(await seriousViolations(page)).toEqual([]);
    await german.press('Control+Enter');
    await progress.filter({ hasText: ui.t('review.progress.text', { done: 1, total }) }).waitFor();
    const thread = page.getByTestId('review-thread');
    await thread.filter({ hasText: REWORDING }).waitFor();
    await focusOn(page, 'review-outcome-heading');
    await saveScreenshot(page, 'reviewer-workspace-lt');

    // Agreeing with the next outcome takes three keys.
    await page.keyboard.press('j');
    await page
      .getByRole('heading', { level: 3, name: ui.t('review.outcome.heading', { n: 4, total }) })
      .waitFor();
    await page.keyboard.press('a');
    await page.keyboard.press('Control+Enter');
    await progress.filter({ hasText: ui.t('review.progress.text', { done: 2, total }) }).waitFor();
    const outline = page.getByRole('navigation', { name: ui.t('review.outline.label') });
    expect(
      await outline
        .getByRole('button', { name: ui.t('review.outline.commented') })
        .allTextContents(),
    ).toHaveLength(2);
    expect(await outline.locator('[aria-current="step"]').textContent()).toContain(
      ui.t('review.outline.outcome', { n: 4 }),
    );

    // The decision, after a confirmation.
    await page.getByRole('button', { name: ui.t('review.decision.approve'), exact: true }).click();
    await page
      .getByRole('group', { name: ui.t('review.decision.confirmApprove', { code: 'ZM-CNC-2018' }) })
      .waitFor();
    await page.getByRole('button', { name: ui.t('review.decision.yesApprove') }).click();
    await page
      .getByTestId('curriculum-status')
      .filter({ hasText: ui.t('review.decision.status', { status: ui.t('status.approved') }) })
      .waitFor();
    expect(await page.getByRole('button', { name: ui.t('review.form.save') }).count()).toBe(0);
    await saveScreenshot(page, 'reviewer-approved-lt');
    await page.setViewportSize({ width: 820, height: 1180 });
    await saveScreenshot(page, 'reviewer-workspace-tablet-lt');
    expect(problems).toEqual([]);
    await page.context().close();

    // What the school sees through the API.
    const comments = await apiCall<ReviewComment[]>(
      server.url,
      teacher,
      'GET',
      `/curricula/${curriculumId}/reviews`,
    );
    const suggestion = comments.find((c) => c.verdict === 'suggest-change');
    expect(suggestion).toMatchObject({
      targetType: 'outcome',
      text: 'Bitte die Stücklisten ausdrücklich nennen.',
      proposedText: { de: REWORDING },
      authorEmail: DEMO.reviewer,
    });
    expect(comments.map((c) => c.verdict).sort()).toEqual(['agree', 'suggest-change']);
    const after = await apiCall<Curriculum>(
      server.url,
      teacher,
      'GET',
      `/curricula/${curriculumId}`,
    );
    expect(after.status).toBe('approved');
    const third = after.units.flatMap((u) => u.outcomes)[2];
    expect(suggestion?.targetId).toBe(third.id);
  });
});
