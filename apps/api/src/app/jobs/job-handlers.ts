import { Injectable } from '@nestjs/common';
import { knownErrorBody } from '../../common/filters/http-error.filter';
import type { StoredFile } from './export-store';
import type { JobContext, JobError, JobHandler } from './jobs';

/**
 * The kinds of job this process can run, each registered by the module that owns it (exports:
 * `curriculum-export`; mobility: `mobility-document`). The API and the worker import the same
 * modules, so both run the same kinds.
 */
@Injectable()
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  run(kind: string, payload: unknown, context: JobContext): Promise<StoredFile> {
    const handler = this.handlers.get(kind);
    if (handler === undefined) throw new Error(`No handler for jobs of kind "${kind}"`);
    return handler(payload as never, context);
  }
}

/**
 * The answer a failure stands for when it is the request's own (4xx: trying again gives the same
 * answer, so the job fails at once); null for an unexpected one, which is tried again.
 */
export function requestErrorOf(error: unknown): JobError | null {
  const body = knownErrorBody(error);
  return body !== null && body.statusCode < 500 ? body : null;
}

/** What the owner of a job given up is told (the cause goes to the log and the administrators). */
export function gaveUp(attempts: number): JobError {
  return {
    statusCode: 500,
    message: `The job failed ${attempts} time(s) and was given up; the administrators can see why.`,
  };
}

/** Back-off before try `attempt + 1`: `base`, then doubled each time. */
export function backoff(base: number, attempt: number): number {
  return base * 2 ** (attempt - 1);
}
