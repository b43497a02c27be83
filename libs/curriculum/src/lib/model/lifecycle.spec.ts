import { CURRICULUM_STATUSES, type CurriculumStatus } from './curriculum';
import {
  availableActions,
  canTransition,
  INITIAL_STATUS,
  isEditable,
  isInReview,
  LIFECYCLE,
  transitionTarget,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
} from './lifecycle';

/** The whole lifecycle, written out: status → action → resulting status (absent: refused). */
const EXPECTED: Record<CurriculumStatus, Partial<Record<WorkflowAction, CurriculumStatus>>> = {
  draft: { submit: 'in-review', archive: 'archived' },
  'in-review': { 'request-changes': 'changes-requested', approve: 'approved' },
  'changes-requested': { submit: 'in-review', archive: 'archived' },
  approved: { publish: 'published', archive: 'archived' },
  published: { archive: 'archived', reopen: 'draft' },
  archived: {},
};

describe('curriculum lifecycle', () => {
  const cells = CURRICULUM_STATUSES.flatMap((from) =>
    WORKFLOW_ACTIONS.map((action) => [from, action, EXPECTED[from][action] ?? null] as const),
  );

  it.each(cells)('%s --%s--> %s', (from, action, to) => {
    expect(canTransition(from, action)).toBe(to !== null);
    expect(transitionTarget(from, action)).toBe(to);
  });

  it('lists the actions available in each status in a stable order', () => {
    for (const status of CURRICULUM_STATUSES) {
      expect(availableActions(status)).toEqual(
        WORKFLOW_ACTIONS.filter((a) => EXPECTED[status][a] !== undefined),
      );
    }
  });

  it('names who takes each transition (as the API has decided so far)', () => {
    expect(
      Object.fromEntries(WORKFLOW_ACTIONS.map((action) => [action, LIFECYCLE[action].by])),
    ).toEqual({
      submit: ['author'],
      'request-changes': ['reviewer'],
      approve: ['reviewer'],
      publish: ['author'],
      archive: ['author', 'admin'],
      reopen: ['author'],
    });
    for (const action of WORKFLOW_ACTIONS) expect(LIFECYCLE[action].action).toBe(action);
  });

  it('edits drafts and curricula with requested changes only; a published one is reopened first', () => {
    expect(CURRICULUM_STATUSES.filter(isEditable)).toEqual(['draft', 'changes-requested']);
    expect(isEditable('published')).toBe(false);
    expect(transitionTarget('published', 'reopen')).toBe(INITIAL_STATUS);
    expect(isEditable(INITIAL_STATUS)).toBe(true);
  });

  it('counts submitted, changes requested and approved as in review', () => {
    expect(CURRICULUM_STATUSES.filter(isInReview)).toEqual([
      'in-review',
      'changes-requested',
      'approved',
    ]);
  });

  it('leaves no status a dead end except archived, and reaches every status from a new draft', () => {
    const reached = new Set<CurriculumStatus>([INITIAL_STATUS]);
    for (let grew = true; grew;) {
      grew = false;
      for (const from of [...reached]) {
        for (const action of availableActions(from)) {
          const to = LIFECYCLE[action].to;
          if (!reached.has(to)) {
            reached.add(to);
            grew = true;
          }
        }
      }
    }
    expect([...reached].sort()).toEqual([...CURRICULUM_STATUSES].sort());
    expect(CURRICULUM_STATUSES.filter((s) => availableActions(s).length === 0)).toEqual([
      'archived',
    ]);
  });
});
