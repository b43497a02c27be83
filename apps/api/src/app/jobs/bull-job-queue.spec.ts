import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { InvalidInputError } from '../../common/errors/domain.errors';
import { TEST_REDIS_URL } from '../../infrastructure/shared-state/testing/two-connections';
import { BullJobQueue, type BullQueueOptions } from './bull-job-queue';
import type { StoredFile } from './export-store';
import { JobHandlers } from './job-handlers';
import type { JobContext } from './jobs';

const FILE: StoredFile = {
  key: 'jobs/x',
  contentType: 'text/plain',
  fileName: 'x.txt',
  bytes: 1,
  etag: '"x"',
};

/**
 * BullMQ against the machine's Redis (ADR 0032): one queue submits, another (as a worker in
 * another process would) runs; each test has a key prefix of its own.
 */
describe('BullJobQueue', () => {
  const queues: BullJobQueue[] = [];
  const prefixes: string[] = [];

  function pair(run: (payload: never, context: JobContext) => Promise<StoredFile>) {
    const handlers = new JobHandlers();
    handlers.register('k', run);
    const keyPrefix = `test:${randomUUID()}:`;
    prefixes.push(keyPrefix);
    const options: BullQueueOptions = {
      url: TEST_REDIS_URL,
      keyPrefix,
      concurrency: 1,
      queueLimit: 10,
      attempts: 3,
      backoffMs: 20,
      lockMs: 2000,
      retentionSeconds: 600,
    };
    const api = new BullJobQueue(new JobHandlers(), options);
    const worker = new BullJobQueue(handlers, options);
    queues.push(api, worker);
    return { api, worker };
  }

  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
    const redis = new Redis(TEST_REDIS_URL);
    for (const prefix of prefixes) {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
    }
    await redis.quit();
  });

  it('runs a job submitted elsewhere and reports its progress and file', async () => {
    const { api, worker } = pair(async (payload: never, context) => {
      expect(payload).toEqual({ curriculum: 'c1' });
      context.progress(40);
      return FILE;
    });
    await worker.startWorking();
    const job = await api.submit({
      kind: 'k',
      payload: { curriculum: 'c1' },
      owner: 'u1',
      requestId: 'r1',
    });
    expect(job).toMatchObject({ state: 'queued', owner: 'u1', attempts: 0, maxAttempts: 3 });
    const done = await api.waitFor(job.id, 5000);
    expect(done).toMatchObject({
      state: 'done',
      progress: 100,
      attempts: 1,
      result: FILE,
      owner: 'u1',
    });
    expect(done.finishedAt).toBeGreaterThanOrEqual(done.createdAt);
    expect(await api.get(randomUUID())).toBeNull();
  });

  it('retries an unexpected failure with back-off and leaves a dead letter with the reason', async () => {
    let runs = 0;
    const { api, worker } = pair(async () => {
      runs++;
      throw new Error('store unreachable');
    });
    await worker.startWorking();
    const job = await api.submit({ kind: 'k', payload: null, owner: null });
    const failed = await api.waitFor(job.id, 10_000);
    expect(runs).toBe(3);
    expect(failed).toMatchObject({
      state: 'failed',
      attempts: 3,
      reason: 'store unreachable',
      error: { statusCode: 500, message: expect.stringMatching(/given up/) },
    });
    expect((await api.failed(10)).map((j) => j.id)).toEqual([job.id]);
  });

  it('fails at once with the answer when the failure is the request’s', async () => {
    let runs = 0;
    const { api, worker } = pair(async () => {
      runs++;
      throw new InvalidInputError([{ path: 'lang', message: 'must be one of de' }]);
    });
    await worker.startWorking();
    const job = await api.submit({ kind: 'k', payload: null, owner: null });
    const failed = await api.waitFor(job.id, 5000);
    expect(runs).toBe(1);
    expect(failed).toMatchObject({
      state: 'failed',
      error: { statusCode: 400, errors: [{ path: 'lang', message: 'must be one of de' }] },
    });
    expect(failed.reason).toBeUndefined();
  });

  it('refuses more waiting jobs than allowed (429) while no worker takes them', async () => {
    const { api } = pair(async () => FILE);
    const limited = new BullJobQueue(new JobHandlers(), {
      url: TEST_REDIS_URL,
      keyPrefix: prefixes.at(-1) as string,
      concurrency: 1,
      queueLimit: 2,
      attempts: 1,
      backoffMs: 0,
      lockMs: 2000,
      retentionSeconds: 600,
    });
    queues.push(limited);
    await api.submit({ kind: 'k', payload: null, owner: null });
    await api.submit({ kind: 'k', payload: null, owner: null });
    await expect(limited.submit({ kind: 'k', payload: null, owner: null })).rejects.toMatchObject({
      name: 'TooManyRequestsError',
    });
  });
});
