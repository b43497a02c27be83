import type { Browser, Page } from 'playwright-core';
import type { Curriculum, LibraryEntrySummary, Unit } from '@curriculum-builder/curriculum';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';
import { launchChromium, saveScreenshot, seriousViolations, watchedPage } from './support/browser';
import {
  apiCall,
  apiToken,
  DEMO,
  DEMO_PASSWORD,
  demoCurriculumId,
  signIn,
} from './support/session';

const COMPANY = 'company@demo.local';
const NEW_WORDING =
  'Überwacht die Fertigungslinie am Leitstand, quittiert Störungen und dokumentiert jeden Eingriff im Schichtbuch.';

/**
 * Issue #21 in Chromium with the demo accounts: the partner school shares a unit, the demo teacher
 * finds it in the library and adopts it into a draft, edits it, gets the partner's next version as
 * a diff and takes one outcome of it; a company's offer matches a WBL period of the CNC
 * curriculum, the teacher requests places and the company accepts.
 */
describe('the shared library and placements in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  const pages: Record<'teacher' | 'partner' | 'company', Page> = {} as never;
  const problems: string[][] = [];
  let tokens: Record<'teacher' | 'partner' | 'reviewer', string>;
  let partnerCurriculum: string;
  let draft: string;
  let adopted: Unit;

  beforeAll(async () => {
    server = await startProductionServer({ DEMO_PASSWORD });
    browser = await launchChromium();
    for (const [who, email] of [
      ['teacher', DEMO.teacher],
      ['partner', DEMO.partnerTeacher],
      ['company', COMPANY],
    ] as const) {
      const watched = await watchedPage(browser, server.url);
      await signIn(watched.page, email);
      pages[who] = watched.page;
      problems.push(watched.problems);
    }
    tokens = {
      teacher: await apiToken(server.url, DEMO.teacher),
      partner: await apiToken(server.url, DEMO.partnerTeacher),
      reviewer: await apiToken(server.url, DEMO.reviewer),
    };
    partnerCurriculum = await demoCurriculumId(server.url, tokens.partner, 'LT-IGO-2026');
    draft = await demoCurriculumId(server.url, tokens.teacher, 'ZM-TZ-2018');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop('SIGTERM');
  });

  const axe = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const call = <T>(who: keyof typeof tokens, method: string, path: string, body?: unknown) =>
    apiCall<T>(server.url, tokens[who], method, path, body);
  const tree = (who: keyof typeof tokens, id: string) =>
    call<Curriculum>(who, 'GET', `/curricula/${id}`);

  /** The partner's editor with unit `code` chosen. */
  const openPartnerUnit = async (code: string) => {
    const page = pages.partner;
    await page.goto(`/curricula/${partnerCurriculum}`);
    await page.getByRole('tab', { name: 'Units and outcomes' }).click();
    await page
      .getByRole('button', { name: new RegExp(code) })
      .first()
      .click();
    return page;
  };

  it('lets the partner school share a unit of its published programme', async () => {
    const page = await openPartnerUnit('IGO-03');
    await page.getByText('Share in the shared library').click();
    await page.getByLabel('Keywords (separated by commas)').fill('Leitstand, valdymo pultas');
    await page.getByRole('button', { name: 'Share this unit' }).click();
    await page.getByRole('status').getByText('Shared: library entry version 1.').waitFor();
    await axe(page);
  });

  it('lets the demo teacher find the unit in the library and adopt it into a draft', async () => {
    const page = pages.teacher;
    await page.goto('/library');
    await page.getByRole('heading', { level: 1, name: 'Shared library' }).waitFor();
    await page.getByLabel('Search codes, titles, learning outcomes and keywords').fill('Leitstand');
    await page.getByLabel('Search codes, titles, learning outcomes and keywords').press('Enter');
    await page.getByText('1 entry found').waitFor();
    await axe(page);
    await page.getByRole('link', { name: /IGO-03/ }).click();
    await page.getByRole('heading', { level: 1, name: /IGO-03/ }).waitFor();
    await axe(page);
    await page.getByRole('button', { name: 'Adopt into a curriculum' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Curriculum').selectOption(draft);
    await dialog.getByRole('button', { name: 'Adopt unit' }).click();
    await page.getByText(/Unit IGO-03 was added to/).waitFor();
    await saveScreenshot(page, 'library-adopted');
    adopted = (await tree('teacher', draft)).units.find((u) => u.code === 'IGO-03') as Unit;
    expect(adopted.provenance).toMatchObject({ version: 1, adapted: false });
  });

  it('shows the teacher the partner’s next version beside the own edit; one outcome is taken', async () => {
    // The teacher's own wording of the first outcome (an edit of the copy).
    const [first] = adopted.outcomes;
    await call('teacher', 'PATCH', `/curricula/${draft}/units/${adopted.id}/outcomes/${first.id}`, {
      version: first.version,
      text: { ...first.text, de: 'Bedient unsere Lernfabrik-Linie nach Schichtplan.' },
    });
    // The partner reopens its programme, rewords the second outcome, has it reviewed and
    // published again, and shares the unit's new version in the editor.
    await call('partner', 'POST', `/curricula/${partnerCurriculum}/reopen`, {});
    const source = (await tree('partner', partnerCurriculum)).units.find(
      (u) => u.code === 'IGO-03',
    ) as Unit;
    const second = source.outcomes[1];
    await call(
      'partner',
      'PATCH',
      `/curricula/${partnerCurriculum}/units/${source.id}/outcomes/${second.id}`,
      { version: second.version, text: { ...second.text, de: NEW_WORDING } },
    );
    await call('partner', 'POST', `/curricula/${partnerCurriculum}/submit`, {});
    await call('reviewer', 'POST', `/curricula/${partnerCurriculum}/approve`);
    await call('partner', 'POST', `/curricula/${partnerCurriculum}/publish`);
    const partner = await openPartnerUnit('IGO-03');
    await partner.getByText('Share in the shared library').click();
    await partner.getByRole('button', { name: 'Share this unit' }).click();
    await partner.getByRole('status').getByText('Shared: library entry version 2.').waitFor();

    const page = pages.teacher;
    await page.goto(`/curricula/${draft}`);
    const updates = page.getByRole('region', { name: 'Updates from the shared library' });
    // The demo's own waiting update of the robot unit (IGO-04) is there too.
    const update = updates.getByRole('article', { name: 'IGO-03: version 1 → 2' });
    await update.getByText(NEW_WORDING).waitFor();
    await axe(page);
    await saveScreenshot(page, 'library-update');
    await update.getByLabel('Take this outcome').first().check();
    await update.getByRole('button', { name: 'Take the chosen outcomes' }).click();
    await update.waitFor({ state: 'detached' });
    await updates.getByRole('article', { name: 'IGO-04: version 1 → 2' }).waitFor();
    const after = (await tree('teacher', draft)).units.find((u) => u.id === adopted.id) as Unit;
    expect(after.provenance).toMatchObject({ version: 2, adapted: true });
    expect(after.outcomes.map((o) => o.text['de'])).toEqual([
      'Bedient unsere Lernfabrik-Linie nach Schichtplan.',
      NEW_WORDING,
      ...adopted.outcomes.slice(2).map((o) => o.text['de']),
    ]);
  });

  it('matches the company’s offer to a WBL period; the request is accepted', async () => {
    const page = pages.teacher;
    const cnc = await demoCurriculumId(server.url, tokens.teacher);
    await page.goto(`/curricula/${cnc}`);
    await page.getByRole('tab', { name: 'Work-based learning' }).click();
    await page.getByRole('button', { name: 'Find placement offers' }).click();
    const offers = page.getByRole('region', { name: 'Placement offers for this period' });
    const match = offers.getByRole('listitem').filter({ hasText: 'Präzisionsteile Müller' });
    await match.getByText(/Match \d+ %/).waitFor();
    await axe(page);
    await match.getByLabel('Places').fill('2');
    await match.getByRole('button', { name: 'Request places' }).click();
    await offers
      .getByText('Präzisionsteile Müller GmbH (Demo): 2 – waiting for an answer')
      .waitFor();

    const company = pages.company;
    await company.goto('/placements');
    await company
      .getByRole('heading', { level: 1, name: 'Work-based learning placements' })
      .waitFor();
    await axe(company);
    await company.getByRole('button', { name: 'Accept' }).first().click();
    await company.getByText(/is accepted/).waitFor();
    await saveScreenshot(company, 'placement-accepted');
    // The company offers one place more: the offer is edited in place.
    await company.getByRole('link', { name: 'Edit Placement in CNC turning and milling' }).click();
    const capacity = company.getByLabel('Places (learners at once)');
    await capacity.fill(String(Number(await capacity.inputValue()) + 1));
    await axe(company);
    await company.getByRole('button', { name: 'Save changes' }).click();
    await company.getByText('The offer “Placement in CNC turning and milling” is saved.').waitFor();

    await page.reload();
    await page.getByRole('tab', { name: 'Work-based learning' }).click();
    await page.getByRole('button', { name: 'Find placement offers' }).click();
    await offers.getByText('Präzisionsteile Müller GmbH (Demo): 2 – accepted').waitFor();
    const library = await call<{ items: LibraryEntrySummary[] }>('teacher', 'GET', '/library');
    expect(library.items.find((e) => e.code === 'IGO-03')?.adoptions).toBe(1);
  });

  it('lets the teacher find the partner’s programme as a good-practice example and copy it whole', async () => {
    const page = pages.teacher;
    await page.goto('/library');
    await page
      .getByLabel('What')
      .selectOption({ label: 'Whole curricula (good-practice examples)' });
    await page.getByText('1 entry found').waitFor();
    await page.getByRole('link', { name: /LT-IGO-2026/ }).click();
    await page.getByRole('heading', { level: 1, name: /LT-IGO-2026/ }).waitFor();
    await page.getByText('Whole curriculum, 2 units').waitFor();
    await page.getByRole('group').filter({ hasText: 'IGO-04' }).getByText('IGO-04').click();
    await axe(page);
    await page.getByRole('button', { name: 'Copy as a new draft' }).click();
    await page.getByRole('link', { name: 'Open the new draft in the editor' }).click();
    await page.getByRole('tab', { name: 'Units and outcomes' }).waitFor();
    const copy = page.url().split('/').pop() as string;
    const units = (await tree('teacher', copy)).units;
    expect(
      units.map((u) => [u.code, u.provenance?.attribution.includes(', from LT-IGO-2026 ')]),
    ).toEqual([
      ['IGO-03', true],
      ['IGO-04', true],
    ]);
    await saveScreenshot(page, 'library-good-practice-copy');
  });

  it('met no browser error on the way', () => {
    expect(problems.flat()).toEqual([]);
  });
});
