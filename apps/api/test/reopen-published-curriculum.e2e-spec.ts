import type { AuditEvent, Curriculum } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { Client, client, createInstitution, createUser, link } from './support/accounts';
import { api, createDraft, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Issue #13 (lifecycle): editing a published curriculum used to turn it back into a draft silently,
 * outside the workflow and without an audit entry. Now it is refused (409) until an author reopens
 * it, and the reopening is a workflow transition like the others, in the audit trail.
 */
describe(`reopening a published curriculum for editing (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let otherAuthor: Client;
  let reviewer: Client;
  let admin: Client;
  let learner: Client;
  let school: string;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createInstitution(t, 'school');
    const association = await createInstitution(t, 'association');
    await link(t, school, association);
    author = client(t.server, (await createUser(t, 'author', school)).token);
    otherAuthor = client(
      t.server,
      (await createUser(t, 'author', await createInstitution(t, 'school'))).token,
    );
    reviewer = client(t.server, (await createUser(t, 'reviewer', association)).token);
    admin = client(t.server, (await createUser(t, 'admin')).token);
    learner = client(t.server, (await createUser(t, 'learner')).token);
  });

  afterAll(async () => {
    await t.close();
  });

  const move = (as: Client, id: string, step: string) =>
    as.post(`${api}/curricula/${id}/${step}`).send({});
  const read = async (as: Client, id: string) =>
    (await as.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const auditOf = async (id: string) =>
    (await author.get(`${api}/curricula/${id}/audit`).expect(200)).body as AuditEvent[];

  async function published(): Promise<string> {
    const content = generateCurriculum({
      units: 6,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['de'],
      years: 1,
    });
    const id = await storeContent(t, content, school);
    await move(author, id, 'submit').expect(200);
    await move(reviewer, id, 'approve').expect(200);
    await move(author, id, 'publish').expect(200);
    return id;
  }

  it('refuses every edit of a published curriculum with 409 until it is reopened, and changes nothing', async () => {
    const id = await published();
    const tree = await read(author, id);
    const unit = tree.units[0];
    const outcome = unit.outcomes[0];
    const trail = await auditOf(id);

    const patched = await author
      .patch(`${api}/curricula/${id}`)
      .send({ version: tree.version, eqfLevel: 5 })
      .expect(409);
    expect(patched.body.message).toMatch(/published/);
    expect(patched.body.message).toMatch(/reopen/);
    await author
      .patch(`${api}/curricula/${id}/units/${unit.id}/outcomes/${outcome.id}`)
      .send({ version: outcome.version, text: { de: 'Neu' } })
      .expect(409);
    await author
      .post(`${api}/curricula/${id}/units`)
      .send({ code: 'NEU-1', title: { de: 'Neu' }, eqfLevel: 4, ecvetPoints: 5, year: 1 })
      .expect(409);

    // Still published, unchanged, and nothing in the audit trail.
    expect(await read(author, id)).toEqual(tree);
    expect(await auditOf(id)).toEqual(trail);
  });

  it('reopens for its authors only, as an audited transition; then editing works and learners keep the published version', async () => {
    const id = await published();
    const before = await read(author, id);
    const seenBefore = await learner.get(`${api}/curricula/${id}`).expect(200);

    await move(learner, id, 'reopen').expect(403);
    await move(reviewer, id, 'reopen').expect(403);
    await move(admin, id, 'reopen').expect(403);
    await move(otherAuthor, id, 'reopen').expect(403);
    expect((await read(author, id)).status).toBe('published');

    const reopened = (await move(author, id, 'reopen').expect(200)).body as Curriculum;
    expect(reopened).toMatchObject({
      status: 'draft',
      publishedVersion: 1,
      version: before.version,
    });
    await move(author, id, 'reopen').expect(409);

    const [event] = await auditOf(id);
    expect(event).toMatchObject({
      action: 'curriculum.reopen',
      entityType: 'curriculum',
      entityId: id,
      userEmail: expect.stringMatching(/^author-/),
      before: { status: 'published' },
      after: { status: 'draft' },
    });

    await author
      .patch(`${api}/curricula/${id}`)
      .send({ version: before.version, eqfLevel: 5 })
      .expect(200);
    expect(await read(author, id)).toMatchObject({ status: 'draft', eqfLevel: 5 });

    // Learners and visitors still get the published version, byte for byte, with its tag.
    const seenAfter = await learner.get(`${api}/curricula/${id}`).expect(200);
    expect(seenAfter.text).toBe(seenBefore.text);
    expect(seenAfter.headers['etag']).toBe(seenBefore.headers['etag']);
    await learner
      .get(`${api}/curricula/${id}`)
      .set('If-None-Match', seenBefore.headers['etag'] as string)
      .expect(304);
    const catalogue = (await learner.get(`${api}/curricula?pageSize=100`).expect(200)).body as {
      items: { id: string; status: string; eqfLevel: number }[];
    };
    expect(catalogue.items.find((c) => c.id === id)).toMatchObject({
      status: 'published',
      eqfLevel: before.eqfLevel,
    });
  });

  it('reopens only what is published (409 for drafts, curricula in review and archived ones)', async () => {
    const draft = await createDraft(author);
    await move(author, draft.id, 'reopen').expect(409);
    const inReview = await published();
    await move(author, inReview, 'reopen').expect(200);
    await move(author, inReview, 'submit').expect(200);
    await move(author, inReview, 'reopen').expect(409);
    const archived = await published();
    await move(author, archived, 'archive').expect(200);
    await move(author, archived, 'reopen').expect(409);
    await author
      .patch(`${api}/curricula/${archived}`)
      .send({ version: (await read(author, archived)).version, eqfLevel: 5 })
      .expect(409);
  });
});
