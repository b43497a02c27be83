import fastifyCookie from '@fastify/cookie';
import { ConsoleLogger, Logger, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import { HttpErrorFilter } from '../common/filters/http-error.filter';
import { createValidationPipe } from '../common/pipes/validation.pipe';
import { AppConfig, enabledLogLevels } from '../infrastructure/config/app-config';
import { setUpOpenApi } from '../infrastructure/web/open-api';
import { answerClientError } from '../infrastructure/web/client-error';
import { registerCompression } from '../infrastructure/web/compression';
import { serveSpa } from '../infrastructure/web/spa';
import { useStrictJson } from '../infrastructure/web/strict-json';
import { registerRequestLimits } from './accounts/request-limits';
import { CASE_PROVIDER_PATH } from './exports/case-provider.controller';
import { SessionsService } from './accounts/sessions.service';
import { AppModule } from './app.module';

/** A request id taken from X-Request-Id: letters, digits, `-`, `_`, `.`, `:`, at most 100. */
const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** The largest request body taken (JSON, CSV) except by the import routes; beyond it 413. */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export interface CreateAppOptions {
  /** Folder of the built web app (`index.html` and assets); nothing is served at `/` without it. */
  readonly webRoot?: string;
}

/**
 * Builds the whole HTTP application on Fastify (ADR 0010): the API under `/api/v1`, OpenAPI at
 * `/api/docs`, and the SPA. `main.ts` and the end-to-end tests use the very same function.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    // The largest any route takes (imports); request-limits.ts holds every other route to less.
    bodyLimit: Math.max(config.importBodyLimitBytes, BODY_LIMIT_BYTES),
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names; by default from none,
    // so that no client can choose the address its login limits are counted for.
    trustProxy: config.trustProxy.length > 0 ? [...config.trustProxy] : false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 500 },
    // A request not received whole in time: 408 and the connection closed (REQUEST_TIMEOUT_MS).
    requestTimeout: config.requestTimeoutMs,
    // Each request's id: a balancer's X-Request-Id when it is a plain token, else a new one.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Requests Node's HTTP parser refuses (e.g. headers over 16 KB): contract shape, Connection: close.
    clientErrorHandler: answerClientError,
    // A path that is not valid percent-encoding, in the contract's error shape.
    frameworkErrors: (error: Error, _request: FastifyRequest, reply: FastifyReply) =>
      void reply.status(400).send({ statusCode: 400, message: error.message }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    // LOG_FORMAT=json: one JSON object per line (level, context, message, timestamp, pid).
    logger:
      config.logFormat === 'json'
        ? new ConsoleLogger({ json: true, logLevels: enabledLogLevels(config.logLevel) })
        : enabledLogLevels(config.logLevel),
    abortOnError: false,
    // Fastify's own JSON parser only: no `application/x-www-form-urlencoded` (415), so that no
    // cross-site HTML form can post to the API (login CSRF).
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // The answer names its request, so that a report of a failure finds its log line.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id);
    done(null, payload);
  });
  useStrictJson(fastify, Math.max(config.importBodyLimitBytes, BODY_LIMIT_BYTES));
  // CSV imports arrive as text; the import size limit applies (413 beyond it).
  fastify.addContentTypeParser(
    ['text/csv', 'text/plain'],
    // As bytes: invalid UTF-8 then reaches the import, which names the line (422), instead of
    // failing Fastify's length check on the decoded string.
    { parseAs: 'buffer', bodyLimit: Math.max(config.importBodyLimitBytes, BODY_LIMIT_BYTES) },
    (_request, body, done) => done(null, body.toString('utf8')),
  );
  await app.register(fastifyCookie);
  // Security headers: helmet's middleware built once (parsing the policy per request, as the
  // Fastify plugin does, costs more than the rest of a cached published read).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        // Angular and Swagger UI add inline styles; scripts come only from this origin.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // Schools often serve over plain HTTP on their LAN: do not force HTTPS sub-requests.
        'upgrade-insecure-requests': null,
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) =>
      done(error instanceof Error ? error : undefined),
    ),
  );
  // Text answers of 1 KiB and more go compressed (brotli or gzip) to clients that accept it.
  registerCompression(fastify);
  registerRequestLimits(fastify, app.get(SessionsService), config.anonymousRateLimit, {
    importBytes: config.importBodyLimitBytes,
    otherBytes: BODY_LIMIT_BYTES,
  });
  // The CASE provider API answers where CASE consumers look for it (`/ims/case/v1p1/…`).
  app.setGlobalPrefix('api', { exclude: [`${CASE_PROVIDER_PATH}/{*path}`] });
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  if (config.apiDocs) setUpOpenApi(app);
  if (options.webRoot !== undefined && !(await serveSpa(app, options.webRoot))) {
    new Logger('Web').warn(`No web build at ${options.webRoot}: serving the API only.`);
  }
  return app;
}
