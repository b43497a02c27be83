import type { Curriculum, CurriculumDiff, ReviewComment } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import request from 'supertest';
import { Client, client, createInstitution, createUser, link } from './support/accounts';
import { api, createDraft, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

describe(`workflow, review, versions and diff (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let reviewer: Client;
  let learner: Client;
  let otherReviewer: Client;
  let association: string;

  beforeAll(async () => {
    t = await startTestApp();
    const school = await createInstitution(t, 'school');
    association = await createInstitution(t, 'association');
    await link(t, school, association);
    author = client(t.server, (await createUser(t, 'author', school)).token);
    reviewer = client(t.server, (await createUser(t, 'reviewer', association)).token);
    otherReviewer = client(
      t.server,
      (await createUser(t, 'reviewer', await createInstitution(t, 'association'))).token,
    );
    learner = client(t.server, (await createUser(t, 'learner')).token);
  });

  afterAll(async () => {
    await t.close();
  });

  const move = (as: Client, id: string, step: string, body: object = {}) =>
    as.post(`${api}/curricula/${id}/${step}`).send(body);

  it('refuses to submit while the rule engine reports errors', async () => {
    const draft = await createDraft(author, { ecvetPoints: 200 });
    const response = await move(author, draft.id, 'submit').expect(409);
    expect(response.body.message).toMatch(/rule error/);
    expect(response.body.message).toMatch(/ECVET|points/i);
  });

  it('runs a whole review round trip: comment, accepted rewording, approval, publication, learner view, diff', async () => {
    await author.get(`${api}/curricula`).expect(200);
    const draft = await createDraft(author);
    const school = draft.institutionId;
    const content = generateCurriculum({
      units: 6,
      outcomesPerUnit: 3,
      workBasedLearningPeriods: 1,
      languages: ['de', 'en'],
      years: 1,
    });
    const id = await storeContent(t, content, school);
    const tree: Curriculum = (await author.get(`${api}/curricula/${id}`).expect(200)).body;
    const outcome = tree.units[2].outcomes[1];

    // Draft → in review at the school's partner association; nobody may edit or approve wrongly.
    const submitted = await move(author, id, 'submit').expect(200);
    expect(submitted.body.status).toBe('in-review');
    await author
      .patch(`${api}/curricula/${id}`)
      .send({ version: tree.version, eqfLevel: 3 })
      .expect(409);
    await move(author, id, 'approve').expect(403);
    await move(otherReviewer, id, 'approve').expect(404);
    await learner.get(`${api}/curricula/${id}`).expect(404);

    // The reviewer comments on one outcome and proposes a rewording; the author replies.
    const proposed = {
      de: 'Prüft Maße mit Bügelmessschraube und dokumentiert Abweichungen',
      en: 'Checks dimensions with a micrometer and records deviations',
    };
    const comment: ReviewComment = (
      await reviewer
        .post(`${api}/curricula/${id}/reviews`)
        .send({
          targetType: 'outcome',
          targetId: outcome.id,
          verdict: 'suggest-change',
          text: 'Messmittel konkret benennen.',
          proposedText: proposed,
        })
        .expect(201)
    ).body;
    expect(comment).toMatchObject({
      status: 'open',
      verdict: 'suggest-change',
      targetId: outcome.id,
      authorRole: 'reviewer',
    });
    await author
      .post(`${api}/curricula/${id}/reviews/${comment.id}/replies`)
      .send({ text: 'Guter Hinweis, übernehmen wir.' })
      .expect(201);
    await reviewer
      .post(`${api}/curricula/${id}/reviews`)
      .send({ targetType: 'unit', targetId: tree.units[0].id, verdict: 'agree', text: 'Passt.' })
      .expect(201);
    const summary = (await author.get(`${api}/curricula/${id}/reviews/summary`).expect(200)).body;
    expect(summary).toMatchObject({
      open: 2,
      resolved: 0,
      byVerdict: { agree: 1, 'suggest-change': 1, disagree: 0 },
    });
    expect(summary.byUnit.map((u: { code: string }) => u.code)).toEqual([
      tree.units[0].code,
      tree.units[2].code,
    ]);
    await move(reviewer, id, 'request-changes').expect(200);

    // The author accepts the rewording in one action; it lands in the draft.
    const accepted: ReviewComment = (
      await author.post(`${api}/curricula/${id}/reviews/${comment.id}/accept`).expect(200)
    ).body;
    expect(accepted).toMatchObject({
      status: 'resolved',
      replies: [{ text: 'Guter Hinweis, übernehmen wir.' }],
    });
    expect(accepted.acceptedAt).toBeTruthy();
    await author.post(`${api}/curricula/${id}/reviews/${comment.id}/accept`).expect(409);
    const revised: Curriculum = (await author.get(`${api}/curricula/${id}`).expect(200)).body;
    expect(revised.units[2].outcomes[1].text).toEqual(proposed);

    // Resubmitted, approved, published as version 1.
    await move(author, id, 'submit').expect(200);
    await move(reviewer, id, 'approve').expect(200);
    await move(reviewer, id, 'publish').expect(403);
    const published = await move(author, id, 'publish').expect(200);
    expect(published.body).toMatchObject({ status: 'published', publishedVersion: 1 });

    // The learner sees the published version, with the accepted rewording.
    const seen: Curriculum = (await learner.get(`${api}/curricula/${id}`).expect(200)).body;
    expect(seen.units[2].outcomes[1].text).toEqual(proposed);

    // The authors reopen it and continue in a new draft; learners keep version 1 until the next
    // publication.
    const edited = { de: 'Prüft Maße und Oberflächen', en: 'Checks dimensions and surfaces' };
    await author
      .patch(`${api}/curricula/${id}/units/${tree.units[2].id}/outcomes/${outcome.id}`)
      .send({ version: revised.units[2].outcomes[1].version, text: edited })
      .expect(409);
    expect((await move(author, id, 'reopen').expect(200)).body.status).toBe('draft');
    await author
      .patch(`${api}/curricula/${id}/units/${tree.units[2].id}/outcomes/${outcome.id}`)
      .send({ version: revised.units[2].outcomes[1].version, text: edited })
      .expect(200);
    expect((await author.get(`${api}/curricula/${id}`).expect(200)).body.status).toBe('draft');
    expect(
      (await learner.get(`${api}/curricula/${id}`).expect(200)).body.units[2].outcomes[1].text,
    ).toEqual(proposed);
    await move(author, id, 'submit').expect(200);
    await move(reviewer, id, 'approve').expect(200);
    await move(author, id, 'publish').expect(200);
    expect(
      (await learner.get(`${api}/curricula/${id}`).expect(200)).body.units[2].outcomes[1].text,
    ).toEqual(edited);

    // Versions and the outcome-level diff.
    const versions = (await request(t.server).get(`${api}/curricula/${id}/versions`).expect(200))
      .body;
    expect(versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const v1 = (await request(t.server).get(`${api}/curricula/${id}/versions/1`).expect(200))
      .body as Curriculum;
    expect(v1.units[2].outcomes[1].text).toEqual(proposed);
    const diff: CurriculumDiff = (
      await learner.get(`${api}/curricula/${id}/diff?from=1&to=2`).expect(200)
    ).body;
    expect(diff.summary.outcomesChanged).toBe(1);
    const changed = diff.units.flatMap((u) => u.outcomes).find((o) => o.id === outcome.id);
    expect(changed?.text).toEqual(
      expect.arrayContaining([
        { language: 'de', before: proposed.de, after: edited.de },
        { language: 'en', before: proposed.en, after: edited.en },
      ]),
    );
    await learner.get(`${api}/curricula/${id}/diff?from=1&to=draft`).expect(404);
    await learner.get(`${api}/curricula/${id}/diff?from=x`).expect(400);

    // The audit trail records who did what.
    const audit = (await author.get(`${api}/curricula/${id}/audit`).expect(200)).body as {
      action: string;
      userEmail: string | null;
    }[];
    const actions = audit.map((e) => e.action);
    for (const action of [
      'curriculum.submit',
      'review.commented',
      'review.accepted',
      'curriculum.approve',
      'curriculum.published',
      'curriculum.reopen',
      'outcome.updated',
    ]) {
      expect(actions).toContain(action);
    }
    expect(audit.find((e) => e.action === 'curriculum.approve')?.userEmail).toMatch(/^reviewer-/);
    await learner.get(`${api}/curricula/${id}/audit`).expect(403);
  });

  it('refuses to approve while the association disagrees in an open thread, unless a reason is given', async () => {
    const draft = await createDraft(author);
    const content = generateCurriculum({
      units: 6,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['de'],
      years: 1,
    });
    const id = await storeContent(t, content, draft.institutionId);
    await move(author, id, 'submit').expect(200);
    const tree: Curriculum = (await reviewer.get(`${api}/curricula/${id}`).expect(200)).body;
    const disagree = (targetId: string) =>
      reviewer
        .post(`${api}/curricula/${id}/reviews`)
        .send({ targetType: 'unit', targetId, verdict: 'disagree', text: 'Zu wenig Praxis.' })
        .expect(201);
    const first: ReviewComment = (await disagree(tree.units[0].id)).body;
    const second: ReviewComment = (await disagree(tree.units[1].id)).body;

    const refused = await move(reviewer, id, 'approve').expect(409);
    expect(refused.body.message).toMatch(/disagrees in 2 open threads/);
    await move(reviewer, id, 'approve', { overrideReason: '' }).expect(400);
    await move(reviewer, id, 'approve', { overrideReason: 7 }).expect(400);
    // The author answers and the reviewer resolves one: one is still open.
    await author
      .post(`${api}/curricula/${id}/reviews/${first.id}/replies`)
      .send({ text: 'Praxisanteil in SFO-02 erhöht.' })
      .expect(201);
    await reviewer.post(`${api}/curricula/${id}/reviews/${first.id}/resolve`).expect(200);
    expect((await move(reviewer, id, 'approve').expect(409)).body.message).toMatch(
      /disagrees in 1 open thread:/,
    );
    const reason = 'Die Kammer hat den Praxisanteil im Gespräch bestätigt.';
    const approved = await move(reviewer, id, 'approve', { overrideReason: reason }).expect(200);
    expect(approved.body.status).toBe('approved');
    const audit = (await author.get(`${api}/curricula/${id}/audit`).expect(200)).body as {
      action: string;
      after: Record<string, unknown>;
    }[];
    expect(audit.find((e) => e.action === 'curriculum.approve')?.after).toEqual({
      status: 'approved',
      overrideReason: reason,
      openDisagreements: 1,
    });
    expect(second.status).toBe('open');
  });

  it('refuses invalid transitions with 409', async () => {
    const draft = await createDraft(author);
    await move(author, draft.id, 'publish').expect(409);
    await move(reviewer, draft.id, 'approve').expect(404);
    await move(author, draft.id, 'archive').expect(200);
    await move(author, draft.id, 'submit').expect(409);
    await author
      .patch(`${api}/curricula/${draft.id}`)
      .send({ version: draft.version, eqfLevel: 3 })
      .expect(409);
  });

  it("takes an earlier round's reviewers off the curriculum when it is submitted again elsewhere", async () => {
    const draft = await createDraft(author);
    const content = generateCurriculum({
      units: 6,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['de'],
      years: 1,
    });
    const id = await storeContent(t, content, draft.institutionId);
    await move(author, id, 'submit').expect(200);
    await reviewer.get(`${api}/curricula/${id}`).expect(200);
    await move(reviewer, id, 'request-changes').expect(200);
    const other = await createInstitution(t, 'association');
    const otherClient = client(t.server, (await createUser(t, 'reviewer', other)).token);
    await move(author, id, 'submit', { associationIds: [other] }).expect(200);
    await reviewer.get(`${api}/curricula/${id}`).expect(404);
    await move(reviewer, id, 'approve').expect(404);
    await otherClient.get(`${api}/curricula/${id}`).expect(200);
    await move(author, id, 'submit', { associationIds: other }).expect(400);
  });

  it('submits to named associations only when they are associations', async () => {
    const draft = await createDraft(author);
    const response = await move(author, draft.id, 'submit', {
      associationIds: [draft.institutionId],
    }).expect(400);
    expect(response.body.errors[0].path).toBe('associationIds[0]');
  });
});
