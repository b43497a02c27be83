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

describe('localProblems', () => {
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
