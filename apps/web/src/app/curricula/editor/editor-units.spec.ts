import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Curriculum, LearningOutcome, Unit } from '@curriculum-builder/curriculum';
import { I18n } from '../../core/i18n/i18n';
import { ESCO_MESSAGES } from '../../esco/esco.messages';
import { CURRICULA_MESSAGES } from '../curricula.messages';
import { AUTOSAVE_DELAY, EditorState } from './editor-state';
import { EditorUnits } from './editor-units';
import { draftTree, draftUnit } from './testing/editor-fixture';

const BASE = '/api/v1/curricula/c1';

const unit = (patch: Partial<Unit> = {}): Unit =>
  draftUnit({
    id: 'u1',
    code: 'WP-1',
    title: { de: 'Robotik' },
    ecvetPoints: 10,
    mandatory: false,
    electiveGroup: 'WP1',
    ...patch,
  });

const tree = (version: number, only: Unit): Curriculum => draftTree(version, { units: [only] });

/** A learning outcome of the unit, in German (the draft's language). */
const outcome = (patch: Partial<LearningOutcome> = {}): LearningOutcome => ({
  id: 'o1',
  version: 1,
  category: 'skill',
  text: { de: 'Die CNC-Drehmaschine nach Zeichnung einrichten' },
  criteria: {},
  escoSkills: [],
  escoSkill: null,
  ...patch,
});

