import type { Job } from '@curriculum-builder/curriculum';
import { createParamDecorator, type ExecutionContext, type StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { downloadFile } from '../../infrastructure/web/content-disposition';
import type { Download } from '../../infrastructure/web/cached-representations';
import { JobPendingError, view } from './jobs.service';

/** The request's id (`X-Request-Id`), carried into the job so that the worker's log names it. */
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string =>
  String(context.switchToHttp().getRequest<FastifyRequest>().id),
);

/** `202 Accepted` with the job and `Location: /api/v1/jobs/:id` (the `POST …/export` routes). */
export function accepted(reply: FastifyReply, job: Job): Job {
  void reply.status(202).header('location', `/api/v1/jobs/${job.id}`);
  return job;
}

/**
 * The file of a synchronous export route; 202 with the job instead when it was still rendering
 * after `EXPORT_WAIT_MS` (the client follows `Location` as for `POST`).
 */
export async function fileOrJob(
  reply: FastifyReply,
  work: Promise<Download>,
): Promise<StreamableFile | Job> {
  try {
    return downloadFile(await work);
  } catch (error) {
    if (!(error instanceof JobPendingError)) throw error;
    void reply.header('cache-control', 'no-store');
    return accepted(reply, view(error.job));
  }
}
