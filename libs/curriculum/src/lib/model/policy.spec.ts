import { CURRICULUM_STATUSES, type CurriculumStatus } from './curriculum';
import { isInReview } from './lifecycle';
import {
  curriculumAccess,
  may,
  needsSubmissionFact,
  PERMISSIONS,
  ROLE_TABLE,
  ROLES,
  rolesWith,
  type CallerFacts,
  type CurriculumAccess,
  type Permission,
  type Role,
} from './policy';

const SCHOOL = 'school-1';
const ASSOCIATION = 'association-1';

describe('the role table', () => {
  it('lists every role once, each with known permissions', () => {
    expect(ROLES).toEqual([
      'admin',
      'author',
      'reviewer',
      'learner',
      'mobility-coordinator',
      'company',
    ]);
    for (const role of ROLES) {
      for (const permission of ROLE_TABLE[role].permissions)
        expect(Object.keys(PERMISSIONS)).toContain(permission);
    }
  });

  it('answers who may do what, and nobody anonymous', () => {
    expect(rolesWith('curriculum.write')).toEqual(['author']);
    expect(rolesWith('curriculum.archive')).toEqual(['admin', 'author']);
    expect(rolesWith('review.read')).toEqual(['admin', 'author', 'reviewer']);
    expect(rolesWith('review.discuss')).toEqual(['author', 'reviewer']);
    expect(rolesWith('curriculum.review')).toEqual(['reviewer']);
    expect(rolesWith('learner.manage')).toEqual(['author', 'mobility-coordinator']);
    expect(rolesWith('mobility.read')).toEqual(['admin', 'author', 'mobility-coordinator']);
    expect(rolesWith('mobility.manage')).toEqual(['mobility-coordinator']);
    expect(rolesWith('mobility.assess')).toEqual(['author', 'mobility-coordinator']);
    expect(rolesWith('record.own')).toEqual(['learner']);
    expect(rolesWith('learner.erase')).toEqual(['admin']);
    expect(rolesWith('placement.read')).toEqual(['admin', 'author', 'company']);
    expect(rolesWith('placement.offer')).toEqual(['company']);
    expect(rolesWith('placement.request')).toEqual(['author']);
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      expect(may(null, permission)).toBe(false);
      expect(may(undefined, permission)).toBe(false);
      // A company's accounts touch no curriculum, review, learner or library; they read their
      // notifications (of requests for their offers).
      expect([permission, may('company', permission)]).toEqual([
        permission,
        ['placement.read', 'placement.offer', 'notification.read'].includes(permission),
      ]);
    }
    // The mobility coordinator writes no curriculum; the learner only reads the own record.
    expect(
      ROLE_TABLE['mobility-coordinator'].permissions.some((p) => p.startsWith('curriculum.')),
    ).toBe(false);
    expect(ROLE_TABLE.learner.permissions).toEqual(['record.own']);
  });

  it('ties each role with an institution to its kind', () => {
    expect(ROLE_TABLE.author.institution).toBe('school');
    expect(ROLE_TABLE['mobility-coordinator'].institution).toBe('school');
    expect(ROLE_TABLE.reviewer.institution).toBe('association');
    expect(ROLE_TABLE.company.institution).toEqual(['company', 'association']);
    expect(ROLE_TABLE.admin.institution).toBeNull();
    expect(ROLE_TABLE.learner.institution).toBeNull();
  });
});

describe('curriculumAccess', () => {
  const callerOf = (role: Role): CallerFacts => ({
    role,
    institutionId: role === 'reviewer' ? ASSOCIATION : ROLE_TABLE[role].institution ? SCHOOL : null,
  });

  /** The expected access, written out per role (not computed from the table). */
  function expected(
    role: Role | null,
    status: CurriculumStatus,
    published: boolean,
    submitted: boolean,
  ): CurriculumAccess {
    if (role === 'author') return 'author';
    if (role === 'admin') return 'admin';
    if (role === 'reviewer' && submitted && isInReview(status)) return 'review';
    return published && status !== 'archived' ? 'published' : 'none';
  }

  it('decides every role × status × published × submitted as the roles promise', () => {
    for (const role of [null, ...ROLES]) {
      for (const status of CURRICULUM_STATUSES) {
        for (const published of [false, true]) {
          for (const submitted of [false, true]) {
            const curriculum = {
              institutionId: SCHOOL,
              status,
              publishedVersion: published ? 1 : null,
            };
            const caller = role === null ? null : callerOf(role);
            expect([
              role,
              status,
              published,
              submitted,
              curriculumAccess(caller, curriculum, submitted),
            ]).toEqual([
              role,
              status,
              published,
              submitted,
              expected(role, status, published, submitted),
            ]);
          }
        }
      }
    }
  });

  it('gives an author of another school only the published version, and a coordinator of the school no working copy', () => {
    const curriculum = { institutionId: SCHOOL, status: 'draft' as const, publishedVersion: 2 };
    expect(curriculumAccess({ role: 'author', institutionId: 'school-2' }, curriculum, false)).toBe(
      'published',
    );
    expect(
      curriculumAccess({ role: 'mobility-coordinator', institutionId: SCHOOL }, curriculum, false),
    ).toBe('published');
  });

  it('asks for the submission only where it can change the answer', () => {
    const inReview = {
      institutionId: SCHOOL,
      status: 'in-review' as const,
      publishedVersion: null,
    };
    expect(needsSubmissionFact(callerOf('reviewer'), inReview)).toBe(true);
    expect(needsSubmissionFact(callerOf('reviewer'), { ...inReview, status: 'draft' })).toBe(false);
    expect(needsSubmissionFact({ role: 'reviewer', institutionId: null }, inReview)).toBe(false);
    for (const role of ROLES.filter((r) => r !== 'reviewer'))
      expect(needsSubmissionFact(callerOf(role), inReview)).toBe(false);
    expect(needsSubmissionFact(null, inReview)).toBe(false);
  });
});
