import { localProblems, serverProblems } from './field-problems';
import type { PendingChange } from './pending-changes';

describe('serverProblems', () => {
  const change = (body: Record<string, unknown>): PendingChange =>
    ({ kind: 'curriculum', version: 3, body }) satisfies PendingChange;

  it("says the server's message for a refused entry of a list, not the list's length", () => {
    const body = { assessmentPlan: [{ code: 'AP1', unitIds: ['a', 'b'] }] };
    expect(
      serverProblems(change(body), [
        {
          path: 'assessmentPlan[0].unitIds[1]',
          message: 'b is not a unit of this curriculum',
        },
      ]),
    ).toEqual([
      {
        field: 'assessmentPlan',
        key: 'editor.problem.server',
        params: { message: 'b is not a unit of this curriculum' },
      },
    ]);
  });

  it('still names the limit of a list that is too long', () => {
    const body = { assessmentPlan: Array.from({ length: 21 }, () => ({})) };
    expect(
      serverProblems(change(body), [{ path: 'assessmentPlan', message: 'at most 20' }]),
    ).toEqual([{ field: 'assessmentPlan', key: 'editor.problem.list', params: { max: 20 } }]);
  });
});

describe('serverProblems of an outcome', () => {
  it("shows the server's message about one of an outcome's skills at its skills", () => {
    const skills = [
      { uri: 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8', label: {} },
    ];
    const change: PendingChange = {
      kind: 'outcome',
      unitId: 'u1',
      outcomeId: 'o1',
      version: 2,
      body: { escoSkills: skills },
    };
    expect(
      serverProblems(change, [
        { path: 'escoSkills[0].label', message: 'must have a text in at least one language' },
      ]),
    ).toEqual([
      {
        field: 'escoSkills',
        key: 'editor.problem.server',
        params: { message: 'must have a text in at least one language' },
      },
    ]);
  });
});

describe('localProblems', () => {
  describe('the qualification code', () => {
    const change = (qualificationCode: unknown): PendingChange => ({
      kind: 'curriculum',
      version: 1,
      body: { qualificationCode },
    });

    it('accepts a code and no code (null: a qualification of its own)', () => {
      expect(localProblems(change('ZM-2018'))).toEqual([]);
      expect(localProblems(change(null))).toEqual([]);
    });

    it('refuses what is no code, as the code of the curriculum', () => {
      const problem = [{ field: 'qualificationCode', key: 'editor.problem.code', params: {} }];
      expect(localProblems(change('#ZM'))).toEqual(problem);
      expect(localProblems(change(' ZM'))).toEqual(problem);
      expect(localProblems(change('Z'.repeat(51)))).toEqual(problem);
    });

    it('names the code at the field when the server refuses it', () => {
      expect(
        serverProblems(change('#ZM'), [{ path: 'qualificationCode', message: 'bad code' }]),
      ).toEqual([{ field: 'qualificationCode', key: 'editor.problem.code', params: {} }]);
    });
  });

  describe("an outcome's ESCO skills", () => {
    const skill = (
      id: string,
      label: Record<string, string> = { de: 'CNC-Maschinen bedienen' },
    ) => ({
      uri: `http://data.europa.eu/esco/skill/${id}`,
      label,
    });
    const CNC = skill('bf942c60-8539-4951-83ee-63f770da1cb8');
    const DRAWINGS = skill('0a2d9d6b-2f5c-4a8a-9f0e-2b7c3c1d4e5f');
    const outcome = (escoSkills: unknown): PendingChange => ({
      kind: 'outcome',
      unitId: 'u1',
      outcomeId: 'o1',
      version: 2,
      body: { escoSkills },
    });
    const invalid = [{ field: 'escoSkills', key: 'editor.escoInvalid', params: {} }];

    it('accepts ESCO skill URIs with a name, and no skill at all', () => {
      expect(localProblems(outcome([CNC, DRAWINGS]))).toEqual([]);
      expect(localProblems(outcome([]))).toEqual([]);
    });

    it('refuses a URI that is no ESCO skill in any place of the list', () => {
      const occupation = {
        uri: 'http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1',
        label: { de: 'Zerspanungsmechaniker/in' },
      };
      expect(localProblems(outcome([CNC, occupation]))).toEqual(invalid);
      expect(localProblems(outcome([{ ...CNC, uri: `${CNC.uri}/x` }, DRAWINGS]))).toEqual(invalid);
      expect(localProblems(outcome([CNC, { ...DRAWINGS, uri: 'esco:skill' }]))).toEqual(invalid);
      expect(localProblems(outcome([CNC, { label: { de: 'ohne URI' } }]))).toEqual(invalid);
    });

    it('wants a name for each skill in some language, of at most 300 characters', () => {
      expect(localProblems(outcome([CNC, { ...DRAWINGS, label: { de: ' ', en: '' } }]))).toEqual([
        { field: 'escoSkills', key: 'editor.problem.required', params: {} },
      ]);
      expect(localProblems(outcome([{ ...CNC, label: { en: 'x'.repeat(301) } }]))).toEqual([
        { field: 'escoSkills', key: 'editor.problem.length', params: { max: 300 } },
      ]);
      // The name in one language is enough.
      expect(localProblems(outcome([{ ...CNC, label: { de: '', en: 'operate' } }]))).toEqual([]);
    });

    it('takes at most 20 skills', () => {
      const many = Array.from({ length: 21 }, (_, i) =>
        skill(`bf942c60-8539-4951-83ee-63f770da1c${String(i).padStart(2, '0')}`),
      );
      expect(localProblems(outcome(many.slice(0, 20)))).toEqual([]);
      expect(localProblems(outcome(many))).toEqual([
        { field: 'escoSkills', key: 'editor.problem.list', params: { max: 20 } },
      ]);
    });

    it("checks a unit's skills the same way, up to the unit's 50", () => {
      const unit = (escoSkills: unknown): PendingChange => ({
        kind: 'unit',
        unitId: 'u1',
        version: 2,
        body: { escoSkills },
      });
      expect(localProblems(unit([CNC, DRAWINGS]))).toEqual([]);
      expect(localProblems(unit([CNC, { ...DRAWINGS, uri: 'http://example.org/1' }]))).toEqual(
        invalid,
      );
      expect(localProblems(unit(Array.from({ length: 51 }, () => CNC)))).toEqual([
        { field: 'escoSkills', key: 'editor.problem.list', params: { max: 50 } },
      ]);
    });

    it('still checks the single main skill of older changes', () => {
      const single = (escoSkill: unknown): PendingChange => ({
        kind: 'outcome',
        unitId: 'u1',
        outcomeId: 'o1',
        version: 2,
        body: { escoSkill },
      });
      expect(localProblems(single(CNC))).toEqual([]);
      expect(localProblems(single(null))).toEqual([]);
      expect(localProblems(single({ ...CNC, uri: 'http://example.org/1' }))).toEqual([
        { field: 'escoSkill', key: 'editor.escoInvalid', params: {} },
      ]);
      expect(localProblems(single({ ...CNC, label: { de: '' } }))).toEqual([
        { field: 'escoSkill', key: 'editor.problem.required', params: {} },
      ]);
    });
  });

  it("checks an outcome's criteria like its text: at most 5,000 characters a language, none needed", () => {
    const outcome = (body: Record<string, unknown>): PendingChange => ({
      kind: 'outcome',
      unitId: 'u1',
      outcomeId: 'o1',
      version: 2,
      body,
    });
    expect(localProblems(outcome({ criteria: {} }))).toEqual([]);
    expect(localProblems(outcome({ criteria: { de: 'x'.repeat(5000), en: ' ' } }))).toEqual([]);
    expect(localProblems(outcome({ criteria: { de: 'Maße', en: 'x'.repeat(5001) } }))).toEqual([
      { field: 'criteria', key: 'editor.problem.length', params: { max: 5000 } },
    ]);
    // The outcome's text is required, its criteria are not.
    expect(localProblems(outcome({ text: { de: ' ' }, criteria: { de: ' ' } }))).toEqual([
      { field: 'text', key: 'editor.problem.required', params: {} },
    ]);
    expect(
      serverProblems(outcome({ criteria: { de: 'x'.repeat(5001) } }), [
        { path: 'criteria.de', message: 'must not be longer than 5000 characters in "de"' },
      ]),
    ).toEqual([{ field: 'criteria', key: 'editor.problem.length', params: { max: 5000 } }]);
  });

  it('lets a unit clear its term, end, hours and credits, and checks them when given', () => {
    const unit = (body: Record<string, unknown>): PendingChange => ({
      kind: 'unit',
      unitId: 'u1',
      version: 2,
      body,
    });
    const cleared = {
      term: null,
      endYear: null,
      endTerm: null,
      guidedHours: null,
      nationalCredits: null,
    };
    expect(localProblems(unit(cleared))).toEqual([]);
    expect(localProblems(unit({ endYear: 11, guidedHours: -1 }))).toEqual([
      { field: 'endYear', key: 'editor.problem.whole', params: { min: 1, max: 10 } },
      { field: 'guidedHours', key: 'editor.problem.whole', params: { min: 0, max: 10000 } },
    ]);
  });
});

describe('partial qualifications', () => {
  const change = (partialQualifications: unknown): PendingChange => ({
    kind: 'curriculum',
    version: 3,
    body: { partialQualifications },
  });
  const tq = (patch: Record<string, unknown> = {}) => ({
    code: 'TQ1',
    title: { de: 'Fräsen' },
    unitIds: ['u1'],
    ...patch,
  });

  it('accepts partial qualifications with a code, a title and units, and none at all', () => {
    expect(localProblems(change([tq(), tq({ code: 'TQ 2/a', unitIds: ['u1', 'u2'] })]))).toEqual(
      [],
    );
    expect(localProblems(change([]))).toEqual([]);
  });

  it('refuses a bad code, a blank or long title and a wrong number of units at their fields', () => {
    expect(
      localProblems(
        change([
          tq(),
          tq({ code: '-TQ', title: { de: ' ' }, unitIds: [] }),
          tq({ title: { en: 'x'.repeat(301) }, unitIds: Array.from({ length: 501 }, () => 'u1') }),
        ]),
      ),
    ).toEqual([
      { field: 'partialQualifications[1].code', key: 'editor.problem.code', params: {} },
      { field: 'partialQualifications[1].title', key: 'editor.problem.required', params: {} },
      {
        field: 'partialQualifications[1].unitIds',
        key: 'editor.problem.listMin',
        params: { min: 1 },
      },
      {
        field: 'partialQualifications[2].title',
        key: 'editor.problem.length',
        params: { max: 300 },
      },
      {
        field: 'partialQualifications[2].unitIds',
        key: 'editor.problem.list',
        params: { max: 500 },
      },
    ]);
  });

  it('takes at most 50 partial qualifications', () => {
    expect(
      localProblems(change(Array.from({ length: 50 }, (_, i) => tq({ code: `TQ${i}` })))),
    ).toEqual([]);
    expect(localProblems(change(Array.from({ length: 51 }, () => tq())))).toEqual([
      { field: 'partialQualifications', key: 'editor.problem.list', params: { max: 50 } },
    ]);
  });

  it("shows the server's errors at the field of the partial qualification they name", () => {
    const body = change([tq(), tq({ code: 'TQ2', title: { de: '' }, unitIds: [] })]);
    expect(
      serverProblems(body, [
        { path: 'partialQualifications[1].code', message: 'code must be 1–50 letters' },
        { path: 'partialQualifications[1].title', message: 'must have a text' },
        { path: 'partialQualifications[1].unitIds', message: 'must have at least 1 item' },
        { path: 'partialQualifications[0].unitIds[0]', message: 'must be the id of a unit' },
        { path: 'partialQualifications[0]', message: 'must be an object' },
        { path: 'partialQualifications', message: 'at most 50' },
      ]),
    ).toEqual([
      { field: 'partialQualifications[1].code', key: 'editor.problem.code', params: {} },
      { field: 'partialQualifications[1].title', key: 'editor.problem.required', params: {} },
      {
        field: 'partialQualifications[1].unitIds',
        key: 'editor.problem.listMin',
        params: { min: 1 },
      },
      {
        field: 'partialQualifications[0].unitIds',
        key: 'editor.problem.server',
        params: { message: 'must be the id of a unit' },
      },
      {
        field: 'partialQualifications[0]',
        key: 'editor.problem.server',
        params: { message: 'must be an object' },
      },
      { field: 'partialQualifications', key: 'editor.problem.list', params: { max: 50 } },
    ]);
  });
});
