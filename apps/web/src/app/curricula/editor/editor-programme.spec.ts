import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type {
  AssessmentPart,
  Curriculum,
  PartialQualification,
  ProgrammeSummary,
  Unit,
} from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { EditorProgramme } from './editor-programme';
import { AUTOSAVE_DELAY, EditorState } from './editor-state';
import { fieldId } from './pending-changes';
import { draftTree, draftUnit } from './testing/editor-fixture';

const BASE = '/api/v1/curricula/c1';

const tree = (version: number, patch: Partial<Curriculum> = {}): Curriculum =>
  draftTree(version, { languages: ['de', 'en', 'lt'], ...patch });

const unit = (id: string, code: string, title: string): Unit =>
  draftUnit({ id, code, title: { de: title } });

const UNITS = [unit('u1', 'M1', 'Fräsen'), unit('u2', 'M2', 'Drehen')];

/** Units worth 12.5, 30 and 60 points, for the sums of partial qualifications. */
const WORTH = [
  draftUnit({ id: 'u1', code: 'M1', title: { de: 'Fräsen' }, ecvetPoints: 12.5 }),
  draftUnit({ id: 'u2', code: 'M2', title: { de: 'Drehen' }, ecvetPoints: 30 }),
  draftUnit({ id: 'u3', code: 'M3', title: { de: 'Schleifen' }, ecvetPoints: 60 }),
];

const partial = (code: string, unitIds: string[]): PartialQualification => ({
  code,
  title: { de: `Teilqualifikation ${code}` },
  unitIds,
});

const part = (patch: Partial<AssessmentPart> & Pick<AssessmentPart, 'code'>): AssessmentPart => ({
  title: { de: `Teil ${patch.code}` },
  weight: 0,
  year: 1,
  term: null,
  methods: [],
  unitIds: [],
  outcomeIds: [],
  ...patch,
});

