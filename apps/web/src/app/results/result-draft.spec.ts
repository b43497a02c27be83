import { emptyDraft, resultBody, resultProblems, serverProblems } from './result-draft';

describe('the result draft', () => {
  const complete = {
    ...emptyDraft('host', 'Vilnius VET Centre'),
    unitId: 'u2',
    assessedOn: '2026-06-20',
    method: 'practical-task',
    result: 'passed' as const,
    grade: ' ',
    assessor: ' Rasa ',
  };

  it('prefills the place, and its name unless it is the home school', () => {
    expect(emptyDraft('host', 'Vilnius').placeName).toBe('Vilnius');
    expect(emptyDraft('home', 'Vilnius').placeName).toBe('');
  });

  it('sends only what was given, the place name only away from home', () => {
    expect(resultProblems(complete, 'assessed')).toEqual({});
    expect(resultBody(complete, 'assessed')).toEqual({
      unitId: 'u2',
      assessedOn: '2026-06-20',
      method: 'practical-task',
      result: 'passed',
      assessor: 'Rasa',
      place: 'host',
      placeName: 'Vilnius VET Centre',
    });
    expect(resultBody({ ...complete, place: 'home', grade: '1,3' }, 'assessed')).toEqual({
      unitId: 'u2',
      assessedOn: '2026-06-20',
      method: 'practical-task',
      result: 'passed',
      grade: '1,3',
      assessor: 'Rasa',
      place: 'home',
    });
  });

  it('recognises prior learning as passed, on evidence', () => {
    const prior = { ...complete, result: '' as const, evidence: '' };
    expect(resultProblems(prior, 'prior-learning')).toEqual({
      evidence: 'results.problem.evidence',
    });
    expect(resultBody({ ...prior, evidence: 'Certificate' }, 'prior-learning')).toMatchObject({
      result: 'passed',
      evidence: 'Certificate',
    });
  });

  it('names every missing field', () => {
    expect(resultProblems(emptyDraft('company'), 'assessed')).toEqual({
      unitId: 'results.problem.unit',
      assessedOn: 'results.problem.date',
      method: 'results.problem.method',
      result: 'results.problem.result',
      assessor: 'results.problem.assessor',
      placeName: 'results.problem.placeName',
    });
  });

  it("puts the server's field errors at their fields", () => {
    expect(
      serverProblems([
        { path: 'placeName', message: 'required unless the place is home' },
        { path: 'version', message: 'stale' },
      ]),
    ).toEqual({ placeName: 'required unless the place is home' });
  });
});
