import { comment, curriculum } from './testing/review-fixtures';
import {
  EMPTY_DRAFT,
  buildCommentBody,
  buildWalk,
  draftProblem,
  firstOpenStep,
  reviewProgress,
  shortcutFor,
  threadsByTarget,
  withVerdict,
} from './review-walk';

const key = (key: string, extra: Partial<KeyboardEventInit> & { target?: EventTarget } = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  target: document.body as EventTarget,
  ...extra,
});

describe('review walk', () => {
  it('walks the outcomes unit by unit in the curriculum order', () => {
    const steps = buildWalk(curriculum());
    expect(steps.map((s) => [s.index, s.unit.code, s.outcome.id, s.indexInUnit])).toEqual([
      [0, 'ZM-01', 'o1', 0],
      [1, 'ZM-01', 'o2', 1],
      [2, 'ZM-02', 'o3', 0],
    ]);
    expect(buildWalk(null)).toEqual([]);
  });

  it("counts the outcomes this reviewer commented on, not replies or others' comments", () => {
    const steps = buildWalk(curriculum());
    const progress = reviewProgress(
      steps,
      [
        comment({ id: 'a', targetId: 'o1' }),
        comment({ id: 'b', targetId: 'o1', verdict: 'disagree' }),
        comment({ id: 'c', targetId: 'o2', authorId: 'someone-else' }),
        comment({ id: 'd', targetId: 'o3', parentId: 'c', verdict: null }),
        comment({ id: 'e', targetType: 'unit', targetId: 'u2' }),
      ],
      'me',
    );
    expect([...progress.commented]).toEqual(['o1']);
    expect(progress).toMatchObject({ done: 1, total: 3, percent: 33 });
    expect(reviewProgress([], [], 'me').percent).toBe(0);
  });

  it('starts at the first outcome without a comment of this reviewer', () => {
    const steps = buildWalk(curriculum());
    expect(firstOpenStep(steps, new Set(['o1']))).toBe(1);
    expect(firstOpenStep(steps, new Set(['o1', 'o2', 'o3']))).toBe(0);
  });

  it('groups top-level comments by target', () => {
    const threads = threadsByTarget([
      comment({ id: 'a' }),
      comment({ id: 'b', parentId: 'a' }),
      comment({ id: 'c', targetType: 'unit', targetId: 'u1' }),
    ]);
    expect(threads.get('outcome:o1')?.map((c) => c.id)).toEqual(['a']);
    expect(threads.get('unit:u1')?.map((c) => c.id)).toEqual(['c']);
  });
});

