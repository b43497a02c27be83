import type { Curriculum, ReviewComment } from '@curriculum-builder/curriculum';
import type { Browser, Page } from 'playwright-core';
import {
  RunningServer,
  startProductionServer,
  validateElm,
} from '@curriculum-builder/product-process';
import {
  launchChromium,
  saveScreenshot,
  seriousViolations,
  StorageState,
  watchedPage,
} from './support/browser';
import { addSkill } from './support/editor';
import {
  apiCall,
  apiToken,
  DEMO,
  DEMO_PASSWORD,
  demoCurriculumId,
  signIn,
} from './support/session';

/*
 * The editor as a school uses it all day (issue 14): nothing typed is lost, a refused field does
 * not hold up the others, and a whole curriculum with its work-based learning plan is made in the
 * browser alone, down to an ELM export that passes the official SHACL shapes.
 */
describe('the editor a school can work in every day (Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  /** The teacher signed in once, through the login page (the login limits count every attempt). */
  let asTeacher: StorageState;
  let teacher: string;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    const { page } = await watchedPage(browser, server.url);
    await signIn(page, DEMO.teacher);
    asTeacher = await page.context().storageState();
    await page.context().close();
    teacher = await apiToken(server.url, DEMO.teacher);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  /** Where the editor of a new draft made on the dashboard opened. */
  async function newDraft(page: Page, code: string, title: string): Promise<string> {
    await page.goto('/curricula');
    await page.locator('#new-code').fill(code);
    await page.locator('#new-title').fill(title);
    await page.locator('#new-duration').fill('24');
    await page.getByRole('button', { name: 'New curriculum' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    return /\/curricula\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
  }

  /** The value `read` gives once it equals `expected` (or the last one after 10 s). */
  async function eventually<T>(read: () => Promise<T>, expected: T): Promise<T> {
    let value = await read();
    for (let i = 0; i < 100 && JSON.stringify(value) !== JSON.stringify(expected); i++) {
      await new Promise((done) => setTimeout(done, 100));
      value = await read();
    }
    return value;
  }

  /** A new draft of the school: a copy of the demo's published CNC curriculum. */
  async function copyOfCnc(): Promise<string> {
    const cnc = await demoCurriculumId(server.url, teacher);
    const copy = await apiCall<{ id: string }>(
      server.url,
      teacher,
      'POST',
      `/curricula/${cnc}/duplicate`,
      {},
    );
    return copy.id;
  }

  /** Opens an editor tab and waits until it is drawn (a field typed into earlier would land in the old one). */
  async function openTab(page: Page, name: string): Promise<void> {
    await page.getByRole('tab', { name }).click();
    await page.getByRole('tab', { name, selected: true }).waitFor();
  }

  const saved = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();

  it('keeps typed text across a reload, saves by itself and marks a refused field without blocking the others', async () => {
    const { page, problems } = await watchedPage(browser, server.url, asTeacher);
    const id = await newDraft(page, 'KEEP-1', 'Instandhaltung 4.0');
    // The dashboard asked for the total: 24 months of full-time learning make 120 points.
    const created = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    expect(created.ecvetPoints).toBe(120);

    // Saved by itself, without Save or Ctrl+S.
    await openTab(page, 'Qualification');
    await page
      .getByLabel('Description (de)')
      .fill('Wartung und Instandhaltung vernetzter Anlagen.');
    await saved(page);
    await page.reload();
    await openTab(page, 'Qualification');
    await expect(page.getByLabel('Description (de)').inputValue()).resolves.toBe(
      'Wartung und Instandhaltung vernetzter Anlagen.',
    );

    // The server is out of reach while the teacher types: the browser asks before a reload, and
    // after it the text is back from the browser's draft and then saved.
    await page.route('**/api/v1/curricula/*', (route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.fallback(),
    );
    await page.getByLabel('Description (de)').fill('Getippt, als das Netz weg war: Schmierplan.');
    await page.getByRole('alert').filter({ hasText: 'No connection to the server' }).waitFor();
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.unroute('**/api/v1/curricula/*');
    await page.reload();
    expect(dialogs).toEqual(['beforeunload']);
    await page.getByTestId('restored').waitFor();
    await saved(page);
    const afterReload = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    expect(afterReload.description['de']).toBe('Getippt, als das Netz weg war: Schmierplan.');

    // A title of 309 characters is refused at its field, in words; the points next to it save.
    await openTab(page, 'Qualification');
    const title = page.getByLabel('Title (de)');
    await title.fill('T'.repeat(309));
    await page.getByLabel('ECVET points').fill('125');
    await page.getByText('Use at most 300 characters.').waitFor();
    await expect(title.getAttribute('aria-invalid')).resolves.toBe('true');
    await page
      .getByRole('status')
      .filter({ hasText: 'Not saved: see the marked fields' })
      .waitFor();
    const points = async () =>
      (await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`)).ecvetPoints;
    expect(await eventually(points, 125)).toBe(125);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'editor-refused-field');
    await title.fill('Instandhaltung 4.0 (verkürzt)');
    await saved(page);
    await page.getByLabel('ECVET points').fill('120');
    await saved(page);
    // The one failure is the request this test cut off.
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.context().close();
  });

  it('sends the teacher to sign in when the session ends, and back to the editor with the text', async () => {
    const { page, problems } = await watchedPage(browser, server.url, asTeacher);
    const id = await newDraft(page, 'SESSION-1', 'Hydraulik');
    await openTab(page, 'Qualification');
    // The session ends (expired, or signed out in another tab) while the teacher writes.
    await page.context().clearCookies();
    await page.getByLabel('Description (de)').fill('Geschrieben, als die Sitzung ablief.');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe(`/curricula/${id}`);
    await page.getByLabel('E-mail').fill(DEMO.teacher);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('restored').waitFor();
    await saved(page);
    const stored = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    expect(stored.description['de']).toBe('Geschrieben, als die Sitzung ablief.');
    // The one failure is the write the ended session refused.
    expect(problems.filter((p) => !/401|Unauthorized/.test(p))).toEqual([]);
    await page.context().close();
  });

  it("lets the teacher answer and resolve a reviewer's unit comment, and the reviewer approve only with a reason while disagreeing", async () => {
    const reviewer = await apiToken(server.url, DEMO.reviewer);
    const id = await copyOfCnc();
    const copy = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    await apiCall(server.url, teacher, 'POST', `/curricula/${id}/submit`, {});
    const [first, second] = copy.units;
    for (const [unit, text] of [
      [first, 'Die Sicherheitsunterweisung fehlt im ersten Lehrjahr.'],
      [second, 'Werkstoffprüfung ist zu knapp bemessen.'],
    ] as const) {
      await apiCall(server.url, reviewer, 'POST', `/curricula/${id}/reviews`, {
        targetType: 'unit',
        targetId: unit.id,
        verdict: 'disagree',
        text,
      });
    }
    await apiCall(server.url, reviewer, 'POST', `/curricula/${id}/request-changes`, {});

    // The teacher sees what to fix, goes to the unit, answers and resolves the thread there.
    // The teacher is told in the header, and goes from the notification to the editor.
    const { page, problems } = await watchedPage(browser, server.url, asTeacher);
    await page.goto('/curricula');
    // Two: the review's, and the demo's new version of a unit adopted from the shared library.
    await page.getByRole('link', { name: 'Notifications, 2 unread' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Review finished: changes requested/ }).click();
    const toFix = page.getByRole('region', { name: 'Changes requested: what to fix (2)' });
    await toFix.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/curricula/${id}`);
    await page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();
    await toFix.getByRole('button', { name: new RegExp(first.code) }).click();
    const thread = page
      .getByRole('region', { name: `Review comments on ${first.code}` })
      .getByTestId('review-thread');
    await thread.getByText('Die Sicherheitsunterweisung fehlt im ersten Lehrjahr.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await thread.getByRole('button', { name: 'Reply' }).click();
    await thread.getByLabel('Your reply').fill('Ergänzt: Unterweisung nach DGUV Vorschrift 1.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.getByText('Ergänzt: Unterweisung nach DGUV Vorschrift 1.').waitFor();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await thread.getByText('Resolved').waitFor();
    await page.getByRole('region', { name: 'Changes requested: what to fix (1)' }).waitFor();
    await saveScreenshot(page, 'editor-review-thread');
    const threads = await apiCall<ReviewComment[]>(
      server.url,
      teacher,
      'GET',
      `/curricula/${id}/reviews`,
    );
    const answered = threads.find((t) => t.targetId === first.id);
    expect(answered?.status).toBe('resolved');
    expect(answered?.replies.map((r) => r.text)).toEqual([
      'Ergänzt: Unterweisung nach DGUV Vorschrift 1.',
    ]);
    await apiCall(server.url, teacher, 'POST', `/curricula/${id}/submit`, {});
    expect(problems).toEqual([]);
    await page.context().close();

    // One disagreement is still open: the reviewer approves only with a reason.
    const review = await watchedPage(browser, server.url);
    await signIn(review.page, DEMO.reviewer);
    await review.page.goto(`/review/${id}`);
    await review.page.getByRole('button', { name: 'Approve' }).click();
    await review.page
      .getByLabel(/Your association disagrees in 1 open thread\./)
      .fill('Im Gespräch mit der Kammer geklärt.');
    await review.page.getByRole('button', { name: 'Yes, approve' }).click();
    await review.page.getByTestId('curriculum-status').filter({ hasText: 'Approved' }).waitFor();
    expect(review.problems).toEqual([]);
    await review.page.context().close();
  });

  it('builds a whole curriculum with its work-based learning plan in the browser, and exports it to ELM', async () => {
    const { page, problems } = await watchedPage(browser, server.url, asTeacher);
    const id = await newDraft(page, 'WEB-ONLY', 'Smarte Instandhaltung');

    // What ELM needs of the qualification, with the rules' help beside the fields.
    await openTab(page, 'Qualification');
    await page.getByLabel('National qualification level (NQF)').fill('4');
    await page.getByLabel('ISCED-F field of education').fill('0715');
    await page.getByText('needed for the Europass ELM export').first().waitFor();
    await saved(page);
    // The programme's rules are fields too: an elective group, and a threshold of the checks.
    await page.getByRole('button', { name: 'Add elective group' }).click();
    await page.locator('#group-title-0').fill('Wahlpflicht Instandhaltung');
    await page.locator('#group-points-0').fill('10');
    // "Choose 2 of its units" (ADR 0015).
    await page.getByLabel('How units are chosen').selectOption('units');
    await page.getByLabel('Units to choose').fill('2');
    await page.getByLabel('Minimum share of work-based learning (%)').fill('10');
    await saved(page);
    const withGroup = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    expect(withGroup.electiveGroups).toEqual([
      {
        code: 'WP1',
        title: { de: 'Wahlpflicht Instandhaltung' },
        pointsRequired: 10,
        rule: 'units',
        unitsRequired: 2,
      },
    ]);
    expect(withGroup.thresholds.minWblShare).toBe(0.1);
    await page.getByRole('button', { name: 'Remove group WP1' }).click();
    await saved(page);

    // Two units of 60 points with criteria asked for when they are added, and an outcome each.
    await openTab(page, 'Units and outcomes');
    for (const [code, year, outcome] of [
      ['SI-1', '1', 'wartet Pneumatikzylinder nach Wartungsplan'],
      ['SI-2', '2', 'wertet Zustandsdaten einer Anlage aus'],
    ]) {
      await page.locator('#new-unit-code').fill(code);
      await page.locator('#new-unit-title').fill(`Einheit ${code}`);
      await page.locator('#new-unit-year').fill(year);
      await page.locator('#new-unit-points').fill('60');
      await page.locator('#new-unit-criteria').fill(`Arbeitsprobe ${code} fachgerecht ausgeführt.`);
      await page.getByRole('button', { name: 'Add unit' }).last().click();
      await page
        .getByRole('button', { name: new RegExp(code) })
        .first()
        .waitFor();
      await addSkill(page, outcome);
      await page.locator('textarea[id$="-outcomes-0-text"]').waitFor();
    }
    // A second outcome of SI-2, then moved above the first with the keyboard.
    await addSkill(page, 'dokumentiert Störungen im Instandhaltungssystem');
    await page.locator('textarea[id$="-outcomes-1-text"]').waitFor();
    const moveUp = page.getByRole('button', { name: 'Move this outcome up' }).nth(1);
    await moveUp.focus();
    await page.keyboard.press('Enter');
    const first = () => page.locator('textarea[id$="-outcomes-0-text"]').inputValue();
    const moved = 'dokumentiert Störungen im Instandhaltungssystem';
    expect(await eventually(first, moved)).toBe(moved);
    // The focus stays with the outcome that moved (its other button: it is first now).
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[data-outcome]')?.querySelector('textarea')?.value ?? '',
      );
    expect(await eventually(focused, moved)).toBe(moved);
    // And back by drag and drop, at the handle.
    const handles = page.locator('.outcomes .handle');
    const target = await handles.nth(0).boundingBox();
    const source = await handles.nth(1).boundingBox();
    if (!target || !source) throw new Error('no drag handles');
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y - 4, { steps: 12 });
    await page.mouse.up();
    expect(await eventually(first, 'wertet Zustandsdaten einer Anlage aus')).toBe(
      'wertet Zustandsdaten einer Anlage aus',
    );

    // The outcome's ESCO skills, behind "Category and ESCO skills", from the catalogue: an
    // address that is no ESCO skill is refused in words; two skills are found by their words
    // and linked (the ESCO label, English where the catalogue has no German one), the first the
    // main one.
    const more = page.locator('.outcome').first().locator('details.outcome-more');
    await more.locator('summary').click();
    const picker = more.getByRole('combobox', { name: 'Find an ESCO skill' });
    await picker.fill('http://example.com/skill');
    await picker.press('Enter');
    await more.getByText('This is not an ESCO URI of the kind asked for.').waitFor();
    const link = async (words: string, label: string) => {
      await picker.fill(words);
      await more
        .getByRole('option', { name: new RegExp(label) })
        .first()
        .waitFor();
      await picker.press('Enter');
      await more.getByRole('link', { name: label }).waitFor();
    };
    await link('program a cnc', 'program a CNC controller');
    await link('perform test run', 'perform test run');
    await more.getByText('main skill').waitFor();
    await saved(page);

    // A unit of year 2 moved before year 1 by keyboard: the focus stays with it, and the editor
    // offers to put the list back in the order of the years.
    const up = page.getByRole('button', { name: 'Move SI-2 up' });
    await up.focus();
    await page.keyboard.press('Enter');
    const mixed = page.getByText('The order runs back in time');
    await mixed.waitFor();
    expect(
      await eventually(
        () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
        'Move SI-2 down',
      ),
    ).toBe('Move SI-2 down');
    await page.getByRole('button', { name: 'Order by year and term' }).click();
    await mixed.waitFor({ state: 'detached' });
    expect(await page.locator('.unit-list .code').allTextContents()).toEqual(['SI-1', 'SI-2']);

    // The work-based learning plan: a period added, filled in, moved, deleted and brought back.
    await openTab(page, 'Work-based learning');
    await page.locator('#new-period-title').fill('Betriebsphase Instandhaltung');
    await page.locator('#new-period-hours').fill('400');
    await page.locator('form.add-period').getByRole('checkbox', { name: 'SI-1' }).check();
    await page.getByRole('button', { name: 'Add work-based learning period' }).last().click();
    await page.locator('fieldset.period-editor').waitFor();
    // The add form starts empty again.
    expect(await eventually(() => page.locator('#new-period-title').inputValue(), '')).toBe('');
    const editor = page.locator('fieldset.period-editor');
    await editor
      .getByLabel('Company profile (de)')
      .fill('Metallbetrieb mit vernetzten CNC-Anlagen');
    await editor
      .getByLabel('Mentor in the company (de)')
      .fill('Industriemeister/in Instandhaltung');
    await editor
      .getByLabel('Assessment at the workplace (de)')
      .fill('Beobachtung bei der Wartung, Fachgespräch');
    await editor.getByRole('checkbox', { name: 'SI-2' }).check();
    await editor.getByRole('checkbox', { name: /wartet Pneumatikzylinder/ }).check();
    await editor.getByRole('checkbox', { name: /wertet Zustandsdaten/ }).check();
    await saved(page);

    // 5,000 hours in a 2-year programme: the checks say so at once.
    await editor.getByLabel('Hours').fill('5000');
    await page
      .getByText(/lasts 5000 hours, more than the 1600 hours of a whole programme year/)
      .waitFor();
    await editor.getByLabel('Hours').fill('400');
    await saved(page);

    // Year 3 of a 2-year programme: shown apart, with what to do about it.
    await editor.getByLabel('Year').fill('3');
    await page.getByRole('heading', { name: 'After the programme (it has 2 years)' }).waitFor();
    await editor.getByLabel('Year').fill('2');
    await editor.getByLabel('Term').selectOption({ label: 'Term 1' });
    await saved(page);
    await expect(
      page.getByRole('heading', { name: 'After the programme (it has 2 years)' }).count(),
    ).resolves.toBe(0);

    await editor.getByRole('button', { name: 'Delete this period' }).click();
    await page.getByText('Period "Betriebsphase Instandhaltung" deleted.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('fieldset.period-editor').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'editor-wbl-planner');

    const stored = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
    expect(stored.workBasedLearning).toHaveLength(1);
    const period = stored.workBasedLearning[0];
    expect(period).toMatchObject({
      year: 2,
      term: 1,
      durationHours: 400,
      companyProfile: { de: 'Metallbetrieb mit vernetzten CNC-Anlagen' },
      mentorRole: { de: 'Industriemeister/in Instandhaltung' },
      assessment: { de: 'Beobachtung bei der Wartung, Fachgespräch' },
    });
    expect(period.unitIds).toHaveLength(2);
    expect(period.outcomeIds).toHaveLength(2);
    expect(stored.units[1].outcomes[0].escoSkills).toEqual([
      {
        uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
        label: { en: 'program a CNC controller' },
      },
      {
        uri: 'http://data.europa.eu/esco/skill/465ff64a-1271-4064-8ed1-e969cb68d8b4',
        label: { en: 'perform test run' },
      },
    ]);
    expect(stored.units[1].outcomes[0].escoSkill).toEqual(
      stored.units[1].outcomes[0].escoSkills[0],
    );
    expect(stored.units[1].outcomes.map((o) => o.text['de'])).toEqual([
      'wertet Zustandsdaten einer Anlage aus',
      'dokumentiert Störungen im Instandhaltungssystem',
    ]);

    // Made in the browser alone, it exports to Europass ELM and passes the SHACL shapes.
    const elm = await page.request.get(`/api/v1/curricula/${id}/export/elm`);
    expect(elm.status()).toBe(200);
    const report = (await validateElm({ web: await elm.text() }))['web'];
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('finds, filters and orders the own curricula on the dashboard, and starts one from a published curriculum', async () => {
    const { page, problems } = await watchedPage(browser, server.url, asTeacher);
    await page.goto('/curricula');
    await page.getByRole('heading', { level: 1, name: 'My curricula' }).waitFor();
    const shown = page.getByRole('status').filter({ hasText: /\d+ of \d+ shown/ });
    const total = Number(/of (\d+) shown/.exec((await shown.textContent()) ?? '')?.[1]);
    await page.getByLabel('Search my curricula').fill('instandhaltung');
    await shown.filter({ hasText: `2 of ${total} shown` }).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Draft' });
    await page.getByLabel('Order').selectOption({ label: 'Code' });
    const codes = await page.locator('table .code').allTextContents();
    expect(codes.map((c) => c.trim())).toEqual(['KEEP-1', 'WEB-ONLY']);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'dashboard-search');

    const cnc = page.locator('#new-template option', { hasText: 'ZM-CNC-2018' });
    await page
      .getByLabel('Start from a published curriculum')
      .selectOption((await cnc.getAttribute('value')) ?? '');
    await page.getByRole('button', { name: 'Copy as a new draft' }).click();
    await page.getByTestId('status').filter({ hasText: 'Draft' }).waitFor();
    await page.getByRole('heading', { level: 1, name: /Zerspanungsmechaniker/ }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('compares any two published versions word by word, and shows who changed what when', async () => {
    const reviewer = await apiToken(server.url, DEMO.reviewer);
    const id = await copyOfCnc();
    const step = (token: string, action: string) =>
      apiCall(server.url, token, 'POST', `/curricula/${id}/${action}`, {});
    const publishRound = async () => {
      await step(teacher, 'submit');
      await step(reviewer, 'approve');
      await step(teacher, 'publish');
    };
    const rewrite = async (text: string) => {
      await step(teacher, 'reopen');
      const tree = await apiCall<Curriculum>(server.url, teacher, 'GET', `/curricula/${id}`);
      const outcome = tree.units[0].outcomes[0];
      await apiCall(
        server.url,
        teacher,
        'PATCH',
        `/curricula/${id}/units/${tree.units[0].id}/outcomes/${outcome.id}`,
        { version: outcome.version, text: { ...outcome.text, de: text } },
      );
    };
    await publishRound();
    await rewrite('hält Vorschriften zum Arbeitsschutz ein');
    await publishRound();
    await rewrite('hält Vorschriften zum Arbeitsschutz und Umweltschutz sicher ein');
    await publishRound();

    const { page, problems } = await watchedPage(browser, server.url, asTeacher);
    await page.goto(`/curricula/${id}`);
    await openTab(page, 'History');
    await page.getByLabel('Compare').selectOption('1');
    await page.getByLabel('with', { exact: true }).selectOption('3');
    await page.getByRole('status').filter({ hasText: '1 outcomes changed' }).waitFor();
    const change = page.locator('.text-change[lang="de"]').first();
    await change.locator('ins', { hasText: 'Umweltschutz sicher' }).waitFor();
    expect(await change.locator('del').count()).toBeGreaterThan(0);
    // The audit trail as a timeline, newest first.
    const timeline = page.getByRole('region', { name: 'Who changed what' });
    await timeline.getByText('published it').first().waitFor();
    expect(await timeline.locator('li').first().textContent()).toContain('published it');
    expect(await timeline.locator('li').last().textContent()).toContain('made it as a copy');
    expect(await timeline.getByText('changed a learning outcome').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'editor-history');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("lets two people edit different fields of one unit at once, and shows each the other's new unit within 2 s", async () => {
    const draft = await apiCall<Curriculum>(server.url, teacher, 'POST', '/curricula', {
      code: 'TWO-TABS',
      title: { de: 'Zwei Leute zugleich' },
      eqfLevel: 4,
      durationMonths: 12,
      primaryLanguage: 'de',
    });
    await apiCall(server.url, teacher, 'POST', `/curricula/${draft.id}/units`, {
      code: 'TT-1',
      title: { de: 'Gemeinsame Einheit' },
      eqfLevel: 4,
      ecvetPoints: 20,
      year: 1,
    });
    const a = await watchedPage(browser, server.url, asTeacher);
    const b = await watchedPage(browser, server.url, asTeacher);
    for (const { page } of [a, b]) {
      await page.goto(`/curricula/${draft.id}`);
      await page.locator('#f-units-0-title').waitFor();
    }
    // Each sees that the curriculum is open elsewhere, and where.
    await a.page
      .getByTestId('presence')
      .filter({ hasText: 'You in another tab is editing TT-1' })
      .waitFor();

    // Different fields of the same unit, at the same time: both are kept.
    await Promise.all([
      a.page.locator('#f-units-0-title').fill('Gemeinsame Einheit, von A benannt'),
      b.page.locator('#f-units-0-ecvetPoints').fill('30'),
    ]);
    await Promise.all([saved(a.page), saved(b.page)]);
    await expect(
      eventually(async () => {
        const tree = await apiCall<Curriculum>(
          server.url,
          teacher,
          'GET',
          `/curricula/${draft.id}`,
        );
        return [tree.units[0].title['de'], tree.units[0].ecvetPoints];
      }, ['Gemeinsame Einheit, von A benannt', 30]),
    ).resolves.toEqual(['Gemeinsame Einheit, von A benannt', 30]);
    expect(await a.page.locator('[role="dialog"]').count()).toBe(0);
    expect(await b.page.locator('[role="dialog"]').count()).toBe(0);

    // A new unit in one tab appears in the other within 2 s, both ways.
    for (const [from, to, code] of [
      [a, b, 'TT-2'],
      [b, a, 'TT-3'],
    ] as const) {
      await from.page.locator('#new-unit-code').fill(code);
      await from.page.locator('#new-unit-title').fill(`Einheit ${code}`);
      const clicked = Date.now();
      await from.page.getByRole('button', { name: 'Add unit' }).last().click();
      await from.page
        .getByRole('button', { name: new RegExp(code) })
        .first()
        .waitFor();
      await to.page
        .getByRole('button', { name: new RegExp(code) })
        .first()
        .waitFor({ timeout: 2000 });
      console.info(`new unit ${code} seen in the other tab after ${Date.now() - clicked} ms`);
    }
    // Each tab shows the other's saved field too: A has B's points beside its own title.
    await a.page.getByRole('button', { name: /TT-1/ }).first().click();
    await expect(a.page.locator('#f-units-0-ecvetPoints').inputValue()).resolves.toBe('30');
    await expect(a.page.locator('#f-units-0-title').inputValue()).resolves.toBe(
      'Gemeinsame Einheit, von A benannt',
    );
    expect(await seriousViolations(a.page)).toEqual([]);
    await saveScreenshot(a.page, 'editor-two-tabs');
    // The one the browser reports is the 409 that the field-level merge answered by itself.
    expect([...a.problems, ...b.problems].filter((p) => !p.includes('409 (Conflict)'))).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  });
});
