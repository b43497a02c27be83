import { availableParallelism } from 'node:os';
import {
  ConfigError,
  DEFAULT_ANONYMOUS_RATE_LIMIT,
  DEFAULT_RATE_LIMITS,
  enabledLogLevels,
  loadConfig,
} from './app-config';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env, '/srv/app');
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to port 3000, an SQLite file under ./data and demo data on', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3000,
      database: { kind: 'sqlite', path: '/srv/app/data/curriculum.sqlite' },
      demoData: true,
      demoPassword: undefined,
      logLevel: 'log',
      production: false,
      trustProxy: [],
      apiDocs: true,
      publicUrl: undefined,
      anonymousRateLimit: DEFAULT_ANONYMOUS_RATE_LIMIT,
      importBodyLimitBytes: 20 * 1024 * 1024,
      contentLicense: undefined,
      redisUrl: undefined,
      redisKeyPrefix: 'cb:',
      rateLimits: DEFAULT_RATE_LIMITS,
      maxConcurrentRenders: availableParallelism(),
      renderQueueLimit: 32,
      requestTimeoutMs: 120_000,
      shutdownDrainMs: 0,
      jobs: {
        inProcess: true,
        attempts: 3,
        backoffMs: 2000,
        lockMs: 30_000,
        retentionSeconds: 3600,
        exportWaitMs: 60_000,
        storeDir: '/srv/app/data/exports',
      },
      logFormat: 'text',
      warnings: [],
    });
  });

  it('reads the settings of background jobs and where their files go (ADR 0032)', () => {
    expect(
      loadConfig(
        {
          DATABASE_URL: 'postgres://db.internal/curricula',
          REDIS_URL: 'redis://cache.internal:6379',
          JOBS_IN_PROCESS: 'false',
          JOB_ATTEMPTS: '5',
          JOB_BACKOFF_MS: '100',
          JOB_LOCK_MS: '5000',
          JOB_RETENTION_S: '600',
          EXPORT_WAIT_MS: '0',
        },
        '/srv/app',
      ).jobs,
    ).toEqual({
      inProcess: false,
      attempts: 5,
      backoffMs: 100,
      lockMs: 5000,
      retentionSeconds: 600,
      exportWaitMs: 0,
      storeDir: '/srv/app/data/exports',
    });
    expect(loadConfig({ EXPORT_STORE_DIR: 'files' }, '/srv/app').jobs.storeDir).toBe(
      '/srv/app/files',
    );
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/cb/db.sqlite' }).jobs.storeDir).toBe(
      '/var/lib/cb/exports',
    );
    expect(configError({ JOBS_IN_PROCESS: 'false' }).message).toMatch(
      /JOBS_IN_PROCESS can only be false with REDIS_URL/,
    );
    expect(configError({ JOB_ATTEMPTS: '0' }).message).toMatch(/JOB_ATTEMPTS must be/);
    expect(configError({ JOB_LOCK_MS: '10' }).message).toMatch(/JOB_LOCK_MS must be/);
  });

  it('reads the settings of several instances and of the limits on expensive work (ADR 0031)', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://cache.internal:6379/2',
      REDIS_KEY_PREFIX: 'school-a:',
      RATE_LIMIT_EXPORTS: '10',
      RATE_LIMIT_IMPORTS: '0',
      MAX_CONCURRENT_RENDERS: '3',
      RENDER_QUEUE_LIMIT: '0',
      REQUEST_TIMEOUT_MS: '30000',
      SHUTDOWN_DRAIN_MS: '5000',
      LOG_FORMAT: 'json',
    });
    expect(config).toMatchObject({
      redisUrl: 'redis://cache.internal:6379/2',
      redisKeyPrefix: 'school-a:',
      rateLimits: { exports: 10, imports: 0, searches: 600, validations: 600 },
      maxConcurrentRenders: 3,
      renderQueueLimit: 0,
      requestTimeoutMs: 30_000,
      shutdownDrainMs: 5_000,
      logFormat: 'json',
    });
    expect(configError({ REDIS_URL: 'http://cache:6379' }).message).toMatch(
      /REDIS_URL must be a redis:\/\//,
    );
    expect(configError({ REDIS_KEY_PREFIX: 'a b' }).message).toMatch(/REDIS_KEY_PREFIX must be/);
    expect(configError({ RATE_LIMIT_SEARCHES: '-1' }).message).toMatch(
      /RATE_LIMIT_SEARCHES must be/,
    );
    expect(configError({ MAX_CONCURRENT_RENDERS: '0' }).message).toMatch(
      /MAX_CONCURRENT_RENDERS must be a whole number from 1 /,
    );
    expect(configError({ LOG_FORMAT: 'xml' }).message).toMatch(/LOG_FORMAT must be/);
  });

  it('keeps demo data and the API docs off in production unless asked for', () => {
    const config = loadConfig({ NODE_ENV: 'production' }, '/srv/app');
    expect(config).toMatchObject({ production: true, demoData: false, apiDocs: false });
    expect(loadConfig({ NODE_ENV: 'production', API_DOCS: 'true' }).apiDocs).toBe(true);
  });

  it('takes demo data in production only with a strong DEMO_PASSWORD, which it never prints', () => {
    expect(configError({ NODE_ENV: 'production', DEMO_DATA: 'true' }).message).toMatch(
      /DEMO_PASSWORD is required/,
    );
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DEMO_DATA: 'true',
        DEMO_PASSWORD: 'Drehbank-Fräse-Spindel-7',
      }).demoData,
    ).toBe(true);
  });

  it('reads trusted proxies as addresses and CIDR ranges, and refuses trusting everyone', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/24,::1' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/24',
      '::1',
    ]);
    for (const bad of ['true', '*', '10.0.0.0/33', 'proxy.local'])
      expect(configError({ TRUST_PROXY: bad }).variable).toBe('TRUST_PROXY');
  });

  it('warns that SESSION_SECRET is no longer used', () => {
    expect(loadConfig({ SESSION_SECRET: 'x'.repeat(40) }).warnings).toEqual([
      expect.stringContaining('SESSION_SECRET is no longer used'),
    ]);
  });

  it('switches to PostgreSQL with demo data off and reads the schema from the URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test?schema=run_1',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
      schema: 'run_1',
    });
    expect(config.demoData).toBe(false);
  });

  it('keeps absolute SQLite paths and accepts sqlite:// URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/cb/db.sqlite' }).database).toEqual({
      kind: 'sqlite',
      path: '/var/lib/cb/db.sqlite',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://root@localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'sqlite:' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://localhost/db?schema=Bad-Name' }, 'DATABASE_URL'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA'],
    [{ DEMO_PASSWORD: 'short' }, 'DEMO_PASSWORD'],
    [{ DEMO_PASSWORD: 'Password2026' }, 'DEMO_PASSWORD'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PUBLIC_URL: 'ftp://school.example' }, 'PUBLIC_URL'],
    [{ ANONYMOUS_RATE_LIMIT: 'many' }, 'ANONYMOUS_RATE_LIMIT'],
    [{ API_DOCS: 'on' }, 'API_DOCS'],
    [{ IMPORT_BODY_LIMIT_MB: '0' }, 'IMPORT_BODY_LIMIT_MB'],
    [{ IMPORT_BODY_LIMIT_MB: '5000' }, 'IMPORT_BODY_LIMIT_MB'],
    [{ CONTENT_LICENSE: 'GPL-3.0' }, 'CONTENT_LICENSE'],
  ])('rejects %j naming %s', (env, variable) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
  });

  it('names the licence CONTENT_LICENSE gives by its SPDX id, in any case', () => {
    expect(loadConfig({ CONTENT_LICENSE: 'cc-by-4.0' }).contentLicense).toEqual({
      id: 'CC-BY-4.0',
      title: 'Creative Commons Attribution 4.0 International',
      uri: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(loadConfig({}).contentLicense).toBeUndefined();
  });

  it('never echoes PostgreSQL credentials in an error', () => {
    expect(configError({ DATABASE_URL: 'mongodb://admin:secret@host/db' }).message).not.toContain(
      'secret',
    );
  });

  it('enables the configured log level and everything more severe', () => {
    expect(enabledLogLevels('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(loadConfig({ LOG_LEVEL: 'info' }).logLevel).toBe('log');
  });
});
