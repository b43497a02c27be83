/**
 * Background jobs in the single process (ADR 0032: no Redis, the API runs its own jobs): exports
 * asked for with POST answer 202 and a job to follow; the file is downloaded from it; a published
 * version is rendered once and stored; a failure that is the request's ends the job at once with
 * the answer the GET would have had; an unexpected one is tried again with back-off and then
 * given up (a dead letter administrators see); a GET that waited long enough answers 202 too.
 */
import type { FailedJob, Job } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { client, type Client, createInstitution, createUser } from './support/accounts';
import { api, asBytes, publishContent, storeContent } from './support/curricula';
import { finishedJob } from './support/jobs';
import { startTestApp, type TestApp } from './support/test-app';

const content = (units = 4) =>
  generateCurriculum({
    units,
    outcomesPerUnit: 2,
    workBasedLearningPeriods: 1,
    languages: ['de', 'lt'],
  });

/** Every file the store holds (not the `.json` beside each). */
function storedFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? storedFiles(dir, join(prefix, entry.name))
      : entry.name.endsWith('.json')
        ? []
        : [join(prefix, entry.name)],
  );
}

describe('background jobs in one process', () => {
  let t: TestApp;
  let store: string;
  let school: string;
  let author: Client;

  beforeAll(async () => {
    store = mkdtempSync(join(tmpdir(), 'jobs-e2e-'));
    t = await startTestApp({ EXPORT_STORE_DIR: store, JOB_ATTEMPTS: '3', JOB_BACKOFF_MS: '20' });
    school = await createInstitution(t, 'school');
    author = client(t.server, (await createUser(t, 'author', school)).token);
  });

  afterAll(async () => {
    await t.close();
    rmSync(store, { recursive: true, force: true });
  });

  it('answers POST with 202 and the job, which ends with the file to download', async () => {
    const id = await storeContent(t, content(), school);
    const posted = await author.post(`${api}/curricula/${id}/export/pdf?lang=lt`).expect(202);
    expect(posted.headers['location']).toBe(`${api}/jobs/${posted.body.id}`);
    expect(posted.body).toMatchObject({
      kind: 'curriculum-export',
      state: expect.stringMatching(/^(queued|running|done)$/),
      maxAttempts: 3,
    });
    const job = await finishedJob(author.get, posted.body.id);
    expect(job).toMatchObject({
      state: 'done',
      progress: 100,
      attempts: 1,
      result: {
        fileName: expect.stringMatching(/-lt\.pdf$/),
        contentType: 'application/pdf',
        href: `${api}/jobs/${job.id}/result`,
      },
    });
    const file = await author
      .get(job.result?.href as string)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    expect(file.headers['content-disposition']).toContain(job.result?.fileName);
    expect((file.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((file.body as Buffer).length).toBe(job.result?.bytes);
    // The working copy's file is the job's own.
    expect(storedFiles(store)).toContain(join('jobs', job.id));
  });

  it('answers the result of a job not yet done with 409, and unknown jobs with 404', async () => {
    const id = await storeContent(t, content(30), school);
    const posted = (await author.post(`${api}/curricula/${id}/export/pdf`).expect(202)).body as Job;
    const early = await author.get(`${api}/jobs/${posted.id}/result`);
    // The render holds this process while it runs: asked right away it is not done.
    expect([409, 200]).toContain(early.status);
    if (early.status === 409) expect(early.body.message).toMatch(/not done yet/);
    await finishedJob(author.get, posted.id);
    await author.get(`${api}/jobs/00000000-0000-4000-8000-000000000000`).expect(404);
    await author.get(`${api}/jobs/not-a-uuid`).expect(404);
  });

  it('renders a published version once and serves it from the store afterwards', async () => {
    const published = await publishContent(t, content(), school);
    const before = storedFiles(store).filter((f) => f.startsWith('published')).length;
    const first = (
      await client(t.server).post(`${api}/curricula/${published.id}/export/elm`).expect(202)
    ).body as Job;
    const second = (
      await client(t.server).post(`${api}/curricula/${published.id}/export/elm`).expect(202)
    ).body as Job;
    const jobs = [
      await finishedJob(client(t.server).get, first.id),
      await finishedJob(client(t.server).get, second.id),
    ];
    expect(jobs.map((j) => j.state)).toEqual(['done', 'done']);
    expect(jobs[0].result?.bytes).toBe(jobs[1].result?.bytes);
    const files = storedFiles(store).filter((f) => f.startsWith('published'));
    expect(files).toHaveLength(before + 1);
    // Named by the version and its snapshot's digest: a restored database cannot meet it again.
    expect(files).toContainEqual(
      expect.stringMatching(new RegExp(`^published/${published.id}/1-[\\w-]{27}/elm-de-default$`)),
    );
    // The synchronous route sends the same bytes.
    const direct = await client(t.server)
      .get(`${api}/curricula/${published.id}/export/elm`)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    expect((direct.body as Buffer).length).toBe(jobs[0].result?.bytes);
  });

  it('ends at once with the answer a GET has when the failure is the request’s (422)', async () => {
    const id = await storeContent(t, content(), school);
    await t.dataSource.getRepository(CurriculumEntity).update(id, { occupation: [] as never });
    const posted = (await author.post(`${api}/curricula/${id}/export/pdf`).expect(202)).body as Job;
    const job = await finishedJob(author.get, posted.id);
    expect(job).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: { statusCode: 422, problems: [{ path: 'occupation' }] },
    });
    const direct = await author.get(`${api}/curricula/${id}/export/pdf`).expect(422);
    expect(direct.body.problems).toEqual(job.error?.['problems']);
    await author.get(`${api}/jobs/${job.id}/result`).expect(422);
  });

  it('checks the request before queueing anything (400, 404)', async () => {
    const id = await storeContent(t, content(), school);
    const bad = await author.post(`${api}/curricula/${id}/export/pdf?lang=fr`).expect(400);
    expect(bad.body.errors).toEqual([{ path: 'lang', message: expect.any(String) }]);
    await author.post(`${api}/curricula/${id}/export/odt`).expect(404);
    await client(t.server).post(`${api}/curricula/${id}/export/pdf`).expect(404);
  });
});

