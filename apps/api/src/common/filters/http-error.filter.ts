import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { ErrorResponse, FieldError } from '@curriculum-builder/curriculum';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BodyEncodingError } from '../../infrastructure/web/strict-json';
import { negotiateLanguage, translateMessage, type ServerLanguage } from '../i18n/server-messages';
import {
  fieldErrorsText,
  malformedText,
  ruleErrorsText,
  ImportRejectedError,
  RuleErrorsError,
  InvalidInputError,
  ForbiddenError,
  InvalidStateError,
  MalformedContentError,
  NotFoundError,
  TooManyRequestsError,
  VersionConflictError,
  JobFailedError,
  QueueUnavailableError,
} from '../errors/domain.errors';

/**
 * Errors raised by the HTTP layer before a request reaches a controller: Fastify's body parsing
 * (`FST_ERR_CTP_*`: unparsable JSON, a body too large, an unsupported content type) and routing
 * (`FST_ERR_BAD_URL`). All carry a 4xx `statusCode`.
 */
interface RequestError {
  statusCode: number;
  message: string;
}

/**
 * Another request won a race: a unique or primary-key constraint refused a row (SQLite or
 * PostgreSQL), or PostgreSQL broke a deadlock or a serialization conflict by aborting this one.
 */
function isConcurrencyConflict(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } } | null)?.driverError?.code;
  return (
    code === '23505' ||
    code === '40P01' ||
    code === '40001' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

function isRequestError(error: unknown): error is RequestError {
  const status = (error as RequestError | null)?.statusCode;
  return error instanceof Error && typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * The one place that turns errors — domain errors, Nest's HTTP exceptions and Fastify's request
 * errors (which Nest routes here too) — into HTTP responses of the contract's shape
 * `{ statusCode, message, errors? }` (409 conflicts add `current`). Unknown errors are logged and
 * answered with a bare 500, never with a stack trace.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const url = request.url ?? '';
    // A file in another encoding is an import that cannot be taken (422), elsewhere bad input.
    if (error instanceof BodyEncodingError && /\/curricula\/import\//.test(url)) {
      error = new ImportRejectedError([{ path: 'file', message: error.message }]);
    }
    const language = negotiateLanguage(request.headers?.['accept-language']);
    const body = localized(toErrorBody(error, this.logger, request.id), error, language);
    if (error instanceof TooManyRequestsError || error instanceof QueueUnavailableError) {
      void reply.header('retry-after', String(error.retryAfterSeconds));
    }
    void reply
      .header('content-language', language)
      .header('vary', 'Accept-Language')
      .status(body.statusCode)
      .send(body);
  }
}

type ErrorBody = ErrorResponse & Record<string, unknown>;

/**
 * The body's messages in the caller's language (ADR 0026): each field error's, and the sentence
 * that sums them up written again from the translated ones.
 */
function localized(body: ErrorBody, error: unknown, language: ServerLanguage): ErrorBody {
  if (language === 'en') return body;
  const translate = (text: string) => translateMessage(text, language);
  const fields = (list: unknown) =>
    Array.isArray(list)
      ? (list as FieldError[]).map((e) => ({ ...e, message: translate(e.message) }))
      : undefined;
  const errors = fields(body.errors);
  const problems = fields(body['problems']);
  const message =
    error instanceof MalformedContentError
      ? malformedText(error.resource, error.problems, translate)
      : error instanceof RuleErrorsError
        ? ruleErrorsText(error.action, error.findings, language, translate)
        : errors !== undefined && body.message === fieldErrorsText(body.errors ?? [])
          ? fieldErrorsText(errors)
          : translate(body.message);
  return {
    ...body,
    message,
    ...(errors === undefined ? {} : { errors }),
    ...(problems === undefined ? {} : { problems }),
  };
}

/** The response body for an error; unknown errors are logged and answered with a bare 500. */
function toErrorBody(error: unknown, logger: Logger, requestId?: string): ErrorBody {
  const known = knownErrorBody(error);
  if (known !== null) return known;
  // With the request's id: the answer's X-Request-Id finds this line.
  logger.error(
    `${requestId === undefined ? '' : `request ${requestId}: `}${
      error instanceof Error ? (error.stack ?? error.message) : String(error)
    }`,
  );
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

/**
 * The answer to an error the API knows (domain errors, HTTP exceptions, request errors, lost
 * races), in English; null for anything else (a bug or an outage: 500).
 */
export function knownErrorBody(error: unknown): ErrorBody | null {
  if (error instanceof JobFailedError) return error.body;
  if (error instanceof QueueUnavailableError) {
    return { statusCode: HttpStatus.SERVICE_UNAVAILABLE, message: error.message };
  }
  if (error instanceof NotFoundError) {
    return { statusCode: HttpStatus.NOT_FOUND, message: error.message };
  }
  if (error instanceof ForbiddenError) {
    return { statusCode: HttpStatus.FORBIDDEN, message: error.message };
  }
  if (error instanceof VersionConflictError) {
    return { statusCode: HttpStatus.CONFLICT, message: error.message, current: error.current };
  }
  if (error instanceof InvalidStateError) {
    return { statusCode: HttpStatus.CONFLICT, message: error.message };
  }
  if (error instanceof ImportRejectedError || error instanceof MalformedContentError) {
    return {
      statusCode: HttpStatus.UNPROCESSABLE_ENTITY,
      message: error.message,
      problems: error.problems,
    };
  }
  if (error instanceof TooManyRequestsError) {
    return {
      statusCode: HttpStatus.TOO_MANY_REQUESTS,
      message: error.message,
      retryAfterSeconds: error.retryAfterSeconds,
    };
  }
  if (error instanceof InvalidInputError) {
    return { statusCode: HttpStatus.BAD_REQUEST, message: error.message, errors: error.errors };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const payload = error.getResponse();
    if (typeof payload === 'string') return { statusCode, message: payload };
    const { error: _name, statusCode: _code, ...rest } = payload as Record<string, unknown>;
    const message = Array.isArray(rest['message']) ? rest['message'].join('; ') : rest['message'];
    return {
      ...rest,
      statusCode,
      message: typeof message === 'string' ? message : error.message,
    };
  }
  if (isRequestError(error)) {
    return { statusCode: error.statusCode, message: error.message };
  }
  if (isConcurrencyConflict(error)) {
    // Two requests raced (for the same unique value, an e-mail or a version number; or in a
    // deadlock): the loser gets 409 and may try again.
    return {
      statusCode: HttpStatus.CONFLICT,
      message: 'This conflicts with a change made at the same time; try again.',
    };
  }
  return null;
}
