import type {
  Curriculum,
  CurriculumSummary,
  Page as CataloguePage,
} from '@curriculum-builder/curriculum';
import type { Browser } from 'playwright-core';
import { launchChromium, saveScreenshot, watchedPage, seriousViolations } from './support/browser';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
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

/**
 * The teacher's journey runs in Latvian: a browser set to `lv-LV` gets the Latvian interface on its
 * first visit, and every button and message is found by its Latvian name from the app's catalogue.
 */
describe('teacher journeys in Chromium, in Latvian', () => {
  let server: RunningServer;
  let browser: Browser;
  let ui: UiText;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    ui = await uiText('lv');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  it('creates a curriculum with units, outcomes and a WBL period, fixes the findings and submits it', async () => {
    const { page, problems } = await watchedPage(browser, server.url, undefined, 'lv-LV');
    await signIn(page, DEMO.teacher, DEMO_PASSWORD, ui);
    await page.getByRole('heading', { level: 1, name: ui.t('dashboard.title') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('lv');
    expect(await page.locator('header select').inputValue()).toBe('lv');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'teacher-dashboard-lv');

    // A new draft from the dashboard.
    await page.locator('#new-code').fill('MECH-GL');
    await page.locator('#new-title').fill('Mechatronik Grundlagen');
    await page.locator('#new-duration').fill('12');
    await page.getByRole('button', { name: ui.t('dashboard.create') }).click();
    await page.getByRole('heading', { level: 1, name: 'Mechatronik Grundlagen' }).waitFor();
    await page
      .getByTestId('finding-counts')
      .filter({ hasNotText: ui.pattern('editor.findingCounts', { errors: 0 }) })
      .waitFor();

    // Two units of 30 points, each with outcomes and assessment criteria.
    for (const [code, title, outcome] of [
      [
        'MG-1',
        'Pneumatik und Steuerungstechnik',
        'baut pneumatische Schaltungen nach Schaltplan auf',
      ],
      ['MG-2', 'Elektrische Grundlagen', 'misst Spannung, Strom und Widerstand sicher'],
    ]) {
      await page.locator('#new-unit-code').fill(code);
      await page.locator('#new-unit-title').fill(title);
      await page.locator('#new-unit-points').fill('30');
      await page
        .getByRole('button', { name: ui.t('editor.addUnit') })
        .last()
        .click();
      await page
        .getByRole('button', { name: new RegExp(code) })
        .first()
        .waitFor();
      await addSkill(page, outcome, ui.t('editor.add'));
      await page.locator('textarea[id$="-outcomes-0-text"]').waitFor();
      const criteria = page.locator('textarea[id$="-assessment"]');
      await criteria.fill(
        `Aufgabe ${code} vollständig und fehlerfrei ausgeführt; Maße und Messwerte dokumentiert.`,
      );
      await page.keyboard.press('Control+s');
      await page
        .getByRole('status')
        .filter({ hasText: ui.t('editor.save.saved') })
        .waitFor();
    }
    // An ESCO skill link on the second unit, from the catalogue: a made-up address is refused,
    // words find the skill, Enter takes the first of the list.
    const unitSkills = page.locator(
      'input[role="combobox"][id^="f-units-"][id$="-escoSkills"]:not([id*="-outcomes-"])',
    );
    await unitSkills.fill('http://example.com/skill/cnc');
    await unitSkills.press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: ui.t('esco.picker.invalidUri') })
      .waitFor();
    await unitSkills.fill('program a CNC');
    await page.getByRole('option', { name: /program a CNC controller/ }).waitFor();
    await unitSkills.press('Enter');
    await page.getByRole('link', { name: 'program a CNC controller' }).first().waitFor();
    await page.keyboard.press('Control+s');
    await page
      .getByRole('status')
      .filter({ hasText: ui.t('editor.save.saved') })
      .waitFor();
    await saveScreenshot(page, 'teacher-editor-lv');

    // A company placement covering the first unit.
    await page.getByRole('tab', { name: ui.t('editor.tab.wbl') }).click();
    await page.locator('#new-period-title').fill('Betriebliche Phase: Instandhaltung');
    await page.getByRole('checkbox', { name: 'MG-1' }).check();
    await page
      .getByRole('button', { name: ui.t('editor.addPeriod') })
      .last()
      .click();
    await page.getByText('Betriebliche Phase: Instandhaltung').first().waitFor();

    // No errors left (translations into English are warnings only): submit.
    await page
      .getByTestId('finding-counts')
      .filter({ hasText: ui.pattern('editor.findingCounts', { errors: 0 }) })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ui.t('editor.submit') }).click();
    await page
      .getByTestId('status')
      .filter({ hasText: ui.t('status.in-review') })
      .waitFor();
    await saveScreenshot(page, 'teacher-submitted-lv');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('reopens the published curriculum, accepts a reviewer suggestion beside the outcome and publishes', async () => {
    const teacher = await apiToken(server.url, DEMO.teacher);
    const reviewer = await apiToken(server.url, DEMO.reviewer);
    const list = await apiCall<CataloguePage<CurriculumSummary>>(
      server.url,
      teacher,
      'GET',
      '/curricula',
    );
    const cnc = list.items.find((c) => c.code === 'ZM-CNC-2018');
    if (!cnc) throw new Error('demo curriculum missing');

    // The published curriculum is read only until the teacher reopens it (after a confirmation).
    const { page, problems } = await watchedPage(browser, server.url, undefined, 'lv-LV');
    await signIn(page, DEMO.teacher, DEMO_PASSWORD, ui);
    await page.goto(`/curricula/${cnc.id}`);
    await page
      .getByTestId('status')
      .filter({ hasText: ui.t('status.published') })
      .waitFor();
    await page.getByRole('button', { name: ui.t('editor.reopen.ask') }).click();
    await page
      .getByRole('group', { name: ui.t('editor.reopen.confirm', { code: 'ZM-CNC-2018' }) })
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: ui.t('editor.reopen.yes') }).click();
    await page
      .getByTestId('status')
      .filter({ hasText: ui.t('status.draft') })
      .waitFor();
    await page.getByText(ui.t('editor.reopened')).waitFor();

    // Set-up through the API: the CNC curriculum goes to review, the reviewer suggests and approves.
    const tree = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${cnc.id}`);
    await apiCall(server.url, teacher, 'PATCH', `/curricula/${cnc.id}`, {
      version: tree.version,
      nqfLevel: 4,
    });
    await apiCall(server.url, teacher, 'POST', `/curricula/${cnc.id}/submit`, {});
    const outcome = tree.units[0].outcomes[0];
    const proposed = { ...outcome.text, de: `${outcome.text['de']} (gemäß DGUV Vorschrift 1)` };
    await apiCall(server.url, reviewer, 'POST', `/curricula/${cnc.id}/reviews`, {
      targetType: 'outcome',
      targetId: outcome.id,
      verdict: 'suggest-change',
      text: 'Bitte die Unfallverhütungsvorschrift nennen.',
      proposedText: proposed,
    });
    await apiCall(server.url, reviewer, 'POST', `/curricula/${cnc.id}/approve`);

    await page.goto(`/curricula/${cnc.id}`);
    await page
      .getByTestId('status')
      .filter({ hasText: ui.t('status.approved') })
      .waitFor();
    await page
      .getByTestId('review-thread')
      .getByText('Bitte die Unfallverhütungsvorschrift nennen.')
      .waitFor();
    await saveScreenshot(page, 'teacher-suggestion-lv');
    await page.getByRole('button', { name: ui.t('editor.accept') }).click();
    await page.getByText(ui.t('review.thread.accepted')).waitFor();
    await page.getByRole('button', { name: ui.t('editor.publish'), exact: true }).click();
    await page
      .getByTestId('status')
      .filter({ hasText: ui.t('status.published') })
      .waitFor();
    expect(problems).toEqual([]);

    const published = await apiCall<Curriculum>(
      server.url,
      await apiToken(server.url, DEMO.learner),
      'GET',
      `/curricula/${cnc.id}`,
    );
    expect(published.publishedVersion).toBe(2);
    expect(published.units[0].outcomes[0].text['de']).toBe(proposed.de);
    // Its translations were made from the German text before: the version says they need review.
    expect(
      published.staleTranslations?.filter((s) => s.key === `outcome.${outcome.id}.text`),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ language: 'en', translatedFrom: outcome.text['de'] }),
      ]),
    );
    await page.context().close();
  });

  it('sees translations flagged after their German source changed and reviews them side by side', async () => {
    const teacher = await apiToken(server.url, DEMO.teacher);
    const id = await demoCurriculumId(server.url, teacher, 'ZM-TZ-2018');
    const tree = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    const unit = tree.units.find((u) => u.outcomes.some((o) => (o.text['lv'] ?? '') !== ''));
    const outcome = unit?.outcomes.find((o) => (o.text['lv'] ?? '') !== '');
    if (!unit || !outcome) throw new Error('the part-time demo has no Latvian outcome');
    // The German source changes (through the API: the editor's part is another journey's).
    await apiCall(
      server.url,
      teacher,
      'PATCH',
      `/curricula/${id}/units/${unit.id}/outcomes/${outcome.id}`,
      {
        version: outcome.version,
        text: { ...outcome.text, de: `${outcome.text['de']} und dokumentiert das Ergebnis` },
      },
    );

    const { page, problems } = await watchedPage(browser, server.url, undefined, 'lv-LV');
    await signIn(page, DEMO.teacher, DEMO_PASSWORD, ui);
    // The dashboard shows the Latvian translation's progress with one text to review.
    await page.goto('/curricula');
    await page
      .locator(`[data-testid=translation-progress] a[data-language=lv][data-stale="1"]`)
      .waitFor();
    // The editor says so and leads to the translation view.
    await page.goto(`/curricula/${id}`);
    const notice = page.getByTestId('stale-translations');
    await notice.waitFor();
    await notice.getByRole('link', { name: ui.t('translations.review') }).click();
    await page.getByRole('heading', { level: 1, name: ui.t('translations.title') }).waitFor();
    await page.getByLabel(ui.t('translations.show')).selectOption('stale');
    const row = page.locator(`li[data-key="outcome.${outcome.id}.text"]`);
    await row.getByText(ui.t('translations.state.stale')).waitFor();
    // The source as it is now beside the Latvian text, and the German it was translated from.
    await row.locator('.source-text', { hasText: 'und dokumentiert das Ergebnis' }).waitFor();
    await row.getByRole('deletion').filter({ hasText: outcome.text['de'] }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'teacher-translations-lv');
    // Reviewed: the Latvian text still fits the new source, so Ctrl+Enter confirms it as it is.
    await row.getByRole('textbox').focus();
    await page.keyboard.press('Control+Enter');
    await row.getByText(ui.t('translations.saved')).waitFor();
    await row.getByText(ui.t('translations.state.current')).waitFor();
    const after = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    const stillStale = (after.staleTranslations ?? []).filter((x) => x.key.includes(outcome.id));
    expect(stillStale.map((x) => x.language)).not.toContain('lv');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
