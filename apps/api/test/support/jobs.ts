import type { Job } from '@curriculum-builder/curriculum';
import type { Test } from 'supertest';
import { api } from './curricula';

/** Asks until `check` holds, every 20 ms, for at most `timeoutMs` (then throws). */
export async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not so within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Follows a job (`GET /api/v1/jobs/:id` through `get`) until it is done or failed. */
export async function finishedJob(
  get: (url: string) => Test,
  id: string,
  timeoutMs = 10_000,
): Promise<Job> {
  let job: Job | undefined;
  await until(async () => {
    job = (await get(`${api}/jobs/${id}`).expect(200)).body as Job;
    return job.state === 'done' || job.state === 'failed';
  }, timeoutMs);
  return job as Job;
}
