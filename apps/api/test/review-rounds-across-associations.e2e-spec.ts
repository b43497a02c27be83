import type { Curriculum, ReviewComment } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { AddReviewCommentInstitution1763683700000 } from '../src/database/migrations/1763683700000-AddReviewCommentInstitution';
import { Client, client, createInstitution, createUser, link, TestUser } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Issue #12, item 7: a curriculum reviewed by association A and then submitted to association B
 * only. B's reviewers see A's round as texts, never A's people; A's reviewers lose the curriculum
 * (404 everywhere); the school sees every round with its authors. See docs/security.md.
 */
describe(`review rounds across associations (${testDatabase()})`, () => {
  let t: TestApp;
  let associationA: string;
  let associationB: string;
  let author: TestUser;
  let reviewerA: TestUser;
  let reviewerB: TestUser;
  let admin: TestUser;
  let as: (user: TestUser) => Client;
  let id: string;
  let thread: ReviewComment;
  let reviewerReply: ReviewComment;

  const move = (who: TestUser, step: string, body: object = {}) =>
    as(who).post(`${api}/curricula/${id}/${step}`).send(body);

  /** Nothing in the response names A's reviewer or A itself. */
  const expectNothingOfA = (body: unknown) => {
    const json = JSON.stringify(body);
    expect(json).not.toContain(reviewerA.id);
    expect(json).not.toContain(reviewerA.email);
    expect(json).not.toContain(associationA);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const school = await createInstitution(t, 'school');
    associationA = await createInstitution(t, 'association');
    associationB = await createInstitution(t, 'association');
    await link(t, school, associationA);
    author = await createUser(t, 'author', school);
    reviewerA = await createUser(t, 'reviewer', associationA);
    reviewerB = await createUser(t, 'reviewer', associationB);
    admin = await createUser(t, 'admin');
    as = (user) => client(t.server, user.token);
    const content = generateCurriculum({
      units: 6,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['de', 'en'],
      years: 1,
    });
    id = await storeContent(t, content, school);
    const tree: Curriculum = (await as(author).get(`${api}/curricula/${id}`).expect(200)).body;
    const outcome = tree.units[1].outcomes[0];

    // Round 1, at A (the school's partner): a comment with a rewording, a thread, changes requested.
    await move(author, 'submit').expect(200);
    thread = (
      await as(reviewerA)
        .post(`${api}/curricula/${id}/reviews`)
        .send({
          targetType: 'outcome',
          targetId: outcome.id,
          verdict: 'suggest-change',
          text: 'Messmittel konkret benennen.',
          proposedText: { de: 'Prüft Maße mit der Bügelmessschraube' },
        })
        .expect(201)
    ).body;
    await as(author)
      .post(`${api}/curricula/${id}/reviews/${thread.id}/replies`)
      .send({ text: 'Welche Messmittel meinen Sie?' })
      .expect(201);
    reviewerReply = (
      await as(reviewerA)
        .post(`${api}/curricula/${id}/reviews/${thread.id}/replies`)
        .send({ text: 'Bügelmessschraube und Messschieber.' })
        .expect(201)
    ).body;
    await move(reviewerA, 'request-changes').expect(200);

    // Round 2, at B only.
    await move(author, 'submit', { associationIds: [associationB] }).expect(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it("shows B's reviewers A's round as texts, without A's people", async () => {
    const threads: ReviewComment[] = (
      await as(reviewerB).get(`${api}/curricula/${id}/reviews`).expect(200)
    ).body;
    expect(threads).toHaveLength(1);
    expect(threads[0]).toMatchObject({
      id: thread.id,
      text: 'Messmittel konkret benennen.',
      verdict: 'suggest-change',
      proposedText: { de: 'Prüft Maße mit der Bügelmessschraube' },
      fromOtherAssociation: true,
      authorId: null,
      authorEmail: null,
      authorRole: null,
    });
    expect(threads[0].replies).toEqual([
      expect.objectContaining({
        text: 'Welche Messmittel meinen Sie?',
        authorId: author.id,
        authorEmail: author.email,
        fromOtherAssociation: false,
      }),
      expect.objectContaining({
        id: reviewerReply.id,
        text: 'Bügelmessschraube und Messschieber.',
        authorId: null,
        authorEmail: null,
        authorRole: null,
        fromOtherAssociation: true,
      }),
    ]);
    expectNothingOfA(threads);
  });

  it("lets B's reviewers comment in their own threads, and only read A's", async () => {
    const own: ReviewComment = (
      await as(reviewerB)
        .post(`${api}/curricula/${id}/reviews`)
        .send({ targetType: 'curriculum', verdict: 'agree', text: 'Jetzt passt es.' })
        .expect(201)
    ).body;
    expect(own).toMatchObject({
      authorId: reviewerB.id,
      authorEmail: reviewerB.email,
      fromOtherAssociation: false,
    });
    await as(reviewerB)
      .post(`${api}/curricula/${id}/reviews/${thread.id}/replies`)
      .send({ text: 'Sehe ich auch so.' })
      .expect(403);
    await as(reviewerB)
      .post(`${api}/curricula/${id}/reviews/${reviewerReply.id}/replies`)
      .send({ text: 'Sehe ich auch so.' })
      .expect(403);
    await as(reviewerB).post(`${api}/curricula/${id}/reviews/${thread.id}/resolve`).expect(403);
    const summary = (await as(reviewerB).get(`${api}/curricula/${id}/reviews/summary`).expect(200))
      .body;
    expect(summary).toMatchObject({ open: 2, byVerdict: { 'suggest-change': 1, agree: 1 } });
    expectNothingOfA(summary);
    expectNothingOfA((await as(reviewerB).get(`${api}/curricula/${id}`).expect(200)).body);
    expectNothingOfA((await as(reviewerB).get(`${api}/curricula/${id}/diff`).expect(200)).body);
  });

  it("answers A's reviewers 404 once the curriculum went elsewhere", async () => {
    await as(reviewerA).get(`${api}/curricula/${id}`).expect(404);
    await as(reviewerA).get(`${api}/curricula/${id}/reviews`).expect(404);
    await as(reviewerA).get(`${api}/curricula/${id}/reviews/summary`).expect(404);
    await as(reviewerA)
      .post(`${api}/curricula/${id}/reviews/${thread.id}/replies`)
      .send({ text: 'Noch da?' })
      .expect(404);
    await as(reviewerA).post(`${api}/curricula/${id}/reviews/${thread.id}/resolve`).expect(404);
  });

  it('shows the school and admins every round with its authors', async () => {
    for (const who of [author, admin]) {
      const threads: ReviewComment[] = (
        await as(who).get(`${api}/curricula/${id}/reviews`).expect(200)
      ).body;
      expect(threads).toMatchObject([
        {
          authorEmail: reviewerA.email,
          fromOtherAssociation: false,
          replies: [{ authorEmail: author.email }, { authorEmail: reviewerA.email }],
        },
        { authorEmail: reviewerB.email, fromOtherAssociation: false },
      ]);
    }
  });

  it("shows co-reviewing associations each other's texts only, and each its own people", async () => {
    await move(reviewerB, 'request-changes').expect(200);
    await move(author, 'submit', { associationIds: [associationA, associationB] }).expect(200);
    const seenByA: ReviewComment[] = (
      await as(reviewerA).get(`${api}/curricula/${id}/reviews`).expect(200)
    ).body;
    expect(seenByA).toMatchObject([
      { authorEmail: reviewerA.email, fromOtherAssociation: false },
      { authorId: null, authorEmail: null, fromOtherAssociation: true },
    ]);
    expect(JSON.stringify(seenByA)).not.toContain(reviewerB.id);
    expect(JSON.stringify(seenByA)).not.toContain(reviewerB.email);
    await as(reviewerA)
      .post(`${api}/curricula/${id}/reviews/${thread.id}/replies`)
      .send({ text: 'Wieder dabei.' })
      .expect(201);
  });

  it("gives comments written before the column their author's institution", async () => {
    const migration = new AddReviewCommentInstitution1763683700000();
    const runner = t.dataSource.createQueryRunner();
    // As the migration executor runs them: on SQLite, a new column copies the table, and foreign
    // keys stay off meanwhile (else dropping the old copy would cascade to the replies).
    await runner.beforeMigration();
    try {
      await migration.down(runner);
      expect(await runner.hasColumn('review_comment', 'author_institution_id')).toBe(false);
      await migration.up(runner);
    } finally {
      await runner.afterMigration();
      await runner.release();
    }
    const seenByB: ReviewComment[] = (
      await as(reviewerB).get(`${api}/curricula/${id}/reviews`).expect(200)
    ).body;
    expect(seenByB).toMatchObject([
      {
        authorId: null,
        fromOtherAssociation: true,
        replies: [
          { authorEmail: author.email },
          { authorId: null, fromOtherAssociation: true },
          { authorId: null, text: 'Wieder dabei.' },
        ],
      },
      { authorEmail: reviewerB.email, fromOtherAssociation: false },
    ]);
    expectNothingOfA(seenByB);
  });
});