describe('EditorUnits', () => {
  let fixture: ComponentFixture<EditorUnits>;
  let state: EditorState;
  let http: HttpTestingController;
  let page: HTMLElement;

  const turn = () => new Promise((done) => setTimeout(done));
  const render = async () => {
    fixture.detectChanges();
    await fixture.whenStable();
  };
  /** The field a label names (`label[for]` → id), or null. */
  const labelled = <T extends HTMLElement>(text: string): T | null => {
    const label = Array.from(page.querySelectorAll('label')).find(
      (l) => l.textContent?.trim() === text,
    );
    return label ? page.querySelector<T>(`#${label.htmlFor}`) : null;
  };

  async function load(curriculum: Curriculum): Promise<void> {
    const loading = state.load('c1');
    http.expectOne(BASE).flush(curriculum);
    await Promise.resolve();
    http.expectOne(`${BASE}/reviews`).flush([]);
    await loading;
  }

  /** Saves, answers the unit's PATCH with `stored`, and gives the PATCH body. */
  async function save(stored: Curriculum): Promise<unknown> {
    return saveAt(`${BASE}/units/u1`, stored.units[0], stored);
  }

  /** Saves, answers the PATCH of `url` with `answer` and the reload with `stored`: the PATCH body. */
  async function saveAt(url: string, answer: object, stored: Curriculum): Promise<unknown> {
    const saving = state.save();
    await Promise.resolve();
    const patch = http.expectOne((r) => r.method === 'PATCH' && r.url === url);
    patch.flush(answer);
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
      imports: [EditorUnits],
      providers: [
        EditorState,
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AUTOSAVE_DELAY, useValue: null },
      ],
    });
    const i18n = TestBed.inject(I18n);
    void i18n.register(CURRICULA_MESSAGES, ESCO_MESSAGES);
    await i18n.use('en');
    http = TestBed.inject(HttpTestingController);
    state = TestBed.inject(EditorState);
    fixture = TestBed.createComponent(EditorUnits);
    fixture.componentRef.setInput('lang', 'de');
    fixture.componentRef.setInput('selectedUnitId', 'u1');
    page = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  it('makes an elective unit an add-on outside the total, and an add-on a mandatory unit again', async () => {
    await load(tree(1, unit()));
    await render();
    const addOn = labelled<HTMLInputElement>('Add-on qualification (outside the total)');
    expect(addOn?.id).toBe('f-units-0-addOn');
    expect(addOn?.type).toBe('checkbox');
    expect(addOn?.checked).toBe(false);
    expect(addOn?.getAttribute('aria-describedby')).toBe('help-add-on');
    expect(labelled('Mandatory unit')).not.toBeNull();
    expect(labelled('Elective group')).not.toBeNull();

    addOn?.click();
    await render();
    expect(state.working()?.units[0]).toMatchObject({
      addOn: true,
      mandatory: false,
      electiveGroup: null,
    });
    // What changed is sent: it was elective already, so `mandatory: false` is no change.
    expect(await save(tree(2, unit({ version: 2, addOn: true, electiveGroup: null })))).toEqual({
      electiveGroup: null,
      addOn: true,
      version: 1,
    });
    expect(labelled<HTMLInputElement>('Add-on qualification (outside the total)')?.checked).toBe(
      true,
    );
    expect(labelled('Mandatory unit')).toBeNull();
    expect(labelled('Elective group')).toBeNull();
    expect(page.querySelector('.unit-pick .meta')?.textContent).toContain('add-on');

    labelled<HTMLInputElement>('Add-on qualification (outside the total)')?.click();
    await render();
    expect(state.working()?.units[0]).toMatchObject({
      addOn: false,
      mandatory: true,
      electiveGroup: null,
    });
    expect(await save(tree(3, unit({ version: 3, mandatory: true, electiveGroup: null })))).toEqual(
      { mandatory: true, addOn: false, version: 2 },
    );
    expect(labelled<HTMLInputElement>('Mandatory unit')?.checked).toBe(true);
    expect(labelled('Elective group')).toBeNull();
  });

  /** Types `value` into a labelled input (as the browser does: the text, then an input event). */
  const type = (label: string, value: string): void => {
    const input = labelled<HTMLInputElement>(label);
    if (input === null) throw new Error(`no field labelled "${label}"`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  /** Chooses the option shown as `option` in a labelled select. */
  const choose = (label: string, option: string): void => {
    const select = labelled<HTMLSelectElement>(label);
    const index = Array.from(select?.options ?? []).findIndex(
      (o) => o.textContent?.trim() === option,
    );
    if (select === null || index < 0) throw new Error(`no option "${option}" in "${label}"`);
    select.selectedIndex = index;
    select.dispatchEvent(new Event('change'));
  };

  it('labels the end of a unit, its guided hours and national credits next to its year and term', async () => {
    await load(tree(1, unit()));
    await render();
    const fields = [
      ['Year', 'f-units-0-year', 'INPUT'],
      ['Term', 'f-units-0-term', 'SELECT'],
      ['Ends in year', 'f-units-0-endYear', 'INPUT'],
      ['Ends in term', 'f-units-0-endTerm', 'SELECT'],
      ['Guided learning (hours)', 'f-units-0-guidedHours', 'INPUT'],
      ['National credits', 'f-units-0-nationalCredits', 'INPUT'],
    ];
    const editor = page.querySelector('.unit-editor') as HTMLElement;
    for (const [label, id, tag] of fields) {
      const named = Array.from(editor.querySelectorAll('label')).find(
        (l) => l.textContent?.trim() === label,
      );
      const field = named ? page.querySelector(`#${named.htmlFor}`) : null;
      expect({ label, id: field?.id, tag: field?.tagName }).toEqual({ label, id, tag });
    }
    const ids = Array.from(page.querySelectorAll('.unit-editor .grid [id^="f-units-0-"]')).map(
      (element) => element.id,
    );
    expect(ids.slice(ids.indexOf('f-units-0-year'), ids.indexOf('f-units-0-year') + 6)).toEqual(
      fields.map(([, id]) => id),
    );
    const endYear = labelled<HTMLInputElement>('Ends in year');
    expect(endYear?.type).toBe('number');
    expect([endYear?.min, endYear?.max, endYear?.value]).toEqual(['1', '10', '']);
    expect(endYear?.getAttribute('aria-describedby')).toBe('help-end-year');
    expect(page.querySelector('#help-end-year')?.textContent).toContain(
      'Empty: the unit ends in the year it starts.',
    );
    const endTerm = labelled<HTMLSelectElement>('Ends in term');
    expect(Array.from(endTerm?.options ?? []).map((o) => o.textContent?.trim())).toEqual([
      '—',
      'Term 1',
      'Term 2',
      'Term 3',
      'Term 4',
    ]);
    expect(endTerm?.selectedIndex).toBe(0);
    expect(endTerm?.getAttribute('aria-describedby')).toBe('help-end-term');
    const hours = labelled<HTMLInputElement>('Guided learning (hours)');
    expect([hours?.type, hours?.min, hours?.max, hours?.step, hours?.value]).toEqual([
      'number',
      '0',
      '10000',
      '1',
      '',
    ]);
    const credits = labelled<HTMLInputElement>('National credits');
    expect([credits?.type, credits?.min, credits?.max, credits?.step, credits?.value]).toEqual([
      'number',
      '0',
      '1000',
      'any',
      '',
    ]);
    expect(page.querySelector('.unit-pick .meta')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Year 1 · 10 P.',
    );
  });

  it('saves the end of a unit, its guided hours and national credits, and shows its span of years', async () => {
    await load(tree(1, unit({ mandatory: true, electiveGroup: null })));
    await render();
    type('Ends in year', '3');
    choose('Ends in term', 'Term 1');
    type('Guided learning (hours)', '120');
    type('National credits', '4.5');
    await render();
    expect(state.working()?.units[0]).toMatchObject({
      endYear: 3,
      endTerm: 1,
      guidedHours: 120,
      nationalCredits: 4.5,
    });
    const stored = unit({
      version: 2,
      mandatory: true,
      electiveGroup: null,
      endYear: 3,
      endTerm: 1,
      guidedHours: 120,
      nationalCredits: 4.5,
    });
    expect(await save(tree(2, stored))).toEqual({
      endYear: 3,
      endTerm: 1,
      guidedHours: 120,
      nationalCredits: 4.5,
      version: 1,
    });
    expect(labelled<HTMLInputElement>('Ends in year')?.value).toBe('3');
    expect(labelled<HTMLSelectElement>('Ends in term')?.selectedIndex).toBe(1);
    expect(labelled<HTMLInputElement>('Guided learning (hours)')?.value).toBe('120');
    expect(labelled<HTMLInputElement>('National credits')?.value).toBe('4.5');
    expect(page.querySelector('.unit-pick .meta')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Year 1 – 3 · 10 P.',
    );
  });

  it('sends null for an emptied end: the unit ends in the year it starts again', async () => {
    const spanning = { endYear: 2, endTerm: 2, guidedHours: 80, nationalCredits: 3 };
    await load(tree(1, unit({ mandatory: true, electiveGroup: null, ...spanning })));
    await render();
    expect(labelled<HTMLInputElement>('Ends in year')?.value).toBe('2');
    expect(labelled<HTMLInputElement>('Guided learning (hours)')?.value).toBe('80');
    expect(labelled<HTMLInputElement>('National credits')?.value).toBe('3');
    expect(page.querySelector('.unit-pick .meta')?.textContent).toContain('Year 1 – 2');
    type('Ends in year', '');
    choose('Ends in term', '—');
    await render();
    expect(state.working()?.units[0]).toMatchObject({ endYear: null, endTerm: null });
    const stored = unit({ version: 2, mandatory: true, electiveGroup: null, guidedHours: 80 });
    expect(await save(tree(2, { ...stored, nationalCredits: 3 }))).toEqual({
      endYear: null,
      endTerm: null,
      version: 1,
    });
    expect(labelled<HTMLInputElement>('Ends in year')?.value).toBe('');
    expect(labelled<HTMLSelectElement>('Ends in term')?.selectedIndex).toBe(0);
    expect(page.querySelector('.unit-pick .meta')?.textContent).not.toContain('–');
  });

  it('takes an emptied guided hours or national credits field for "not stated" (null)', async () => {
    await load(tree(1, unit({ guidedHours: 80, nationalCredits: 3 })));
    await render();
    type('Guided learning (hours)', '');
    type('National credits', '');
    await render();
    expect(state.working()?.units[0]).toMatchObject({ guidedHours: null, nationalCredits: null });
  });

  it('takes a mandatory unit out of the total when it becomes an add-on', async () => {
    await load(tree(1, unit({ mandatory: true, electiveGroup: null })));
    await render();
    labelled<HTMLInputElement>('Add-on qualification (outside the total)')?.click();
    expect(await save(tree(2, unit({ version: 2, addOn: true, electiveGroup: null })))).toEqual({
      mandatory: false,
      addOn: true,
      version: 1,
    });
  });

  describe('ESCO skills of an outcome', () => {
    const CNC = {
      uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8',
      label: { de: 'CNC-Maschinen bedienen', en: 'operate CNC machines' },
    };
    const DRAWINGS = {
      uri: 'http://data.europa.eu/esco/skill/0a2d9d6b-2f5c-4a8a-9f0e-2b7c3c1d4e5f',
      label: { de: 'Technische Zeichnungen lesen' },
    };
    const row = () => page.querySelector<HTMLElement>('[data-outcome="o1"]') as HTMLElement;
    /** The outcome's skills as listed: the text of each entry, spaces collapsed. */
    const listed = () =>
      Array.from(row().querySelectorAll('.skills li')).map((li) =>
        li.textContent?.replace(/\s+/g, ' ').trim(),
      );
    const removeButtons = () =>
      Array.from(row().querySelectorAll<HTMLButtonElement>('.skills button'));
    /** The field a label names within the outcome (there is one such field per outcome). */
    const field = (text: string): HTMLInputElement => {
      const label = Array.from(row().querySelectorAll('label')).find(
        (l) => l.textContent?.trim() === text,
      );
      const input = label ? row().querySelector<HTMLInputElement>(`#${label.htmlFor}`) : null;
      if (input === null) throw new Error(`no field labelled "${text}" in the outcome`);
      return input;
    };
    /** The ESCO picker of the outcome (a combobox labelled "Find an ESCO skill"). */
    const picker = () => field('Find an ESCO skill');
    const typeIn = (value: string): void => {
      const input = picker();
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const press = (key: string): void => {
      picker().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    };
    /** Types words, waits for the pause, and answers the catalogue's search with `items`. */
    const search = async (words: string, items: object[]): Promise<URLSearchParams> => {
      typeIn(words);
      await new Promise((done) => setTimeout(done, 250));
      const request = http.expectOne((r) => r.url === '/api/v1/esco/skills');
      request.flush({ items, total: items.length, source: 'ESCO v1.1.1, © European Union' });
      await turn();
      await render();
      return new URLSearchParams(request.request.params.toString());
    };
    const found = (uri: string, text: string, language = 'de') => ({
      uri,
      label: { text, language },
      skillType: 'skill/competence',
      reuseLevel: 'sector-specific',
    });
    const withSkills = (escoSkills: LearningOutcome['escoSkills']): Unit =>
      unit({ outcomes: [outcome({ escoSkills, escoSkill: escoSkills[0] ?? null })] });
    const saveOutcome = (escoSkills: LearningOutcome['escoSkills']) => {
      const stored = outcome({ version: 2, escoSkills, escoSkill: escoSkills[0] ?? null });
      return saveAt(
        `${BASE}/units/u1/outcomes/o1`,
        stored,
        tree(2, unit({ version: 1, outcomes: [stored] })),
      );
    };

    it('says where a unit adopted from the shared library came from, and when it was adapted', async () => {
      const provenance = {
        entryId: 'e1',
        version: 2,
        source: { curriculumId: 'c9', unitId: 'u9' },
        institution: { id: 'i1', name: 'Partnerschule', country: 'DE' },
        licence: 'CC-BY-4.0' as const,
        attribution:
          'ZM-07 Additive Fertigung — Partnerschule, CC BY 4.0, library entry e1 version 2',
        adapted: false,
      };
      await load(tree(1, unit({ provenance })));
      await render();
      expect(page.querySelector('.provenance')?.textContent?.trim()).toBe(
        `From the shared library: ${provenance.attribution}.`,
      );
      await load(tree(2, unit({ provenance: { ...provenance, adapted: true } })));
      await render();
      expect(page.querySelector('.provenance')?.textContent?.trim()).toBe(
        `Adapted from the shared library: ${provenance.attribution}.`,
      );
    });

    it('lists the skills in the content language, names the first the main skill, and labels every field', async () => {
      await load(tree(1, withSkills([CNC, DRAWINGS])));
      await render();
      expect(row().querySelector('summary')?.textContent?.trim()).toBe(
        'Category, assessment criteria and ESCO skills',
      );
      expect(row().querySelector('legend')?.textContent?.trim()).toBe('ESCO skills');
      expect(listed()).toEqual([
        `CNC-Maschinen bedienen main skill ${CNC.uri} ✕`,
        `Technische Zeichnungen lesen ${DRAWINGS.uri} ✕`,
      ]);
      expect(row().querySelector('.skills a')?.getAttribute('href')).toBe(CNC.uri);
      expect(row().querySelector('.skills a span')?.getAttribute('lang')).toBe('de');
      // ESCO's attribution goes with its labels (in the unit's ESCO box).
      expect(page.querySelector('.esco-source')?.textContent?.trim()).toBe(
        'Skills and occupations: ESCO v1.1.1, © European Union.',
      );
      expect(removeButtons().map((b) => [b.type, b.getAttribute('aria-label')])).toEqual([
        ['button', 'Remove the ESCO skill "CNC-Maschinen bedienen"'],
        ['button', 'Remove the ESCO skill "Technische Zeichnungen lesen"'],
      ]);
      const combobox = picker();
      expect([combobox.id, combobox.getAttribute('role')]).toEqual([
        'f-units-0-outcomes-0-escoSkills',
        'combobox',
      ]);
      expect(combobox.getAttribute('aria-controls')).toBe('f-units-0-outcomes-0-escoSkills-list');

      // In English the skill has its English name; one skill alone needs no "main skill".
      fixture.componentRef.setInput('lang', 'en');
      await render();
      expect(listed()[0]).toBe(`operate CNC machines main skill ${CNC.uri} ✕`);
      state.editOutcome('u1', 'o1', { escoSkills: [CNC] });
      await render();
      expect(listed()).toEqual([`operate CNC machines ${CNC.uri} ✕`]);
      // Without ESCO labels, no attribution.
      state.editOutcome('u1', 'o1', { escoSkills: [] });
      await render();
      expect(page.querySelector('.esco-source')).toBeNull();
    });

    it('adds a second skill found by its words: the PATCH sends both, the main one first', async () => {
      await load(tree(1, withSkills([CNC])));
      await render();
      const params = await search('Zeichnungen', [
        found(DRAWINGS.uri, 'Technische Zeichnungen lesen'),
      ]);
      expect(params.get('q')).toBe('Zeichnungen');
      expect(params.get('lang')).toBe('de');
      expect(picker().getAttribute('aria-expanded')).toBe('true');
      expect(picker().getAttribute('aria-activedescendant')).toBe(
        'f-units-0-outcomes-0-escoSkills-option-0',
      );
      press('Enter');
      await render();
      expect(state.working()?.units[0].outcomes[0].escoSkills).toEqual([CNC, DRAWINGS]);
      expect(picker().value).toBe('');
      expect(await saveOutcome([CNC, DRAWINGS])).toEqual({
        escoSkills: [CNC, DRAWINGS],
        version: 1,
      });
      expect(listed()).toEqual([
        `CNC-Maschinen bedienen main skill ${CNC.uri} ✕`,
        `Technische Zeichnungen lesen ${DRAWINGS.uri} ✕`,
      ]);
    });

    it('takes a pasted ESCO URI as it is, named by its URI', async () => {
      await load(tree(1, withSkills([])));
      await render();
      expect(listed()).toEqual(['No ESCO skill linked yet.']);
      typeIn(DRAWINGS.uri);
      press('Enter');
      await render();
      expect(state.working()?.units[0].outcomes[0].escoSkills).toEqual([
        { uri: DRAWINGS.uri, label: { de: DRAWINGS.uri } },
      ]);
      http.expectNone((r) => r.url === '/api/v1/esco/skills');
    });

    it('does not link a skill twice, and says why', async () => {
      await load(tree(1, withSkills([CNC])));
      await render();
      typeIn(CNC.uri);
      press('Enter');
      await render();
      expect(state.working()?.units[0].outcomes[0].escoSkills).toEqual([CNC]);
      expect(state.pending()).toEqual([]);
      const problem = row().querySelector('#esco-problem-o1');
      expect(problem?.textContent?.trim()).toBe('This ESCO skill is linked already.');
      expect(problem?.getAttribute('role')).toBe('alert');
      expect(picker().getAttribute('aria-describedby')).toBe('esco-problem-o1');
    });

    it('refuses an address that is no ESCO skill, and links nothing', async () => {
      await load(tree(1, withSkills([])));
      await render();
      typeIn('http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1');
      press('Enter');
      await render();
      expect(state.pending()).toEqual([]);
      const problem = row().querySelector('#f-units-0-outcomes-0-escoSkills-problem');
      expect(problem?.textContent?.trim()).toBe('This is not an ESCO URI of the kind asked for.');
      expect(picker().getAttribute('aria-invalid')).toBe('true');
      // A skill found by words clears it.
      await search('Zeichnungen', [found(DRAWINGS.uri, 'Technische Zeichnungen lesen')]);
      expect(row().querySelector('#f-units-0-outcomes-0-escoSkills-problem')).toBeNull();
      row().querySelector<HTMLElement>('[role="option"]')?.click();
      await render();
      expect(state.working()?.units[0].outcomes[0].escoSkills).toEqual([
        { uri: DRAWINGS.uri, label: { de: 'Technische Zeichnungen lesen' } },
      ]);
    });

    it('marks the field when a listed skill is refused (a change brought back from the browser)', async () => {
      await load(tree(1, withSkills([CNC])));
      await render();
      const wrong = { uri: 'http://example.org/skill/1', label: { de: 'falsch' } };
      state.editOutcome('u1', 'o1', { escoSkills: [CNC, wrong] });
      await state.save(); // refused here: nothing is sent
      await render();
      const combobox = picker();
      expect(combobox.getAttribute('aria-invalid')).toBe('true');
      expect(combobox.getAttribute('aria-describedby')).toBe(`${combobox.id}-problem`);
      expect(page.querySelector(`#${combobox.id}-problem`)?.textContent).toContain(
        'Enter an ESCO skill URI such as',
      );
      expect(state.saveState()).toBe('invalid');

      // The wrong skill removed and another one added, the list is sent again.
      removeButtons()[1].click();
      await render();
      typeIn(DRAWINGS.uri);
      press('Enter');
      await render();
      expect(await saveOutcome([CNC, { uri: DRAWINGS.uri, label: { de: DRAWINGS.uri } }])).toEqual({
        escoSkills: [CNC, { uri: DRAWINGS.uri, label: { de: DRAWINGS.uri } }],
        version: 1,
      });
      expect(picker().hasAttribute('aria-invalid')).toBe(false);
    });

    it('cannot be changed while the curriculum cannot be edited', async () => {
      await load(draftTree(1, { status: 'in-review', units: [withSkills([CNC, DRAWINGS])] }));
      await render();
      expect(listed()).toHaveLength(2);
      expect(row().querySelector<HTMLFieldSetElement>('fieldset.esco')?.disabled).toBe(true);
    });
  });

  describe('assessment criteria of an outcome', () => {
    const LABEL = 'Assessment criteria of this outcome (de)';
    const criteria = () => labelled<HTMLTextAreaElement>(LABEL);
    const withCriteria = (value: LearningOutcome['criteria']): Unit =>
      unit({ outcomes: [outcome({ criteria: value })] });
    /** Saves the outcome, answering its PATCH with `value` stored: the PATCH body. */
    const saveCriteria = (value: LearningOutcome['criteria']) => {
      const stored = outcome({ version: 2, criteria: value });
      return saveAt(
        `${BASE}/units/u1/outcomes/o1`,
        stored,
        tree(2, unit({ version: 1, outcomes: [stored] })),
      );
    };

    it('has a labelled field in the content language among the category and skills, with a hint', async () => {
      await load(tree(1, withCriteria({ de: 'Maße nach Zeichnung', en: 'Dimensions as drawn' })));
      await render();
      const field = criteria();
      expect(field?.tagName).toBe('TEXTAREA');
      expect(field?.id).toBe('f-units-0-outcomes-0-criteria');
      expect(field?.getAttribute('lang')).toBe('de');
      expect(field?.value).toBe('Maße nach Zeichnung');
      expect(field?.disabled).toBe(false);
      expect(field?.closest('[data-outcome]')?.getAttribute('data-outcome')).toBe('o1');
      expect(field?.closest('details.outcome-more')).not.toBeNull();
      expect(field?.closest('form')).toBeNull();
      expect(field?.closest('details')?.querySelector('summary')?.textContent?.trim()).toBe(
        'Category, assessment criteria and ESCO skills',
      );
      expect(field?.getAttribute('aria-describedby')).toBe('criteria-help-o1');
      expect(page.querySelector('#criteria-help-o1')?.textContent?.trim()).toBe(
        "When an outcome has none, the unit's assessment criteria apply to it; with criteria on every outcome, the unit needs none of its own.",
      );

      // In English the field shows the English criteria, the primary language's as placeholder.
      fixture.componentRef.setInput('lang', 'en');
      await render();
      const english = labelled<HTMLTextAreaElement>('Assessment criteria of this outcome (en)');
      expect([english?.value, english?.getAttribute('lang'), english?.placeholder]).toEqual([
        'Dimensions as drawn',
        'en',
        'Maße nach Zeichnung',
      ]);
    });

    it('sends the criteria typed in the content language and keeps the other languages', async () => {
      await load(tree(1, withCriteria({ en: 'Dimensions as drawn' })));
      await render();
      expect(criteria()?.value).toBe('');
      expect(criteria()?.placeholder).toBe('');
      type(LABEL, 'Maße nach Zeichnung, ±0,1 mm');
      await render();
      const typed = { en: 'Dimensions as drawn', de: 'Maße nach Zeichnung, ±0,1 mm' };
      expect(state.working()?.units[0].outcomes[0].criteria).toEqual(typed);
      expect(await saveCriteria(typed)).toEqual({ criteria: typed, version: 1 });
      expect(criteria()?.value).toBe('Maße nach Zeichnung, ±0,1 mm');
    });

    it('removes an emptied language and keeps the others', async () => {
      await load(tree(1, withCriteria({ de: 'Maße nach Zeichnung', en: 'Dimensions as drawn' })));
      await render();
      type(LABEL, '');
      await render();
      expect(state.working()?.units[0].outcomes[0].criteria).toEqual({
        en: 'Dimensions as drawn',
      });
      // Only blanks are as empty as nothing.
      type(LABEL, '  ');
      await render();
      expect(state.working()?.units[0].outcomes[0].criteria).toEqual({
        en: 'Dimensions as drawn',
      });
      expect(await saveCriteria({ en: 'Dimensions as drawn' })).toEqual({
        criteria: { en: 'Dimensions as drawn' },
        version: 1,
      });
      expect(state.working()?.units[0].outcomes[0].criteria).toEqual({
        en: 'Dimensions as drawn',
      });
    });

    it('clears the last language to none ({}), and sends nothing when that is what is stored', async () => {
      await load(tree(1, withCriteria({ de: 'Maße nach Zeichnung' })));
      await render();
      type(LABEL, '');
      await render();
      expect(state.working()?.units[0].outcomes[0].criteria).toEqual({});
      expect(await saveCriteria({})).toEqual({ criteria: {}, version: 1 });

      // Typed and emptied again: the outcome is as stored, nothing to send.
      type(LABEL, 'neu');
      type(LABEL, '');
      await render();
      expect(state.pending()).toEqual([]);
    });

    it('takes an outcome without criteria (older data) for one with none', async () => {
      const { criteria: _none, ...older } = outcome();
      await load(tree(1, unit({ outcomes: [older as LearningOutcome] })));
      await render();
      expect(criteria()?.value).toBe('');
      type(LABEL, 'Maße nach Zeichnung');
      await render();
      expect(state.working()?.units[0].outcomes[0].criteria).toEqual({
        de: 'Maße nach Zeichnung',
      });
      expect(state.pending()).toEqual([
        {
          kind: 'outcome',
          unitId: 'u1',
          outcomeId: 'o1',
          version: 1,
          body: { criteria: { de: 'Maße nach Zeichnung' } },
        },
      ]);
    });

    it('refuses criteria longer than 5,000 characters before sending them, at the field', async () => {
      await load(tree(1, withCriteria({})));
      await render();
      type(LABEL, 'x'.repeat(5001));
      await render();
      await state.save(); // refused here: nothing is sent
      await render();
      const field = criteria();
      expect(field?.getAttribute('aria-invalid')).toBe('true');
      expect(field?.getAttribute('aria-describedby')?.split(' ')).toEqual([
        'criteria-help-o1',
        'f-units-0-outcomes-0-criteria-problem',
      ]);
      expect(page.querySelector('#f-units-0-outcomes-0-criteria-problem')?.textContent).toBe(
        'Use at most 5,000 characters.',
      );
      expect(state.saveState()).toBe('invalid');

      // Shortened, it is sent and the problem is gone.
      type(LABEL, 'x'.repeat(5000));
      await render();
      expect(await saveCriteria({ de: 'x'.repeat(5000) })).toEqual({
        criteria: { de: 'x'.repeat(5000) },
        version: 1,
      });
      expect(criteria()?.hasAttribute('aria-invalid')).toBe(false);
      expect(page.querySelector('#f-units-0-outcomes-0-criteria-problem')).toBeNull();
    });

    it('shows what the server refuses about the criteria at the field', async () => {
      await load(tree(1, withCriteria({})));
      await render();
      type(LABEL, 'Maße nach Zeichnung');
      await render();
      const saving = state.save();
      await Promise.resolve();
      const patch = http.expectOne(
        (r) => r.method === 'PATCH' && r.url === `${BASE}/units/u1/outcomes/o1`,
      );
      expect(patch.request.body).toEqual({
        criteria: { de: 'Maße nach Zeichnung' },
        version: 1,
      });
      patch.flush(
        {
          statusCode: 400,
          message: 'criteria: must not be longer than 5000 characters in "de"',
          errors: [
            { path: 'criteria.de', message: 'must not be longer than 5000 characters in "de"' },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await saving;
      await render();
      expect(state.fieldProblems().has('units[0].outcomes[0].criteria')).toBe(true);
      const field = criteria();
      expect(field?.getAttribute('aria-invalid')).toBe('true');
      expect(field?.getAttribute('aria-describedby')).toContain(
        'f-units-0-outcomes-0-criteria-problem',
      );
      const problem = page.querySelector('#f-units-0-outcomes-0-criteria-problem');
      expect(problem?.textContent).toBe('Use at most 5,000 characters.');
      expect(field?.nextElementSibling).toBe(problem);
      expect(state.saveState()).toBe('invalid');
      // The outcome's text shows no problem: only the criteria were refused.
      expect(page.querySelector('#f-units-0-outcomes-0-text-problem')).toBeNull();
    });

    it('cannot be changed while the curriculum cannot be edited', async () => {
      await load(
        draftTree(1, { status: 'in-review', units: [withCriteria({ de: 'Maße nach Zeichnung' })] }),
      );
      await render();
      expect(criteria()?.value).toBe('Maße nach Zeichnung');
      expect(criteria()?.disabled).toBe(true);
    });
  });

  describe('suggested verbs under an outcome', () => {
    const text = () => page.querySelector<HTMLTextAreaElement>('[data-outcome="o1"] textarea');
    const hint = () => page.querySelector<HTMLElement>('#verbs-o1');
    const said = () => hint()?.textContent?.replace(/\s+/g, ' ').trim();

    it('names verbs for the unit’s EQF level and the outcome’s category, in the content language', async () => {
      await load(tree(1, unit({ eqfLevel: 4, outcomes: [outcome()] })));
      await render();
      expect(said()).toBe(
        'Verbs for EQF 4, skill: einrichten, bedienen, einstellen, messen, prüfen, warten, auswählen, installieren, anwenden',
      );
      expect(hint()?.classList).toContain('help');
      expect(hint()?.querySelector('span')?.getAttribute('lang')).toBe('de');
      expect(text()?.getAttribute('aria-describedby')).toBe('verbs-o1');

      fixture.componentRef.setInput('lang', 'lt');
      await render();
      expect(said()).toContain('Verbs for EQF 4, skill: derinti, valdyti, reguliuoti');
      expect(hint()?.querySelector('span')?.getAttribute('lang')).toBe('lt');

      // A language the verbs are not written in gets the English ones, marked as English.
      fixture.componentRef.setInput('lang', 'fr');
      await render();
      expect(said()).toBe(
        'Verbs for EQF 4, skill: set up, operate, adjust, measure, check, maintain, select, install, apply',
      );
      expect(hint()?.querySelector('span')?.getAttribute('lang')).toBe('en');
    });

    it('follows the outcome’s category and the unit’s level as they change', async () => {
      await load(tree(1, unit({ eqfLevel: 4, outcomes: [outcome()] })));
      await render();
      fixture.componentRef.setInput('lang', 'en');
      await render();
      expect(said()).toMatch(/^Verbs for EQF 4, skill: set up, operate, adjust,/);

      choose('Category', 'Knowledge');
      await render();
      expect(state.working()?.units[0].outcomes[0].category).toBe('knowledge');
      expect(said()).toBe(
        'Verbs for EQF 4, knowledge: describe, explain, outline, classify, compare, distinguish, summarise, interpret',
      );
      expect(text()?.getAttribute('aria-describedby')).toBe('verbs-o1');

      choose('Category', 'Responsibility and autonomy');
      await render();
      expect(said()).toMatch(
        /^Verbs for EQF 4, responsibility and autonomy: take responsibility for, organise,/,
      );

      type('EQF level', '7');
      await render();
      expect(said()).toMatch(/^Verbs for EQF 7, responsibility and autonomy: lead, direct,/);

      // No level, no verbs (the field says what is wrong), and nothing to point to.
      type('EQF level', '12');
      await render();
      expect(hint()).toBeNull();
      expect(text()?.hasAttribute('aria-describedby')).toBe(false);
    });

    it('is said in the interface language', async () => {
      await TestBed.inject(I18n).use('de');
      await load(tree(1, unit({ eqfLevel: 6, outcomes: [outcome({ category: 'knowledge' })] })));
      await render();
      expect(said()).toMatch(/^Verben für EQR 6, Kenntnisse: analysieren, erklären,/);
    });

    it('keeps pointing to the problem of a refused text as well', async () => {
      await load(tree(1, unit({ outcomes: [outcome()] })));
      await render();
      const field = text();
      if (field === null) throw new Error('no outcome text');
      field.value = 'x'.repeat(2001);
      field.dispatchEvent(new Event('input'));
      await render();
      await state.save();
      await render();
      const problem = `${field.id}-problem`;
      expect(page.querySelector(`#${problem}`)).not.toBeNull();
      expect(field.getAttribute('aria-describedby')?.split(' ')).toEqual(['verbs-o1', problem]);
      expect(field.getAttribute('aria-invalid')).toBe('true');
    });

    it('is not shown while the curriculum cannot be edited', async () => {
      await load(draftTree(1, { status: 'in-review', units: [unit({ outcomes: [outcome()] })] }));
      await render();
      expect(text()).not.toBeNull();
      expect(hint()).toBeNull();
      expect(text()?.hasAttribute('aria-describedby')).toBe(false);
    });
  });
});
