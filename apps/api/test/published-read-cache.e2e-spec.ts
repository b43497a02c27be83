import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import request from 'supertest';
import { Client, client } from './support/accounts';
import { api } from './support/curricula';
import { DEMO_PASSWORD, DemoApp, startDemoApp } from './support/demo';
import { testDatabase } from './support/test-app';

/**
 * Published versions are immutable and served as cached bytes with an entity tag; who may see them
 * is still decided per request.
 */
describe(`published reads: cached bytes, ETag and 304 (${testDatabase()})`, () => {
  let demo: DemoApp;
  let reviewer: Client;
  let cncId: string;

  beforeAll(async () => {
    demo = await startDemoApp();
    const login = await request(demo.t.server)
      .post(`${api}/auth/login`)
      .send({ email: 'reviewer@demo.local', password: DEMO_PASSWORD })
      .expect(200);
    reviewer = client(demo.t.server, login.body.token);
    const catalogue = await demo.anonymous.get(`${api}/curricula`).expect(200);
    const cnc = (catalogue.body.items as CurriculumSummary[]).find((c) => c.code === 'ZM-CNC-2018');
    if (cnc === undefined) throw new Error('the demo CNC curriculum is missing');
    cncId = cnc.id;
  });

  afterAll(async () => {
    await demo.t.close();
  });

  it('answers learners with the published version, a strong ETag, public no-cache and Vary', async () => {
    const first = await demo.anonymous.get(`${api}/curricula/${cncId}`).expect(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{27}-gzip"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    expect(first.headers['vary']).toBe('Authorization, Cookie, Accept-Encoding');
    const tree = first.body as Curriculum;
    expect(tree).toMatchObject({ id: cncId, status: 'published', code: 'ZM-CNC-2018' });
    expect(tree.units.length).toBe(23);
    // The same bytes every time, for every reader of the published version.
    const again = await demo.anonymous.get(`${api}/curricula/${cncId}`).expect(200);
    expect(again.text).toBe(first.text);
    expect(again.headers['etag']).toBe(first.headers['etag']);
    const version1 = await demo.anonymous.get(`${api}/curricula/${cncId}/versions/1`).expect(200);
    expect(version1.text).toBe(first.text);
    expect(version1.headers['etag']).toBe(first.headers['etag']);
    expect(version1.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('answers If-None-Match with 304 and no body, also in a list and as a weak tag', async () => {
    const { headers } = await demo.anonymous.get(`${api}/curricula/${cncId}`).expect(200);
    const etag = headers['etag'] as string;
    for (const ifNoneMatch of [etag, `"other", ${etag}`, `W/${etag}`, '*']) {
      const response = await demo.anonymous
        .get(`${api}/curricula/${cncId}`)
        .set('If-None-Match', ifNoneMatch)
        .expect(304);
      expect(response.text).toBe('');
      expect(response.headers['etag']).toBe(etag);
    }
    await demo.anonymous
      .get(`${api}/curricula/${cncId}`)
      .set('If-None-Match', '"something-else"')
      .expect(200);
  });

  it('gives authors their working copy, private and never the published bytes', async () => {
    const response = await demo.teacher.get(`${api}/curricula/${cncId}`).expect(200);
    expect(response.headers['cache-control']).toBe('private, no-cache');
    expect(response.headers['vary']).toBe('Authorization, Cookie, Accept-Encoding');
    expect(response.headers['etag']).toBeUndefined();
    expect(response.body.id).toBe(cncId);
  });

  it("renders a published version's PDF and ELM once, and an author's working copy every time", async () => {
    const download = (as: Client, path: string) =>
      as
        .get(`${api}/curricula/${cncId}/export/${path}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
    const first = await download(demo.anonymous, 'pdf?lang=lt');
    // pdfkit stamps each rendering with its creation time (to the second).
    await new Promise((done) => setTimeout(done, 1100));
    const second = await download(demo.anonymous, 'pdf?lang=LT');
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toContain('ZM-CNC-2018-lt.pdf');
    expect(Buffer.compare(first.body as Buffer, second.body as Buffer)).toBe(0);
    const drafts = [
      await download(demo.teacher, 'pdf?lang=lt'),
      await new Promise((done) => setTimeout(done, 1100)).then(() =>
        download(demo.teacher, 'pdf?lang=lt'),
      ),
    ];
    expect(Buffer.compare(drafts[0].body as Buffer, drafts[1].body as Buffer)).not.toBe(0);
    const elm = await demo.anonymous.get(`${api}/curricula/${cncId}/export/elm`).expect(200);
    expect(elm.headers['content-disposition']).toContain('ZM-CNC-2018-elm.jsonld');
    await demo.anonymous.get(`${api}/curricula/${cncId}/export/pdf?lang=xx`).expect(400);
    await demo.anonymous.get(`${api}/curricula/${cncId}/export/pdf?lang=de&lang=en`).expect(400);
  });

  it('serves a newly published version at once, with a new tag, and keeps version 1 as it was', async () => {
    const before = await demo.anonymous.get(`${api}/curricula/${cncId}`).expect(200);
    const oldTag = before.headers['etag'] as string;
    await demo.teacher.post(`${api}/curricula/${cncId}/reopen`).send({}).expect(200);
    // Reopening does not change what learners see.
    await demo.anonymous.get(`${api}/curricula/${cncId}`).set('If-None-Match', oldTag).expect(304);
    const draft = (await demo.teacher.get(`${api}/curricula/${cncId}`).expect(200))
      .body as Curriculum;
    const unit = draft.units[0];
    const outcome = unit.outcomes[0];
    await demo.teacher
      .patch(`${api}/curricula/${cncId}/units/${unit.id}/outcomes/${outcome.id}`)
      .send({ version: outcome.version, text: { ...outcome.text, en: 'Plans CNC jobs safely' } })
      .expect(200);
    // The draft does not leak to learners while it is worked on.
    const during = await demo.anonymous
      .get(`${api}/curricula/${cncId}`)
      .set('If-None-Match', oldTag)
      .expect(304);
    expect(during.headers['etag']).toBe(oldTag);

    await demo.teacher.post(`${api}/curricula/${cncId}/submit`).send({}).expect(200);
    await reviewer.post(`${api}/curricula/${cncId}/approve`).expect(200);
    await demo.teacher.post(`${api}/curricula/${cncId}/publish`).expect(200);

    const after = await demo.anonymous
      .get(`${api}/curricula/${cncId}`)
      .set('If-None-Match', oldTag)
      .expect(200);
    expect(after.headers['etag']).not.toBe(oldTag);
    expect((after.body as Curriculum).units[0].outcomes[0].text['en']).toBe(
      'Plans CNC jobs safely',
    );
    const version1 = await demo.anonymous.get(`${api}/curricula/${cncId}/versions/1`).expect(200);
    expect(version1.text).toBe(before.text);
    const version2 = await demo.anonymous.get(`${api}/curricula/${cncId}/versions/2`).expect(200);
    expect(version2.text).toBe(after.text);
    const elm = await demo.anonymous.get(`${api}/curricula/${cncId}/export/elm`).expect(200);
    expect(elm.text).toContain('Plans CNC jobs safely');
  });

  it('stops serving the cached bytes the moment a curriculum is archived', async () => {
    await demo.anonymous.get(`${api}/curricula/${cncId}`).expect(200);
    await demo.teacher.post(`${api}/curricula/${cncId}/archive`).expect(200);
    await demo.anonymous.get(`${api}/curricula/${cncId}`).expect(404);
    await demo.anonymous.get(`${api}/curricula/${cncId}/versions/1`).expect(404);
    await demo.anonymous.get(`${api}/curricula/${cncId}`).set('If-None-Match', '*').expect(404);
  });
});