describe('comment drafts and bodies', () => {
  const current = { de: 'Richtet ein', en: 'Sets up' };

  it('prefills the proposal with the current text when "suggest change" is chosen', () => {
    const draft = withVerdict(EMPTY_DRAFT, 'suggest-change', current, ['de', 'en', 'lt']);
    expect(draft).toEqual({
      verdict: 'suggest-change',
      text: '',
      proposed: { de: 'Richtet ein', en: 'Sets up', lt: '' },
    });
    const edited = { ...draft, proposed: { ...draft.proposed, de: 'Richtet CNC-Maschinen ein' } };
    const again = withVerdict(
      withVerdict(edited, 'agree', current, ['de']),
      'suggest-change',
      current,
      ['de'],
    );
    expect(again.proposed['de']).toBe('Richtet CNC-Maschinen ein');
    expect(withVerdict(EMPTY_DRAFT, 'disagree', current, ['de']).proposed).toEqual({});
  });

  it('needs a verdict, and a comment unless the reviewer agrees', () => {
    expect(draftProblem(EMPTY_DRAFT)).toBe('needVerdict');
    expect(draftProblem({ ...EMPTY_DRAFT, verdict: 'disagree', text: '  ' })).toBe('needText');
    expect(draftProblem({ ...EMPTY_DRAFT, verdict: 'agree' })).toBeNull();
  });

  it('sends the proposed wording only with "suggest change", and only changed languages', () => {
    const proposed = { de: 'Richtet CNC-Maschinen ein ', en: 'Sets up', lt: '' };
    expect(
      buildCommentBody(
        'outcome',
        'o1',
        { verdict: 'suggest-change', text: ' Präziser ', proposed },
        current,
        'Agreed.',
      ),
    ).toEqual({
      targetType: 'outcome',
      targetId: 'o1',
      verdict: 'suggest-change',
      text: 'Präziser',
      proposedText: { de: 'Richtet CNC-Maschinen ein' },
    });
    expect(
      buildCommentBody('outcome', 'o1', { verdict: 'disagree', text: 'No', proposed }, current, ''),
    ).toEqual({ targetType: 'outcome', targetId: 'o1', verdict: 'disagree', text: 'No' });
    expect(
      buildCommentBody(
        'unit',
        'u1',
        { verdict: 'suggest-change', text: 'Same', proposed: { de: 'Richtet ein' } },
        current,
        '',
      ),
    ).not.toHaveProperty('proposedText');
  });

  it('gives an empty "agree" a default text and leaves out the id of the curriculum', () => {
    expect(
      buildCommentBody('curriculum', null, { ...EMPTY_DRAFT, verdict: 'agree' }, {}, 'Agreed.'),
    ).toEqual({
      targetType: 'curriculum',
      verdict: 'agree',
      text: 'Agreed.',
    });
    expect(() => buildCommentBody('outcome', 'o1', EMPTY_DRAFT, {}, '')).toThrow();
  });
});

describe('review shortcuts', () => {
  it('maps j/k and the horizontal arrows to moving, a/s/d to verdicts, c to the comment', () => {
    expect(shortcutFor(key('j'))).toEqual({ kind: 'next' });
    expect(shortcutFor(key('ArrowRight'))).toEqual({ kind: 'next' });
    expect(shortcutFor(key('k'))).toEqual({ kind: 'previous' });
    expect(shortcutFor(key('ArrowLeft'))).toEqual({ kind: 'previous' });
    expect(shortcutFor(key('a'))).toEqual({ kind: 'verdict', verdict: 'agree' });
    expect(shortcutFor(key('s'))).toEqual({ kind: 'verdict', verdict: 'suggest-change' });
    expect(shortcutFor(key('d'))).toEqual({ kind: 'verdict', verdict: 'disagree' });
    expect(shortcutFor(key('c'))).toEqual({ kind: 'comment' });
    expect(shortcutFor(key('x'))).toBeNull();
    expect(shortcutFor(key('ArrowDown'))).toBeNull();
  });

  it('leaves letters and arrows to text fields, and arrows to radio groups', () => {
    const textarea = document.createElement('textarea');
    const text = document.createElement('input');
    const radio = Object.assign(document.createElement('input'), { type: 'radio' });
    const select = document.createElement('select');
    expect(shortcutFor(key('j', { target: textarea }))).toBeNull();
    expect(shortcutFor(key('a', { target: text }))).toBeNull();
    expect(shortcutFor(key('ArrowLeft', { target: text }))).toBeNull();
    expect(shortcutFor(key('ArrowRight', { target: radio }))).toBeNull();
    expect(shortcutFor(key('ArrowRight', { target: select }))).toBeNull();
    expect(shortcutFor(key('s', { target: radio }))).toEqual({
      kind: 'verdict',
      verdict: 'suggest-change',
    });
  });

  it('saves with Ctrl+Enter (or ⌘+Enter) anywhere, and ignores other modified keys', () => {
    const textarea = document.createElement('textarea');
    expect(shortcutFor(key('Enter', { ctrlKey: true, target: textarea }))).toEqual({
      kind: 'save',
    });
    expect(shortcutFor(key('Enter', { metaKey: true }))).toEqual({ kind: 'save' });
    expect(shortcutFor(key('Enter'))).toBeNull();
    expect(shortcutFor(key('j', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('a', { shiftKey: true }))).toBeNull();
  });
});