describe('EditorProgramme', () => {
  let fixture: ComponentFixture<EditorProgramme>;
  let state: EditorState;
  let http: HttpTestingController;
  let page: HTMLElement;

  const turn = () => new Promise((done) => setTimeout(done));
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  /** The input a label names (`label[for]` → id). */
  const labelled = <T extends HTMLElement>(text: string): T => {
    const label = Array.from(page.querySelectorAll('label')).find(
      (l) => l.textContent?.trim() === text,
    );
    const input = label && page.querySelector<T>(`#${label.htmlFor}`);
    if (!input) throw new Error(`no field labelled "${text}"`);
    return input;
  };
  /** The element with `id`, which must be there. */
  const byId = <T extends HTMLElement>(id: string): T => {
    const element = page.querySelector<T>(`#${id}`);
    if (!element) throw new Error(`no element #${id}`);
    return element;
  };
  const labelOf = (id: string) =>
    page.querySelector(`label[for="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  /** The checkbox labelled `text` in the fieldset `id`. */
  const box = (id: string, text: string): HTMLInputElement => {
    const label = Array.from(byId(id).querySelectorAll('label')).find(
      (l) => l.textContent?.trim() === text,
    );
    const input = label && page.querySelector<HTMLInputElement>(`#${label.htmlFor}`);
    if (!input) throw new Error(`no checkbox "${text}" in #${id}`);
    return input;
  };
  const type = (id: string, value: string, event = 'input') => {
    const field = byId<HTMLInputElement | HTMLSelectElement>(id);
    field.value = value;
    field.dispatchEvent(new Event(event));
  };
  const button = (text: string): HTMLButtonElement => {
    const found = Array.from(page.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === text,
    );
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  };
  const legends = () =>
    Array.from(page.querySelectorAll('legend')).map((l) => l.textContent?.trim());
  const total = () => page.querySelector('#assessment-plan-total');
  /** The text of the points of the partial qualification `q`. */
  const worth = (q: number) => page.querySelector(`#partial-${q}-points`)?.textContent?.trim();
  /** The sentence the editor shows right after the field `path` about its problem. */
  const problemAt = (path: string) =>
    page.querySelector(`#${fieldId(path)}-problem`)?.textContent?.trim();
  const requiredBox = (code: string) =>
    page.querySelector<HTMLInputElement>(`input[data-required-language="${code}"]`);

  async function load(curriculum: Curriculum): Promise<void> {
    const loading = state.load('c1');
    http.expectOne(BASE).flush(curriculum);
    await Promise.resolve();
    http.expectOne(`${BASE}/reviews`).flush([]);
    await loading;
  }

  /** Saves, answers the PATCH with `stored`, and gives the PATCH body. */
  async function save(stored: Curriculum): Promise<unknown> {
    const saving = state.save();
    await Promise.resolve();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === BASE);
    patch.flush(stored);
    await turn();
    http.expectOne((r) => r.method === 'GET' && r.url === BASE).flush(stored);
    await turn();
    http.expectOne(`${BASE}/reviews`).flush([]);
    await saving;
    await render();
    return patch.request.body;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [EditorProgramme],
      providers: [
        EditorState,
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AUTOSAVE_DELAY, useValue: null },
      ],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    state = TestBed.inject(EditorState);
    fixture = TestBed.createComponent(EditorProgramme);
    fixture.componentRef.setInput('lang', 'de');
    page = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  it('marks declared languages required for review and publication, the primary one always', async () => {
    await load(tree(1));
    await render();
    const legend = Array.from(page.querySelectorAll('legend')).find(
      (l) => l.textContent?.trim() === 'Required for review and publication',
    );
    const group = legend?.parentElement as HTMLFieldSetElement;
    expect(group.id).toBe('f-requiredLanguages');
    expect(group.getAttribute('aria-describedby')).toBe('help-required-languages');
    expect(Array.from(group.querySelectorAll('label')).map((l) => l.textContent?.trim())).toEqual([
      'Deutsch (primary language, always required)',
      'English',
      'Lietuvių',
    ]);
    expect(requiredBox('de')).toMatchObject({ checked: true, disabled: true });
    expect(requiredBox('en')).toMatchObject({ checked: false, disabled: false });

    requiredBox('en')?.click();
    expect(state.working()?.requiredLanguages).toEqual(['de', 'en']);
    expect(await save(tree(2, { requiredLanguages: ['de', 'en'] }))).toEqual({
      requiredLanguages: ['de', 'en'],
      version: 1,
    });
    expect(requiredBox('en')?.checked).toBe(true);

    requiredBox('en')?.click();
    expect(await save(tree(3))).toEqual({ requiredLanguages: ['de'], version: 2 });
  });

  it('stops requiring a language that is taken off the declared ones', async () => {
    await load(tree(1, { requiredLanguages: ['de', 'lt'] }));
    await render();
    expect(requiredBox('lt')?.checked).toBe(true);
    const declared = Array.from(
      page.querySelectorAll<HTMLInputElement>('#f-languages input[type="checkbox"]'),
    );
    const lithuanian = declared.find((box) => box.parentElement?.textContent?.includes('Lietuvių'));
    lithuanian?.click();
    expect(await save(tree(2, { languages: ['de', 'en'], requiredLanguages: ['de'] }))).toEqual({
      languages: ['de', 'en'],
      requiredLanguages: ['de'],
      version: 1,
    });
    expect(requiredBox('lt')).toBeNull();
  });

  it('keeps the former primary language required when another one becomes primary', async () => {
    await load(tree(1));
    await render();
    const primary = labelled<HTMLSelectElement>('Primary language');
    primary.value = 'en';
    primary.dispatchEvent(new Event('change'));
    expect(await save(tree(2, { primaryLanguage: 'en', requiredLanguages: ['en', 'de'] }))).toEqual(
      { primaryLanguage: 'en', requiredLanguages: ['en', 'de'], version: 1 },
    );
    expect(requiredBox('en')).toMatchObject({ checked: true, disabled: true });
    expect(requiredBox('de')).toMatchObject({ checked: true, disabled: false });
  });

  it('chooses how a group is chosen, and how many units for "choose n units"', async () => {
    await load(tree(1));
    await render();
    const rule = labelled<HTMLSelectElement>('How units are chosen');
    expect(rule.id).toBe('f-electiveGroups-0-rule');
    expect(Array.from(rule.options).map((o) => [o.value, o.textContent?.trim()])).toEqual([
      ['points-at-least', 'Units worth at least the points required'],
      ['points-exactly', 'Units worth exactly the points required'],
      ['units', 'A number of its units'],
    ]);
    expect(rule.value).toBe('points-at-least');
    expect(() => labelled('Units to choose')).toThrow();

    rule.value = 'units';
    rule.dispatchEvent(new Event('change'));
    await render();
    const units = labelled<HTMLInputElement>('Units to choose');
    expect(units.id).toBe('f-electiveGroups-0-unitsRequired');
    expect(units.value).toBe('1');
    const chosen = { ...tree(1).electiveGroups[0], rule: 'units', unitsRequired: 1 } as const;
    expect(await save(tree(2, { electiveGroups: [chosen] }))).toEqual({
      electiveGroups: [chosen],
      version: 1,
    });

    const two = labelled<HTMLInputElement>('Units to choose');
    two.value = '2';
    two.dispatchEvent(new Event('input'));
    expect(state.working()?.electiveGroups[0]).toMatchObject({ rule: 'units', unitsRequired: 2 });

    const again = labelled<HTMLSelectElement>('How units are chosen');
    again.value = 'points-exactly';
    again.dispatchEvent(new Event('change'));
    await render();
    expect(() => labelled('Units to choose')).toThrow();
    const exactly = { ...chosen, rule: 'points-exactly', unitsRequired: null } as const;
    expect(await save(tree(3, { electiveGroups: [exactly] }))).toEqual({
      electiveGroups: [exactly],
      version: 2,
    });
  });

  it('shows a group without a rule as "at least its points"', async () => {
    const { rule: _rule, unitsRequired: _units, ...old } = tree(1).electiveGroups[0];
    await load(tree(1, { electiveGroups: [old as Curriculum['electiveGroups'][number]] }));
    await render();
    expect(labelled<HTMLSelectElement>('How units are chosen').value).toBe('points-at-least');
  });

  describe('assessment plan', () => {
    it('adds a part, edits it and saves the plan', async () => {
      await load(tree(1, { units: UNITS }));
      await render();
      expect(legends()).toContain('Assessment plan');
      expect(page.textContent).toContain(
        "No examination parts: the units' own assessments are all there is.",
      );
      expect(total()).toBeNull();

      button('Add examination part').click();
      await render();
      expect(legends()).toContain('Part AP1');
      expect(state.working()?.assessmentPlan).toEqual([
        part({ code: 'AP1', title: { de: 'AP1' } }),
      ]);
      expect(labelOf('f-assessmentPlan-0-code')).toBe('Code');
      expect(labelOf('f-assessmentPlan-0-title')).toBe('Title (de)');
      expect(labelOf('f-assessmentPlan-0-weight')).toBe('Weight (%)');
      expect(labelOf('f-assessmentPlan-0-year')).toBe('Year');
      expect(labelOf('f-assessmentPlan-0-term')).toBe('Term');
      expect(byId<HTMLInputElement>('f-assessmentPlan-0-code').value).toBe('AP1');
      expect(byId<HTMLInputElement>('f-assessmentPlan-0-weight').value).toBe('0');
      expect(byId<HTMLInputElement>('f-assessmentPlan-0-year').value).toBe('1');
      const term = byId<HTMLSelectElement>('f-assessmentPlan-0-term');
      expect(Array.from(term.options).map((o) => [o.value, o.textContent?.trim()])).toEqual([
        ['', 'End of the year'],
        ['1', 'Term 1'],
        ['2', 'Term 2'],
        ['3', 'Term 3'],
        ['4', 'Term 4'],
      ]);
      expect(term.value).toBe('');
      expect(
        Array.from(byId('f-assessmentPlan-0-methods').querySelectorAll('label')).map((l) =>
          l.textContent?.trim(),
        ),
      ).toEqual([
        'Practical task',
        'Work sample',
        'Written exam',
        'Oral exam',
        'Project',
        'Portfolio',
        'Observation at work',
      ]);
      expect(
        Array.from(byId('f-assessmentPlan-0-unitIds').querySelectorAll('label')).map((l) =>
          l.textContent?.trim(),
        ),
      ).toEqual(['M1 – Fräsen', 'M2 – Drehen']);
      expect(total()?.textContent?.trim()).toBe('Together: 0 % (the parts must add up to 100 %)');

      type('f-assessmentPlan-0-title', 'Abschlussprüfung Teil 1');
      type('f-assessmentPlan-0-weight', '40');
      type('f-assessmentPlan-0-year', '2');
      type('f-assessmentPlan-0-term', '2', 'change');
      box('f-assessmentPlan-0-methods', 'Written exam').click();
      box('f-assessmentPlan-0-methods', 'Practical task').click();
      box('f-assessmentPlan-0-unitIds', 'M2 – Drehen').click();
      await render();
      expect(total()?.textContent?.trim()).toBe('Together: 40 % (the parts must add up to 100 %)');
      const ap1 = part({
        code: 'AP1',
        title: { de: 'Abschlussprüfung Teil 1' },
        weight: 40,
        year: 2,
        term: 2,
        methods: ['written-exam', 'practical-task'],
        unitIds: ['u2'],
      });
      expect(await save(tree(2, { units: UNITS, assessmentPlan: [ap1] }))).toEqual({
        assessmentPlan: [ap1],
        version: 1,
      });
      expect(byId<HTMLSelectElement>('f-assessmentPlan-0-term').value).toBe('2');
      expect(box('f-assessmentPlan-0-unitIds', 'M2 – Drehen').checked).toBe(true);
      expect(box('f-assessmentPlan-0-methods', 'Written exam').checked).toBe(true);

      button('Add examination part').click();
      await render();
      expect(legends()).toContain('Part AP2');
      type('f-assessmentPlan-1-weight', '60');
      await render();
      expect(total()?.textContent?.trim()).toBe('Together: 100 %');
      expect(byId('f-assessmentPlan-1-weight').getAttribute('aria-describedby')).toBe(
        'assessment-plan-total',
      );
      const ap2 = part({ code: 'AP2', title: { de: 'AP2' }, weight: 60 });
      expect(await save(tree(3, { units: UNITS, assessmentPlan: [ap1, ap2] }))).toEqual({
        assessmentPlan: [ap1, ap2],
        version: 2,
      });
    });

    it('removes a part, and keeps the single outcomes of the others as they are', async () => {
      const ap1 = part({
        code: 'AP1',
        weight: 40,
        year: 1,
        term: 2,
        methods: ['written-exam'],
        unitIds: ['u1', 'u2'],
        outcomeIds: ['o1', 'o2'],
      });
      const ap2 = part({ code: 'AP2', weight: 60, unitIds: ['u2'] });
      await load(tree(1, { units: UNITS, assessmentPlan: [ap1, ap2] }));
      await render();
      expect(total()?.textContent?.trim()).toBe('Together: 100 %');
      expect(total()?.classList.contains('off')).toBe(false);
      expect(byId('f-assessmentPlan-0-outcomeIds').textContent?.trim()).toBe(
        'and 2 single outcomes beyond these units',
      );
      expect(page.querySelector('#f-assessmentPlan-1-outcomeIds')).toBeNull();

      button('Remove part AP2').click();
      await render();
      expect(legends()).not.toContain('Part AP2');
      expect(total()?.textContent?.trim()).toBe('Together: 40 % (the parts must add up to 100 %)');
      expect(total()?.classList.contains('off')).toBe(true);
      box('f-assessmentPlan-0-unitIds', 'M1 – Fräsen').click();
      type('f-assessmentPlan-0-term', '', 'change');
      type('f-assessmentPlan-0-weight', '100');
      const kept = { ...ap1, weight: 100, term: null, unitIds: ['u2'] };
      expect(await save(tree(2, { units: UNITS, assessmentPlan: [kept] }))).toEqual({
        assessmentPlan: [kept],
        version: 1,
      });
      expect(total()?.textContent?.trim()).toBe('Together: 100 %');

      button('Remove part AP1').click();
      await render();
      expect(page.querySelector('#f-assessmentPlan-0')).toBeNull();
      expect(total()).toBeNull();
      expect(await save(tree(3, { units: UNITS }))).toEqual({ assessmentPlan: [], version: 2 });
    });

    it('gives a new part a code no part has yet', async () => {
      await load(tree(1, { assessmentPlan: [part({ code: 'AP2', weight: 100 })] }));
      await render();
      button('Add examination part').click();
      await render();
      expect(state.working()?.assessmentPlan.map((p) => p.code)).toEqual(['AP2', 'AP3']);
      expect(button('Remove part AP3')).toBeTruthy();
    });

    it('names the fields by the paths of the checks, so that findings lead to them', async () => {
      await load(tree(1, { units: UNITS, assessmentPlan: [part({ code: 'AP1' })] }));
      await render();
      for (const id of [
        'f-assessmentPlan',
        'f-assessmentPlan-0',
        'f-assessmentPlan-0-code',
        'f-assessmentPlan-0-weight',
        'f-assessmentPlan-0-year',
        'f-assessmentPlan-0-methods',
        'f-assessmentPlan-0-unitIds',
      ]) {
        expect(byId(id)).toBeTruthy();
      }
    });

    it('speaks German', async () => {
      await TestBed.inject(I18n).use('de');
      await load(tree(1, { units: UNITS, assessmentPlan: [part({ code: 'AP1', weight: 33.5 })] }));
      await render();
      expect(legends()).toContain('Prüfungsplan');
      expect(labelOf('f-assessmentPlan-0-weight')).toBe('Gewicht (%)');
      expect(total()?.textContent?.trim()).toBe(
        'Zusammen: 33,5 % (die Teile müssen 100 % ergeben)',
      );
      expect(button('Teil AP1 entfernen')).toBeTruthy();
      expect(button('Prüfungsteil hinzufügen')).toBeTruthy();
    });
  });

  describe('partial qualifications', () => {
    it('adds a partial qualification, ticks two units, shows their points and saves the list', async () => {
      await load(tree(1, { units: WORTH }));
      await render();
      expect(legends()).toContain('Partial qualifications');
      expect(page.textContent).toContain(
        'No partial qualifications: learners are certified for the whole qualification only.',
      );

      button('Add partial qualification').click();
      await render();
      expect(legends()).toContain('Partial qualification TQ1');
      expect(state.working()?.partialQualifications).toEqual([
        { code: 'TQ1', title: { de: 'TQ1' }, unitIds: [] },
      ]);
      expect(labelOf('f-partialQualifications-0-code')).toBe('Code');
      expect(labelOf('f-partialQualifications-0-title')).toBe('Title (de)');
      expect(byId('f-partialQualifications-0-title').getAttribute('lang')).toBe('de');
      expect(
        Array.from(byId('f-partialQualifications-0-unitIds').querySelectorAll('label')).map((l) =>
          l.textContent?.trim(),
        ),
      ).toEqual(['M1 – Fräsen', 'M2 – Drehen', 'M3 – Schleifen']);
      expect(byId('f-partialQualifications-0-unitIds').getAttribute('aria-describedby')).toBe(
        'partial-0-points',
      );
      expect(worth(0)).toBe('Worth 0 ECVET points');

      type('f-partialQualifications-0-title', 'Fräsen und Drehen');
      box('f-partialQualifications-0-unitIds', 'M1 – Fräsen').click();
      box('f-partialQualifications-0-unitIds', 'M2 – Drehen').click();
      await render();
      expect(worth(0)).toBe('Worth 42.5 ECVET points');
      const tq1 = { code: 'TQ1', title: { de: 'Fräsen und Drehen' }, unitIds: ['u1', 'u2'] };
      expect(await save(tree(2, { units: WORTH, partialQualifications: [tq1] }))).toEqual({
        partialQualifications: [tq1],
        version: 1,
      });
      expect(box('f-partialQualifications-0-unitIds', 'M2 – Drehen').checked).toBe(true);
      expect(box('f-partialQualifications-0-unitIds', 'M3 – Schleifen').checked).toBe(false);
      expect(worth(0)).toBe('Worth 42.5 ECVET points');

      // A unit may belong to several partial qualifications.
      button('Add partial qualification').click();
      await render();
      box('f-partialQualifications-1-unitIds', 'M2 – Drehen').click();
      box('f-partialQualifications-1-unitIds', 'M3 – Schleifen').click();
      await render();
      expect(worth(1)).toBe('Worth 90 ECVET points');
      const tq2 = { code: 'TQ2', title: { de: 'TQ2' }, unitIds: ['u2', 'u3'] };
      expect(await save(tree(3, { units: WORTH, partialQualifications: [tq1, tq2] }))).toEqual({
        partialQualifications: [tq1, tq2],
        version: 2,
      });
    });

    it('removes a partial qualification and saves the others', async () => {
      const tq1 = partial('TQ1', ['u1']);
      const tq2 = partial('TQ2', ['u2', 'u3']);
      await load(tree(1, { units: WORTH, partialQualifications: [tq1, tq2] }));
      await render();
      expect(worth(0)).toBe('Worth 12.5 ECVET points');
      expect(worth(1)).toBe('Worth 90 ECVET points');

      button('Remove partial qualification TQ1').click();
      await render();
      expect(legends()).not.toContain('Partial qualification TQ1');
      expect(legends()).toContain('Partial qualification TQ2');
      expect(byId<HTMLInputElement>('f-partialQualifications-0-code').value).toBe('TQ2');
      expect(worth(0)).toBe('Worth 90 ECVET points');
      expect(await save(tree(2, { units: WORTH, partialQualifications: [tq2] }))).toEqual({
        partialQualifications: [tq2],
        version: 1,
      });

      button('Remove partial qualification TQ2').click();
      await render();
      expect(page.querySelector('#f-partialQualifications-0')).toBeNull();
      expect(await save(tree(3, { units: WORTH }))).toEqual({
        partialQualifications: [],
        version: 2,
      });
    });

    it('works with a curriculum stored before partial qualifications existed', async () => {
      const { partialQualifications: _partials, ...old } = tree(1, { units: WORTH });
      await load(old as Curriculum);
      await render();
      expect(page.textContent).toContain(
        'No partial qualifications: learners are certified for the whole qualification only.',
      );
      button('Add partial qualification').click();
      await render();
      box('f-partialQualifications-0-unitIds', 'M3 – Schleifen').click();
      const tq1 = { code: 'TQ1', title: { de: 'TQ1' }, unitIds: ['u3'] };
      expect(await save(tree(2, { units: WORTH, partialQualifications: [tq1] }))).toEqual({
        partialQualifications: [tq1],
        version: 1,
      });
    });

    it('names the fields by the paths of ECVET-PARTIAL, so that its findings lead to them', async () => {
      await load(tree(1, { units: WORTH, partialQualifications: [partial('TQ1', [])] }));
      await render();
      const findings = state.report()?.findings.filter((f) => f.ruleId === 'ECVET-PARTIAL');
      expect(findings?.map((f) => [f.severity, f.path])).toEqual([
        ['error', 'partialQualifications[0].unitIds'],
      ]);
      const field = byId(fieldId('partialQualifications[0].unitIds'));
      expect(field.tagName).toBe('FIELDSET');
      expect(field.querySelector('legend')?.textContent?.trim()).toBe(
        'Units of this partial qualification',
      );
      for (const id of [
        'f-partialQualifications',
        'f-partialQualifications-0',
        'f-partialQualifications-0-code',
        'f-partialQualifications-0-title',
      ]) {
        expect(byId(id)).toBeTruthy();
      }
    });

    it("shows the server's refusal of a unit at the units of that partial qualification", async () => {
      const tq1 = partial('TQ1', ['u1']);
      await load(tree(1, { units: WORTH, partialQualifications: [tq1] }));
      await render();
      box('f-partialQualifications-0-unitIds', 'M2 – Drehen').click();
      const saving = state.save();
      await Promise.resolve();
      const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === BASE);
      expect(patch.request.body).toEqual({
        partialQualifications: [{ ...tq1, unitIds: ['u1', 'u2'] }],
        version: 1,
      });
      patch.flush(
        {
          statusCode: 400,
          message: 'partialQualifications[0].unitIds[1]: each of unitIds must be the id of a unit',
          errors: [
            {
              path: 'partialQualifications[0].unitIds[1]',
              message: 'each of unitIds must be the id of a unit',
            },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await turn();
      await saving;
      await render();
      const units = byId('f-partialQualifications-0-unitIds');
      expect(units.getAttribute('aria-invalid')).toBe('true');
      expect(units.getAttribute('aria-describedby')).toBe(
        'partial-0-points f-partialQualifications-0-unitIds-problem',
      );
      expect(problemAt('partialQualifications[0].unitIds')).toBe(
        'Not accepted: each of unitIds must be the id of a unit',
      );
      expect(byId('f-partialQualifications-0-code').getAttribute('aria-invalid')).toBeNull();
      expect(state.saveState()).toBe('invalid');
    });

    it('refuses a bad code and a partial qualification without units at their fields, unsent', async () => {
      await load(tree(1, { units: WORTH }));
      await render();
      button('Add partial qualification').click();
      await render();
      type('f-partialQualifications-0-code', '#TQ 1', 'change');
      await state.save();
      await render();
      expect(byId('f-partialQualifications-0-code').getAttribute('aria-invalid')).toBe('true');
      expect(problemAt('partialQualifications[0].code')).toBe(
        'Use 1 to 50 letters, digits, spaces, dots, dashes, underscores or slashes, starting with a letter or digit.',
      );
      expect(problemAt('partialQualifications[0].unitIds')).toBe('Choose at least 1.');
      expect(state.saveState()).toBe('invalid');

      type('f-partialQualifications-0-code', 'TQ-1', 'change');
      box('f-partialQualifications-0-unitIds', 'M1 – Fräsen').click();
      const tq1 = { code: 'TQ-1', title: { de: 'TQ1' }, unitIds: ['u1'] };
      expect(await save(tree(2, { units: WORTH, partialQualifications: [tq1] }))).toEqual({
        partialQualifications: [tq1],
        version: 1,
      });
      expect(problemAt('partialQualifications[0].code')).toBeUndefined();
      expect(byId('f-partialQualifications-0-code').getAttribute('aria-invalid')).toBeNull();
    });

    it('speaks German', async () => {
      await TestBed.inject(I18n).use('de');
      await load(tree(1, { units: WORTH, partialQualifications: [partial('TQ1', ['u1', 'u2'])] }));
      await render();
      expect(legends()).toContain('Teilqualifikationen');
      expect(legends()).toContain('Teilqualifikation TQ1');
      expect(legends()).toContain('Einheiten dieser Teilqualifikation');
      expect(worth(0)).toBe('Umfang: 42,5 ECVET-Punkte');
      expect(button('Teilqualifikation TQ1 entfernen')).toBeTruthy();
      expect(button('Teilqualifikation hinzufügen')).toBeTruthy();
    });
  });

  describe('qualification code and the other programmes', () => {
    const PROGRAMMES = `${BASE}/programmes`;
    const programme = (patch: Partial<ProgrammeSummary> & Pick<ProgrammeSummary, 'id' | 'code'>) =>
      ({
        title: { de: 'Zerspanungsmechaniker/in' },
        status: 'published',
        programmeForm: 'dual',
        intensity: 1,
        durationMonths: 42,
        referenceDurationMonths: 42,
        ecvetPoints: 210,
        eqfLevel: 4,
        nqfLevel: 4,
        iscedFCode: '0715',
        occupation: null,
        differences: [],
        ...patch,
      }) satisfies ProgrammeSummary;
    const FULL_TIME = programme({ id: 'c2', code: 'ZM-CNC-2018' });
    const PART_TIME = programme({
      id: 'c3',
      code: 'ZM-TZ-2018',
      title: { de: 'Zerspanungsmechaniker/in (Teilzeit)', en: 'Machining (part-time)' },
      status: 'draft',
      programmeForm: 'school-based',
      intensity: 0.7,
      durationMonths: 60,
      ecvetPoints: 180,
      differences: ['ecvetPoints', 'eqfLevel'],
    });
    const codeField = () => labelled<HTMLInputElement>('Qualification code');
    const spaced = (node: Element | null | undefined) =>
      node?.textContent?.replace(/\s+/g, ' ').trim();
    /** The lines of the list of the other programmes: the programme, then how it differs. */
    const entries = () =>
      Array.from(page.querySelectorAll('ul.programmes > li')).map((li) => {
        const differs = li.querySelector('.differs');
        const whole = spaced(li) ?? '';
        const note = spaced(differs) ?? '';
        return differs === null ? whole : [whole.slice(0, whole.length - note.length).trim(), note];
      });
    const empty = () => page.querySelector('[data-testid="programmes-empty"]')?.textContent?.trim();

    it('lists the other programmes of the qualification, with the facts in which they differ', async () => {
      await load(tree(1, { qualificationCode: 'ZM-2018' }));
      await render();
      http.expectOne(PROGRAMMES).flush([FULL_TIME, PART_TIME]);
      await turn();
      await render();
      expect(codeField().id).toBe('f-qualificationCode');
      expect(codeField().value).toBe('ZM-2018');
      expect(codeField().getAttribute('aria-describedby')).toBe('help-qualification-code');
      expect(byId('help-qualification-code').textContent?.trim()).toBe(
        'Programmes of one qualification — full-time, part-time, shortened — share its code; leave empty for a qualification of its own.',
      );
      const list = page.querySelector('ul.programmes');
      expect(list?.getAttribute('aria-labelledby')).toBe('other-programmes-title');
      expect(byId('other-programmes-title').textContent?.trim()).toBe(
        'Other programmes of this qualification',
      );
      expect(entries()).toEqual([
        'ZM-CNC-2018 – Zerspanungsmechaniker/in · dual (school and company) · full-time · Published',
        [
          'ZM-TZ-2018 – Zerspanungsmechaniker/in (Teilzeit) · school-based · part-time 70 % · Draft',
          'Differs in: ECVET points, EQF level',
        ],
      ]);
      const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('ul.programmes a'));
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['/curricula/c2', '/curricula/c3']);
      expect(empty()).toBeUndefined();
    });

    it('says in German how a programme differs', async () => {
      await TestBed.inject(I18n).use('de');
      await load(tree(1, { qualificationCode: 'ZM-2018' }));
      await render();
      http.expectOne(PROGRAMMES).flush([PART_TIME]);
      await turn();
      await render();
      expect(labelled('Qualifikationscode').id).toBe('f-qualificationCode');
      expect(byId('other-programmes-title').textContent?.trim()).toBe(
        'Weitere Bildungsgänge dieser Qualifikation',
      );
      expect(entries()).toEqual([
        [
          'ZM-TZ-2018 – Zerspanungsmechaniker/in (Teilzeit) · schulisch · Teilzeit 70 % · Entwurf',
          'Abweichend: ECVET-Punkte, EQR-Niveau',
        ],
      ]);
    });

    it('says so when no other programme shares the code', async () => {
      await load(tree(1, { qualificationCode: 'ZM-2018' }));
      await render();
      http.expectOne(PROGRAMMES).flush([]);
      await turn();
      await render();
      expect(empty()).toBe('No other programme shares this code.');
      expect(entries()).toEqual([]);
    });

    it('asks for no programmes without a code, and tells a failed request without blocking', async () => {
      await load(tree(1));
      await render();
      http.expectNone(PROGRAMMES);
      expect(codeField().value).toBe('');
      expect(page.querySelector('#other-programmes-title')).toBeNull();

      codeField().value = 'ZM-2018';
      codeField().dispatchEvent(new Event('change'));
      const saving = state.save();
      await Promise.resolve();
      http
        .expectOne((r) => r.method === 'PATCH' && r.url === BASE)
        .flush(tree(2, { qualificationCode: 'ZM-2018' }));
      await turn();
      http
        .expectOne((r) => r.method === 'GET' && r.url === BASE)
        .flush(tree(2, { qualificationCode: 'ZM-2018' }));
      await turn();
      http.expectOne(`${BASE}/reviews`).flush([]);
      await saving;
      await render();
      http.expectOne(PROGRAMMES).flush('down', { status: 503, statusText: 'Unavailable' });
      await turn();
      await render();
      expect(page.querySelector('[data-testid="programmes-failed"]')?.textContent?.trim()).toBe(
        'The other programmes of this qualification could not be loaded. Editing is not affected.',
      );
      expect(codeField().disabled).toBe(false);
      expect(state.saveState()).toBe('saved');
    });

    it('sends the code, and null when the field is cleared; the list follows the saved code', async () => {
      await load(tree(1));
      await render();

      type('f-qualificationCode', ' ZM-2018 ', 'change');
      expect(state.working()?.qualificationCode).toBe('ZM-2018');
      expect(await save(tree(2, { qualificationCode: 'ZM-2018' }))).toEqual({
        qualificationCode: 'ZM-2018',
        version: 1,
      });
      http.expectOne(PROGRAMMES).flush([FULL_TIME]);
      await turn();
      await render();
      expect(entries()).toEqual([
        'ZM-CNC-2018 – Zerspanungsmechaniker/in · dual (school and company) · full-time · Published',
      ]);

      type('f-qualificationCode', '', 'change');
      expect(state.working()?.qualificationCode).toBeNull();
      expect(await save(tree(3))).toEqual({ qualificationCode: null, version: 2 });
      http.expectNone(PROGRAMMES);
      expect(page.querySelector('ul.programmes')).toBeNull();
    });

    it('refuses a bad code at its field, unsent', async () => {
      await load(tree(1));
      await render();
      type('f-qualificationCode', '#ZM 2018', 'change');
      await state.save();
      await render();
      http.expectNone((r) => r.method === 'PATCH');
      expect(problemAt('qualificationCode')).toBe(
        'Use 1 to 50 letters, digits, spaces, dots, dashes, underscores or slashes, starting with a letter or digit.',
      );
      expect(codeField().getAttribute('aria-invalid')).toBe('true');
      expect(codeField().getAttribute('aria-describedby')).toBe(
        'help-qualification-code f-qualificationCode-problem',
      );
      expect(state.saveState()).toBe('invalid');

      type('f-qualificationCode', 'ZM-2018', 'change');
      expect(await save(tree(2, { qualificationCode: 'ZM-2018' }))).toEqual({
        qualificationCode: 'ZM-2018',
        version: 1,
      });
      http.expectOne(PROGRAMMES).flush([]);
      await turn();
      await render();
      expect(problemAt('qualificationCode')).toBeUndefined();
      expect(empty()).toBe('No other programme shares this code.');
    });
  });
});
