import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, createAuthor, TestUser } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Issue #16, limits: the import routes take up to IMPORT_BODY_LIMIT_MB (default 20 MB), every other
 * route keeps 2 MB, so that the product's own CASE export of the largest curriculum it accepts
 * (5,000 items) imports again.
 */
describe(`import body limits (${testDatabase()})`, () => {
  let t: TestApp;
  let author: TestUser;
  let partner: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    author = await createAuthor(t);
    partner = await createAuthor(t);
  });

  afterAll(async () => {
    await t.close();
  });

  /** The CASE export of a stored generated curriculum of `units` × `outcomes` (1 + outcomes items a unit). */
  async function exported(units: number, outcomesPerUnit: number): Promise<Buffer> {
    const content = generateCurriculum({
      units,
      outcomesPerUnit,
      workBasedLearningPeriods: 5,
      languages: ['de', 'lt'],
      seed: units,
    });
    const id = await storeContent(t, content, author.institutionId as string);
    const response = await client(t.server, author.token)
      .get(`${api}/curricula/${id}/export/case`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return response.body as Buffer;
  }

  /** Imported by another school: a new draft (the author's own import would be an update). */
  const importCase = (body: Buffer) =>
    client(t.server, partner.token)
      .post(`${api}/curricula/import/case`)
      .set('content-type', 'application/json')
      .send(body.toString('utf8'));

  it.each([
    [2000, 200, 9],
    [5000, 500, 9],
  ])(
    'imports the CASE export of a %i-item curriculum again (more than 2 MB)',
    async (items, units, outcomes) => {
      const body = await exported(units, outcomes);
      expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
      const started = Date.now();
      const response = await importCase(body).expect(201);
      process.stdout.write(
        `CASE import of ${items} items (${(body.length / 1024 / 1024).toFixed(1)} MB): ${Date.now() - started} ms\n`,
      );
      expect(response.body.report).toMatchObject({ items, units, outcomes: units * outcomes });
    },
    180_000,
  );

  it('keeps 2 MB for every other route, and answers 413 before reading a larger body', async () => {
    const response = await client(t.server, author.token)
      .post(`${api}/curricula`)
      .set('content-type', 'application/json')
      .send(JSON.stringify({ code: 'BIG', title: { de: 'x'.repeat(3 * 1024 * 1024) } }))
      .expect(413);
    expect(response.body).toEqual({ statusCode: 413, message: 'Request body is too large' });
  });

  it('answers 413 beyond the import limit, which IMPORT_BODY_LIMIT_MB sets', async () => {
    const small = await startTestApp({ IMPORT_BODY_LIMIT_MB: '1' });
    try {
      const user = await createAuthor(small);
      const body = JSON.stringify({ CFDocument: { title: 'x'.repeat(1024 * 1024 + 10) } });
      await client(small.server, user.token)
        .post(`${api}/curricula/import/case`)
        .set('content-type', 'application/json')
        .send(body)
        .expect(413);
    } finally {
      await small.close();
    }
  });
});
