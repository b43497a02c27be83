import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { EXPORT_JOB_POLL_MS } from '../../core/export-job/export-job';
import {
  accepted,
  doneJob,
  jobFixture,
  recordDownloads,
  stopRecordingDownloads,
} from '../../core/export-job/testing/job-fixtures';
import { I18n, UiLanguage } from '../../core/i18n/i18n';
import { PATHWAYS_ROUTES } from '../pathways.routes';
import type { ElectiveGroup } from '@curriculum-builder/curriculum';
import {
  choiceAndAddOnFixture,
  examFixture,
  partialFixture,
  pathwayFixture,
  spanningFixture,
} from '../testing/pathway-fixture';

describe('Pathway', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const page = () => harness.routeNativeElement as HTMLElement;
  const text = (selector: string) => page().querySelector(selector)?.textContent?.trim() ?? '';
  const all = (selector: string) =>
    Array.from(page().querySelectorAll(selector)).map(
      (element) => element.textContent?.trim() ?? '',
    );
  /** The texts of `selector` in each year, spaces collapsed. */
  const byYear = (selector: string) =>
    Array.from(page().querySelectorAll('.year')).map((year) =>
      Array.from(year.querySelectorAll(selector)).map(
        (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ),
    );

  async function settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await new Promise((done) => setTimeout(done));
    harness.detectChanges();
    // The timeline renders after the frame that paints the page's head, a year per task.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    for (let i = 0; i < 12; i++) {
      await new Promise((done) => setTimeout(done));
      harness.detectChanges();
    }
  }

  async function open(language: UiLanguage = 'en', curriculum = pathwayFixture()): Promise<void> {
    await TestBed.inject(I18n).use(language);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/catalogue/c1');
    http.expectOne('/api/v1/curricula/c1').flush(curriculum);
    http.expectOne('/api/v1/curricula/c1/versions').flush([
      {
        number: 1,
        publishedAt: '2026-03-12T10:00:00.000Z',
        publishedBy: null,
        code: curriculum.code,
        title: curriculum.title,
        ecvetPoints: curriculum.ecvetPoints,
      },
    ]);
    await settle();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'catalogue', children: PATHWAYS_ROUTES }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: EXPORT_JOB_POLL_MS, useValue: 0 },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    stopRecordingDownloads();
    http.verify();
  });

  it('shows the qualification in the interface language, with its facts', async () => {
    await open();
    expect(all('h1')).toEqual(['Cutting machining mechanic']);
    expect(page().querySelector('h1 [lang]')?.getAttribute('lang')).toBe('en');
    const facts = text('.facts');
    for (const fact of [
      'ZM-TEST',
      '0715',
      'CNC machine operator',
      '2.5 years (30 months), full-time',
      '150',
    ]) {
      expect(facts).toContain(fact);
    }
    expect(facts).toContain('Version 1 of March 12, 2026');
    expect(text('.esco-source')).toBe('Occupations: ESCO v1.1.1, © European Union.');
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Cutting machining mechanic · Curriculum builder',
    );
  });

  it('renders the timeline a year per task after the head, so that no task builds it all', async () => {
    const count = () => page().querySelectorAll('.year').length;
    const tick = async () => {
      await new Promise((done) => setTimeout(done));
      harness.detectChanges();
    };
    await TestBed.inject(I18n).use('en');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/catalogue/c1');
    http.expectOne('/api/v1/curricula/c1').flush(pathwayFixture());
    http.expectOne('/api/v1/curricula/c1/versions').flush([]);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    harness.detectChanges();
    expect(page().querySelector('h1')?.textContent).toBeTruthy();
    expect(count()).toBe(0);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      await tick();
      seen.push(count());
    }
    expect(seen.at(-1)).toBeGreaterThan(1);
    // Each task adds at most one year.
    seen.forEach((n, i) => expect(n - (seen[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('lays out the years and terms with the points accumulated after each year', async () => {
    await open();
    expect(text('#pathway-timeline')).toBe('Pathway year by year');
    expect(all('.year h3')).toEqual(['Year 1', 'Year 2', 'Year 3']);
    expect(all('.year h4')).toEqual([
      'Term 1',
      'Term 2',
      'Throughout the year',
      'Throughout the year',
      'Term 1',
    ]);
    expect(all('.progress p')).toEqual([
      '60 / 150 ECVET points after year 1',
      '120 / 150 ECVET points after year 2',
      '150 / 150 ECVET points after year 3',
    ]);
    const bars = Array.from(page().querySelectorAll('progress'));
    expect(bars.map((bar) => [bar.value, bar.max])).toEqual([
      [60, 150],
      [120, 150],
      [150, 150],
    ]);
    expect(bars[0].getAttribute('aria-labelledby')).toBe('pathway-accumulated-1');
    expect(text('.year:nth-child(3) .electives')).toContain(
      'Choose units worth at least 10 ECVET points from the elective group',
    );
    const placement = page().querySelector('.wbl') as HTMLElement;
    expect(placement.textContent).toContain('Placement');
    expect(placement.textContent).toContain('320 hours in a company');
    expect(placement.textContent).toContain('Contract machining shop');
    expect(placement.textContent).toContain('U-A, U-B');
    expect(all('cb-pathway-unit .kind')).toEqual([
      'Mandatory',
      'Mandatory',
      'Mandatory',
      'Elective: Elective group',
      'Mandatory',
      'Elective: Elective group',
    ]);
  });

  it('says how each elective group is chosen: "choose n of m units"', async () => {
    await open('en', choiceAndAddOnFixture());
    expect(all('.electives')).toEqual([
      'Choose 1 of 2 units (10 ECVET points) from the elective group Elective group',
    ]);
  });

  it('says "exactly" for a group of exact points, and "at least" for a group without a rule', async () => {
    const curriculum = pathwayFixture();
    const exactly: ElectiveGroup = { ...curriculum.electiveGroups[0], rule: 'points-exactly' };
    const { rule: _rule, unitsRequired: _units, ...old } = curriculum.electiveGroups[0];
    await open('en', {
      ...curriculum,
      electiveGroups: [exactly, { ...old, code: 'H' } as ElectiveGroup],
      units: [
        ...curriculum.units,
        { ...curriculum.units[4], id: 'u-h', code: 'U-H', electiveGroup: 'H' },
      ],
    });
    expect(all('.electives')).toEqual([
      'Choose units worth exactly 10 ECVET points from the elective group Elective group',
      'Choose units worth at least 10 ECVET points from the elective group Elective group',
    ]);
  });

  it('marks add-on units as optional, in words, and leaves them out of every total', async () => {
    await open('en', choiceAndAddOnFixture());
    expect(all('cb-pathway-unit .kind')).toEqual([
      'Mandatory',
      'Mandatory',
      'Mandatory',
      'Elective: Elective group',
      'Mandatory',
      'Elective: Elective group',
      "Add-on: optional, its points count outside the qualification's total",
    ]);
    expect(all('.year-head .year-points')).toEqual([
      '60 ECVET points in this year',
      '60 ECVET points in this year',
      '30 ECVET points in this year',
      '+ 15 ECVET points of optional add-on qualifications, outside the total',
    ]);
    expect(all('.progress p')).toEqual([
      '60 / 150 ECVET points after year 1',
      '120 / 150 ECVET points after year 2',
      '150 / 150 ECVET points after year 3',
    ]);
    const bars = Array.from(page().querySelectorAll('progress'));
    expect(bars.map((bar) => [bar.value, bar.max])).toEqual([
      [60, 150],
      [120, 150],
      [150, 150],
    ]);
    expect(text('.facts')).toContain('150');
    expect(text('.facts .add-ons')).toContain('Optional add-on qualifications');
    expect(text('.facts .add-ons')).toContain('1 unit, 15 ECVET points outside the total');
  });

  it('shows no add-ons where there are none', async () => {
    await open();
    expect(page().querySelector('.facts .add-ons')).toBeNull();
    expect(page().querySelector('.add-on-points')).toBeNull();
    expect(page().querySelector('cb-pathway-unit .add-on')).toBeNull();
  });

  it('lists the partial qualifications with their units and points among the facts', async () => {
    await open('en', partialFixture());
    expect(text('.facts .partials dt')).toBe('Partial qualifications (certified alone)');
    expect(all('.facts .partials li').map((item) => item.replace(/\s+/g, ' '))).toEqual([
      'TQ1: Machining basics — units U-A, U-B, 60 ECVET points',
      'TQ2: DrehenDE — units U-B, U-C, 90 ECVET points',
    ]);
    expect(
      Array.from(page().querySelectorAll('.facts .partials li [lang]')).map((title) =>
        title.getAttribute('lang'),
      ),
    ).toEqual(['en', 'de']);
  });

  it('speaks German about the partial qualifications', async () => {
    await open('de', partialFixture());
    expect(text('.facts .partials dt')).toBe('Teilqualifikationen (einzeln bescheinigt)');
    expect(all('.facts .partials li').map((item) => item.replace(/\s+/g, ' '))).toEqual([
      'TQ1: Grundlagen der Zerspanung — Einheiten U-A, U-B, 60 ECVET-Punkte',
      'TQ2: Drehen — Einheiten U-B, U-C, 90 ECVET-Punkte',
    ]);
  });

  it('lists no partial qualifications where there are none', async () => {
    const { partialQualifications: _partials, ...old } = partialFixture();
    await open('en', old as ReturnType<typeof partialFixture>);
    expect(page().querySelector('.facts .partials')).toBeNull();
    expect(text('.facts')).toContain('ZM-TEST');
  });

  it('shows each part of the examination in the year it takes place, and in no other', async () => {
    await open('en', examFixture());
    expect(byYear('.exam-head')).toEqual([
      [],
      ['Examination AP1: Final examination part 1 — 40 % of the final result, term 2'],
      [
        'Examination AP2: Final examination part 2 — 60 % of the final result, at the end of the year',
      ],
    ]);
    expect(byYear('.exam dl > *')).toEqual([
      [],
      ['How', 'Practical task, Written exam', 'Assesses', 'U-A, U-B'],
      ['How', 'Work sample', 'Assesses', 'U-C, U-D and 2 single learning outcomes'],
    ]);
    expect(
      Array.from(page().querySelectorAll('.exams')).map((list) => list.getAttribute('aria-label')),
    ).toEqual(['Examination in year 2', 'Examination in year 3']);
    expect(page().querySelector('.exam-head [lang]')?.getAttribute('lang')).toBe('en');
    expect(all('.progress p')).toEqual([
      '60 / 150 ECVET points after year 1',
      '120 / 150 ECVET points after year 2',
      '150 / 150 ECVET points after year 3',
    ]);
  });

  it('shows no examination where the curriculum has no assessment plan', async () => {
    await open();
    expect(page().querySelector('.exams')).toBeNull();
  });

  it('keeps choices and add-ons alongside the examination', async () => {
    await open('en', { ...choiceAndAddOnFixture(), assessmentPlan: examFixture().assessmentPlan });
    expect(all('.electives')).toEqual([
      'Choose 1 of 2 units (10 ECVET points) from the elective group Elective group',
    ]);
    expect(all('.year-head .year-points').at(-1)).toBe(
      '+ 15 ECVET points of optional add-on qualifications, outside the total',
    );
    expect(byYear('.exam-label')).toEqual([[], ['Examination AP1:'], ['Examination AP2:']]);
  });

  it('speaks German about the examination too', async () => {
    await open('de', examFixture());
    expect(byYear('.exam-head')).toEqual([
      [],
      ['Prüfung AP1: Abschlussprüfung Teil 1 — 40 % des Endergebnisses, Halbjahr 2'],
      ['Prüfung AP2: Abschlussprüfung Teil 2 — 60 % des Endergebnisses, am Ende des Jahres'],
    ]);
    expect(byYear('.exam dl > *')[2]).toEqual([
      'Prüfungsform',
      'Arbeitsprobe',
      'Prüft',
      'U-C, U-D und 2 einzelne Lernergebnisse',
    ]);
  });

  it('opens a unit to show its outcomes by category', async () => {
    await open();
    const toggle = page().querySelector('cb-pathway-unit button') as HTMLButtonElement;
    expect(toggle.textContent).toContain('U-A');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const detail = page().querySelector(`#${toggle.getAttribute('aria-controls')}`) as HTMLElement;
    expect(detail.hidden).toBe(true);

    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(detail.hidden).toBe(false);
    expect(Array.from(detail.querySelectorAll('h6')).map((h) => h.textContent?.trim())).toEqual([
      'Knowledge',
      'Skills',
      'Responsibility and autonomy',
    ]);
    expect(
      Array.from(detail.querySelectorAll('ul')).map((ul) => ul.querySelectorAll('li').length),
    ).toEqual([1, 2, 1]);
    expect(detail.textContent).toContain('Sets up the machine');

    toggle.click();
    await settle();
    expect(detail.hidden).toBe(true);
  });

  it('shows a unit that spans years in each of them, saying until when and from where', async () => {
    await open('en', spanningFixture());
    expect(byYear('cb-pathway-unit .code')).toEqual([
      ['U-A', 'U-B'],
      ['U-C', 'U-Y'],
      ['U-F', 'U-Y', 'U-C', 'U-D', 'U-E'],
    ]);
    expect(byYear('cb-pathway-unit .span')).toEqual([
      ['continues until term 2'],
      ['continues until year 3 (term 1)', 'continues until year 3'],
      ['continued from year 2', 'continued from year 2, until term 1'],
    ]);
    // Its points count once: half in each year, as the ECVET checks count them.
    expect(all('.year-head .year-points')).toEqual([
      '60 ECVET points in this year',
      '30 ECVET points in this year',
      '+ 10 ECVET points of optional add-on qualifications, outside the total',
      '60 ECVET points in this year',
      '+ 10 ECVET points of optional add-on qualifications, outside the total',
    ]);
    expect(all('.progress p')).toEqual([
      '60 / 150 ECVET points after year 1',
      '90 / 150 ECVET points after year 2',
      '150 / 150 ECVET points after year 3',
    ]);
    expect(text('.facts .add-ons')).toContain('1 unit, 20 ECVET points outside the total');
    // Each showing of the unit opens its own details.
    const ids = Array.from(page().querySelectorAll('[id]')).map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows a unit's hours of guided learning and national credits in its details", async () => {
    await open('en', spanningFixture());
    const units = Array.from(page().querySelectorAll('cb-pathway-unit'));
    const unitC = units.filter((unit) => unit.querySelector('.code')?.textContent === 'U-C');
    expect(unitC).toHaveLength(2);
    const toggles = unitC.map((unit) => unit.querySelector('button') as HTMLButtonElement);
    expect(toggles[0].getAttribute('aria-controls')).not.toBe(
      toggles[1].getAttribute('aria-controls'),
    );
    toggles[0].click();
    await settle();
    const detail = page().querySelector(
      `#${toggles[0].getAttribute('aria-controls')}`,
    ) as HTMLElement;
    expect(detail.hidden).toBe(false);
    expect(
      Array.from(detail.querySelectorAll('.extent li')).map((li) => li.textContent?.trim()),
    ).toEqual(['120 hours of guided learning', '5 national credits']);
    // The other year's showing stays closed.
    expect(
      (page().querySelector(`#${toggles[1].getAttribute('aria-controls')}`) as HTMLElement).hidden,
    ).toBe(true);

    const unitA = units[0].querySelector('button') as HTMLButtonElement;
    unitA.click();
    await settle();
    expect(all(`#${unitA.getAttribute('aria-controls')} .extent li`)).toEqual([
      '4.5 national credits',
    ]);
  });

  it('says "1 hour" and "1 national credit", and nothing where a unit states neither', async () => {
    const curriculum = pathwayFixture();
    await open('en', {
      ...curriculum,
      units: curriculum.units.map((unit) =>
        unit.code === 'U-A' ? { ...unit, guidedHours: 1, nationalCredits: 1 } : unit,
      ),
    });
    const toggles = Array.from(
      page().querySelectorAll<HTMLButtonElement>('cb-pathway-unit button'),
    );
    toggles[0].click();
    toggles[1].click();
    await settle();
    expect(all('.extent li')).toEqual(['1 hour of guided learning', '1 national credit']);
    expect(page().querySelectorAll('.extent')).toHaveLength(1);
    expect(page().querySelector('cb-pathway-unit .span')).toBeNull();
  });

  it('speaks German about units that span years, their hours and credits', async () => {
    await open('de', spanningFixture());
    expect(byYear('cb-pathway-unit .span')).toEqual([
      ['läuft bis Halbjahr 2'],
      ['läuft bis Jahr 3 (Halbjahr 1)', 'läuft bis Jahr 3'],
      ['fortgesetzt aus Jahr 2', 'fortgesetzt aus Jahr 2, bis Halbjahr 1'],
    ]);
    const toggles = Array.from(
      page().querySelectorAll<HTMLButtonElement>('cb-pathway-unit button'),
    );
    toggles[0].click();
    toggles[2].click();
    await settle();
    expect(all('.extent li')).toEqual([
      '4,5 nationale Leistungspunkte',
      '120 Stunden angeleitetes Lernen',
      '5 nationale Leistungspunkte',
    ]);
  });

  it('switches the content language and marks texts that fall back to the primary language', async () => {
    await open();
    const select = page().querySelector('#pathway-language') as HTMLSelectElement;
    expect(page().querySelector('label[for="pathway-language"]')?.textContent).toContain(
      'Content language',
    );
    expect(
      Array.from(select.options).map((option) => [option.value, option.textContent?.trim()]),
    ).toEqual([
      ['de', 'Deutsch'],
      ['en', 'English'],
      ['lt', 'Lietuvių'],
    ]);
    expect(select.value).toBe('en');

    select.value = 'lt';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(page().querySelector('h1 [lang]')?.getAttribute('lang')).toBe('lt');
    expect(text('h1')).toBe('Mechanikas');
    const units = Array.from(page().querySelectorAll('cb-pathway-unit .title'));
    expect(units[0].querySelector('[lang]')?.getAttribute('lang')).toBe('lt');
    expect(units[0].querySelector('abbr.fallback')).toBeNull();
    expect(units[1].querySelector('[lang]')?.getAttribute('lang')).toBe('de');
    expect(units[1].querySelector('abbr.fallback')?.textContent?.trim()).toBe('DE');
    // The PDFs in the chosen language: buttons that prepare them as jobs, then download them.
    const downloads = page().querySelector('.downloads') as HTMLElement;
    const buttons = Array.from(downloads.querySelectorAll<HTMLButtonElement>('button'));
    expect(buttons.map((button) => button.textContent?.trim())).toEqual([
      'Learner pathway (PDF, Lietuvių)',
      'Curriculum document (PDF, Lietuvių)',
    ]);
    expect(downloads.querySelector('a')).toBeNull();
    const saved = recordDownloads();
    buttons[1].click();
    await settle();
    const document = doneJob('ZM-CNC-2018-lt.pdf', 'j-doc');
    http
      .expectOne({ method: 'POST', url: '/api/v1/curricula/c1/export/pdf?lang=lt' })
      .flush(document, accepted(document));
    buttons[0].click();
    await settle();
    const queued = jobFixture({ id: 'j-path' });
    http
      .expectOne({ method: 'POST', url: '/api/v1/curricula/c1/export/pathway-pdf?lang=lt' })
      .flush(queued, accepted(queued));
    await settle();
    http
      .expectOne('/api/v1/jobs/j-path')
      .flush(jobFixture({ id: 'j-path', state: 'running', progress: 60, attempts: 1 }));
    await settle();
    expect(downloads.querySelector('progress')?.getAttribute('aria-label')).toBe(
      'Preparing Learner pathway (PDF, Lietuvių)',
    );
    expect(
      Array.from(downloads.querySelectorAll('[aria-live="polite"]')).map((status) =>
        status.textContent?.trim(),
      ),
    ).toEqual([
      'Preparing Learner pathway (PDF, Lietuvių)… 60%',
      'Curriculum document (PDF, Lietuvių) is ready — download started.',
    ]);
    http.expectOne('/api/v1/jobs/j-path').flush(doneJob('ZM-CNC-2018-pathway-lt.pdf', 'j-path'));
    await settle();
    expect(saved).toEqual([
      { href: '/api/v1/jobs/j-doc/result', download: 'ZM-CNC-2018-lt.pdf' },
      { href: '/api/v1/jobs/j-path/result', download: 'ZM-CNC-2018-pathway-lt.pdf' },
    ]);
  });

  it('starts in the primary language when the curriculum lacks the interface language', async () => {
    const curriculum = { ...pathwayFixture(), languages: ['de', 'lt'] };
    await open('en', curriculum);
    expect((page().querySelector('#pathway-language') as HTMLSelectElement).value).toBe('de');
    expect(text('h1')).toBe('Zerspanungsmechaniker/in');
    expect(all('.progress p')[0]).toBe('60 / 150 ECVET points after year 1');
  });

  it('speaks German when the interface does', async () => {
    await open('de');
    expect(text('h1')).toBe('Zerspanungsmechaniker/in');
    expect(text('#pathway-timeline')).toBe('Der Lernpfad Jahr für Jahr');
    expect(all('.progress p')[2]).toBe('150 / 150 ECVET-Punkte nach Jahr 3');
    expect(text('.facts')).toContain('2,5 Jahre (30 Monate), Vollzeit');
  });

  it('speaks German about choices and add-ons too', async () => {
    await open('de', choiceAndAddOnFixture());
    expect(all('.electives')).toEqual([
      '1 von 2 Einheiten (10 ECVET-Punkte) aus dem Wahlpflichtbereich wählen Wahlgruppe',
    ]);
    expect(all('cb-pathway-unit .kind').at(-1)).toBe(
      'Zusatzqualifikation: freiwillig, ihre Punkte zählen außerhalb der Gesamtpunkte',
    );
  });

  it('says so when the curriculum is not there or not published', async () => {
    await TestBed.inject(I18n).use('en');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/catalogue/c1');
    http
      .expectOne('/api/v1/curricula/c1')
      .flush({ statusCode: 404, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/v1/curricula/c1/versions').flush([]);
    await settle();
    expect(text('h1')).toBe('Page not found');
    expect(text('[role="alert"]')).toBe(
      'This curriculum does not exist or has not been published.',
    );
    expect(page().querySelector('.back a')?.getAttribute('href')).toBe('/catalogue');
  });
});