describe('background jobs that keep failing', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jobs-e2e-broken-'));
    // A file where the store's folder should be: every write fails, as a full disk would.
    writeFileSync(join(dir, 'store'), 'not a folder');
    t = await startTestApp({
      EXPORT_STORE_DIR: join(dir, 'store'),
      JOB_ATTEMPTS: '3',
      JOB_BACKOFF_MS: '20',
      EXPORT_WAIT_MS: '5000',
    });
  });

  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tries three times with back-off, then gives up; administrators see why', async () => {
    const school = await createInstitution(t, 'school');
    const author = client(t.server, (await createUser(t, 'author', school)).token);
    const admin = client(t.server, (await createUser(t, 'admin')).token);
    const id = await storeContent(t, content(), school);
    const posted = (await author.post(`${api}/curricula/${id}/export/csv`).expect(202)).body as Job;
    const job = await finishedJob(author.get, posted.id);
    expect(job).toMatchObject({
      state: 'failed',
      attempts: 3,
      error: {
        statusCode: 500,
        message: expect.stringMatching(/failed 3 time\(s\) and was given up/),
      },
    });
    // What the owner is told names no internals; the dead letter does.
    expect(JSON.stringify(job)).not.toMatch(/ENOTDIR|EEXIST/);
    const dead = (await admin.get(`${api}/jobs?state=failed`).expect(200)).body
      .items as FailedJob[];
    expect(dead.find((d) => d.id === job.id)).toMatchObject({
      owner: expect.any(String),
      reason: expect.stringMatching(/ENOTDIR|EEXIST/),
    });
    // The synchronous route waits for the same end, and answers 500 without internals.
    const direct = await author.get(`${api}/curricula/${id}/export/csv`).expect(500);
    expect(direct.body.message).toMatch(/given up/);
    await admin.get(`${api}/jobs?state=running`).expect(400);
    await admin.get(`${api}/jobs?state=failed&limit=0`).expect(400);
  });
});

describe('a synchronous export that waits no longer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ EXPORT_WAIT_MS: '0' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('answers 202 with the job when the file is not ready in time', async () => {
    const school = await createInstitution(t, 'school');
    const author = client(t.server, (await createUser(t, 'author', school)).token);
    const id = await storeContent(t, content(30), school);
    const response = await author.get(`${api}/curricula/${id}/export/pdf`).expect(202);
    expect(response.headers['location']).toBe(`${api}/jobs/${response.body.id}`);
    expect(response.headers['cache-control']).toBe('no-store');
    const job = await finishedJob(author.get, response.body.id);
    expect(job.state).toBe('done');
  });
});
