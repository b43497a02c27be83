import type { Curriculum, NotificationList, ReviewComment } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { EmailOutboxEntity } from '../src/app/notifications/entities/email-outbox.entity';
import { CreateNotifications1763683900000 as Migration } from '../src/database/migrations/1763683900000-CreateNotifications';
import { client, createInstitution, createUser, link, TestUser } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Notifications (issue #14): who is told what when a curriculum is submitted, a reviewer suggests
 * a rewording, somebody replies and the review ends; each with its e-mail in the outbox, in the
 * same transaction as the change.
 */
describe(`notifications and the e-mail outbox (${testDatabase()})`, () => {
  let t: TestApp;
  let author: TestUser;
  let colleague: TestUser;
  let reviewer: TestUser;
  let panelist: TestUser;
  let outsider: TestUser;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    const school = await createInstitution(t, 'school');
    const association = await createInstitution(t, 'association');
    await link(t, school, association);
    author = await createUser(t, 'author', school);
    colleague = await createUser(t, 'author', school);
    reviewer = await createUser(t, 'reviewer', association);
    panelist = await createUser(t, 'reviewer', association);
    outsider = await createUser(t, 'reviewer', await createInstitution(t, 'association'));
    const content = generateCurriculum({
      units: 6,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['de'],
      years: 1,
    });
    id = await storeContent(t, content, school);
  });

  afterAll(async () => {
    await t?.close();
  });

  const as = (user: TestUser) => client(t.server, user.token);
  const inbox = async (user: TestUser): Promise<NotificationList> =>
    (await as(user).get(`${api}/notifications`).expect(200)).body;
  const kinds = async (user: TestUser) =>
    (await inbox(user)).items.map((n) => `${n.kind}${n.detail ? `:${n.detail}` : ''}`);
  const outbox = (email: string) =>
    t.dataSource.getRepository(EmailOutboxEntity).findBy({ toEmail: email });

  it('tells the reviewers of the association of a submission, the authors of suggestions, replies and the end of the review', async () => {
    await as(author).post(`${api}/curricula/${id}/submit`).send({}).expect(200);
    expect(await kinds(reviewer)).toEqual(['submitted']);
    expect(await kinds(panelist)).toEqual(['submitted']);
    expect(await kinds(outsider)).toEqual([]);
    expect(await kinds(author)).toEqual([]);

    const tree: Curriculum = (await as(reviewer).get(`${api}/curricula/${id}`).expect(200)).body;
    const outcome = tree.units[0].outcomes[0];
    const comment: ReviewComment = (
      await as(reviewer)
        .post(`${api}/curricula/${id}/reviews`)
        .send({
          targetType: 'outcome',
          targetId: outcome.id,
          verdict: 'suggest-change',
          text: 'Messmittel nennen.',
          proposedText: { de: `${outcome.text['de']} mit Messschieber` },
        })
        .expect(201)
    ).body;
    expect(await kinds(author)).toEqual(['suggestion']);
    expect(await kinds(colleague)).toEqual(['suggestion']);

    // The author answers: the reviewer who wrote the thread hears of it, nobody else.
    await as(author)
      .post(`${api}/curricula/${id}/reviews/${comment.id}/replies`)
      .send({ text: 'Übernehmen wir.' })
      .expect(201);
    expect(await kinds(reviewer)).toEqual(['reply', 'submitted']);
    expect(await kinds(panelist)).toEqual(['submitted']);
    expect(await kinds(colleague)).toEqual(['suggestion']);
    // A reviewer's answer is for all of the school's authors.
    await as(reviewer)
      .post(`${api}/curricula/${id}/reviews/${comment.id}/replies`)
      .send({ text: 'Danke.' })
      .expect(201);
    expect(await kinds(colleague)).toEqual(['reply', 'suggestion']);

    await as(reviewer).post(`${api}/curricula/${id}/request-changes`).send({}).expect(200);
    const list = await inbox(author);
    expect(list.items.map((n) => n.kind)).toEqual(['review-finished', 'reply', 'suggestion']);
    expect(list.items[0]).toMatchObject({
      curriculumId: id,
      curriculumCode: tree.code,
      curriculumTitle: tree.title,
      detail: 'changes-requested',
      readAt: null,
    });
    expect(list.unread).toBe(3);

    // One e-mail per notification, waiting in the outbox for the deployment's mail relay.
    const mails = await outbox(author.email);
    expect(mails).toHaveLength(3);
    expect(mails.every((m) => m.sentAt === null)).toBe(true);
    const finished = mails.find((m) => m.body.includes('changes are requested'));
    expect(finished?.subject).toContain(tree.code);
    expect(finished?.body).toContain('Änderungen sind erbeten');
    expect(finished?.body).toContain(`/curricula/${id}`);
    const toReviewer = await outbox(reviewer.email);
    expect(toReviewer).toHaveLength(2);
    expect(toReviewer.every((m) => m.body.includes(`/review/${id}`))).toBe(true);
  });

  it("writes each e-mail in the recipient's interface language, English and German until they choose", async () => {
    const school = await createInstitution(t, 'school');
    const association = await createInstitution(t, 'association');
    await link(t, school, association);
    const latvian = await createUser(t, 'reviewer', association);
    const undecided = await createUser(t, 'reviewer', association);
    const writer = await createUser(t, 'author', school);
    await as(latvian).put(`${api}/auth/preferences`).send({ uiLanguage: 'lv' }).expect(204);
    const content = generateCurriculum({
      units: 2,
      outcomesPerUnit: 1,
      workBasedLearningPeriods: 1,
      languages: ['de'],
      years: 1,
    });
    const draft = await storeContent(t, content, school);
    await as(writer).post(`${api}/curricula/${draft}/submit`).send({}).expect(200);

    const [lv] = await outbox(latvian.email);
    expect(lv.subject).toMatch(
      /^Mācību programmu veidotājs: .* ir iesniegta izskatīšanai Jūsu asociācijā\.$/,
    );
    expect(lv.body).toContain(`Atvērt: /review/${draft}`);
    expect(lv.body).not.toContain('submitted');
    const [both] = await outbox(undecided.email);
    expect(both.subject).toMatch(/^Curriculum builder: .* was submitted to your association/);
    expect(both.body).toContain('wurde Ihrem Verband zur Begutachtung vorgelegt');
    expect(both.body).toContain(`Open / Öffnen: /review/${draft}`);
  });

  it("marks one or all read, only the caller's own", async () => {
    const before = await inbox(author);
    const first = before.items[0];
    await as(colleague).post(`${api}/notifications/${first.id}/read`).expect(404);
    await as(author).post(`${api}/notifications/not-a-uuid/read`).expect(404);
    const after: NotificationList = (
      await as(author).post(`${api}/notifications/${first.id}/read`).expect(200)
    ).body;
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items[0].readAt).not.toBeNull();
    const all: NotificationList = (await as(author).post(`${api}/notifications/read`).expect(200))
      .body;
    expect(all.unread).toBe(0);
    expect((await inbox(colleague)).unread).toBeGreaterThan(0);
  });

  it('goes down dropping only its own tables, and up again', async () => {
    const runner = t.dataSource.createQueryRunner();
    const curricula = async () =>
      Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM curriculum'))[0].n);
    const before = await curricula();
    try {
      await new Migration().down(runner);
      expect(await runner.hasTable('notification')).toBe(false);
      expect(await runner.hasTable('email_outbox')).toBe(false);
      expect(await curricula()).toBe(before);
      await new Migration().up(runner);
      expect(await runner.hasTable('notification')).toBe(true);
    } finally {
      await runner.release();
    }
    expect((await inbox(author)).items).toEqual([]);
  });
});
