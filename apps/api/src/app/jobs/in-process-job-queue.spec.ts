import { InvalidInputError, TooManyRequestsError } from '../../common/errors/domain.errors';
import type { StoredFile } from './export-store';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlers } from './job-handlers';
import type { JobContext } from './jobs';

const FILE: StoredFile = {
  key: 'jobs/x',
  contentType: 'text/plain',
  fileName: 'x.txt',
  bytes: 1,
  etag: '"x"',
};

/** A handler the test ends by hand: each run waits for `release()`. */
function gatedHandler() {
  const gates: (() => void)[] = [];
  const runs: JobContext[] = [];
  return {
    runs,
    release: () => gates.shift()?.(),
    handler: async (_payload: never, context: JobContext) => {
      runs.push(context);
      await new Promise<void>((open) => gates.push(open));
      context.progress(50);
      return FILE;
    },
  };
}

const tick = () => new Promise((done) => setTimeout(done, 5));

function queueWith(
  kind: string,
  handler: (payload: never, context: JobContext) => Promise<StoredFile>,
  options = {},
) {
  const handlers = new JobHandlers();
  handlers.register(kind, handler);
  const queue = new InProcessJobQueue(handlers, {
    concurrency: 1,
    queueLimit: 1,
    attempts: 3,
    backoffMs: 10,
    retentionMs: 60_000,
    ...options,
  });
  void queue.startWorking();
  return queue;
}

describe('InProcessJobQueue', () => {
  it('runs jobs in order, as many at once as allowed, and refuses more than may wait (429)', async () => {
    const gated = gatedHandler();
    const queue = queueWith('k', gated.handler);
    const first = await queue.submit({ kind: 'k', payload: 1, owner: 'a' });
    const second = await queue.submit({ kind: 'k', payload: 2, owner: 'a' });
    expect((await queue.get(first.id))?.state).toBe('running');
    expect((await queue.get(second.id))?.state).toBe('queued');
    await expect(queue.submit({ kind: 'k', payload: 3, owner: 'a' })).rejects.toBeInstanceOf(
      TooManyRequestsError,
    );
    gated.release();
    const done = await queue.waitFor(first.id, 1000);
    expect(done).toMatchObject({ state: 'done', progress: 100, attempts: 1, result: FILE });
    await tick();
    expect((await queue.get(second.id))?.state).toBe('running');
    gated.release();
    expect((await queue.waitFor(second.id, 1000)).state).toBe('done');
    await queue.close();
  });

  it('tries an unexpected failure again after a doubling pause, then gives up with the reason', async () => {
    const started: number[] = [];
    const queue = queueWith('k', async () => {
      started.push(Date.now());
      throw new Error('disk full');
    });
    const job = await queue.submit({ kind: 'k', payload: null, owner: null });
    const failed = await queue.waitFor(job.id, 2000);
    expect(failed).toMatchObject({
      state: 'failed',
      attempts: 3,
      reason: 'disk full',
      error: { statusCode: 500, message: expect.stringMatching(/given up/) },
    });
    expect(started).toHaveLength(3);
    expect(started[1] - started[0]).toBeGreaterThanOrEqual(9);
    expect(started[2] - started[1]).toBeGreaterThanOrEqual(19);
    expect((await queue.failed(10)).map((j) => j.id)).toEqual([job.id]);
    await queue.close();
  });

  it('fails at once, with the answer, when the failure is the request’s', async () => {
    let runs = 0;
    const queue = queueWith('k', async () => {
      runs++;
      throw new InvalidInputError([{ path: 'lang', message: 'must be one of de' }]);
    });
    const job = await queue.submit({ kind: 'k', payload: null, owner: null });
    const failed = await queue.waitFor(job.id, 1000);
    expect(runs).toBe(1);
    expect(failed).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: { statusCode: 400, errors: [{ path: 'lang', message: 'must be one of de' }] },
    });
    expect(failed.cause).toBeInstanceOf(InvalidInputError);
    await queue.close();
  });

  it('answers a wait that ends first with the job as it is', async () => {
    const gated = gatedHandler();
    const queue = queueWith('k', gated.handler);
    const job = await queue.submit({ kind: 'k', payload: null, owner: null });
    expect((await queue.waitFor(job.id, 10)).state).toBe('running');
    gated.release();
    expect((await queue.waitFor(job.id, 1000)).state).toBe('done');
    await queue.close();
  });
});
