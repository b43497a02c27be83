import { Logger, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { HttpErrorFilter } from '../common/filters/http-error.filter';
import { createValidationPipe } from '../common/pipes/validation.pipe';
import { AppConfig, enabledLogLevels } from '../infrastructure/config/app-config';
import { setUpOpenApi } from '../infrastructure/web/open-api';
import { serveSpa } from '../infrastructure/web/spa';
import { AppModule } from './app.module';

export interface CreateAppOptions {
  /** Folder of the built web app (`index.html` and assets); nothing is served at `/` without it. */
  readonly webRoot?: string;
}

/**
 * Builds the whole HTTP application: the API under `/api/v1`, OpenAPI at `/api/docs`, and the SPA.
 * `main.ts` and the end-to-end tests use the very same function.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: enabledLogLevels(config.logLevel),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.useBodyParser('json', { limit: '2mb' });
  // CSV imports arrive as text; the same size limit applies (413 beyond it).
  app.useBodyParser('text', { type: ['text/csv', 'text/plain'], limit: '2mb' });
  app.use(cookieParser());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular and Swagger UI add inline styles; scripts come only from this origin.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          // Schools often serve over plain HTTP on their LAN: do not force HTTPS sub-requests.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  setUpOpenApi(app);
  if (options.webRoot !== undefined && !serveSpa(app, options.webRoot)) {
    new Logger('Web').warn(`No web build at ${options.webRoot}: serving the API only.`);
  }
  return app;
}
