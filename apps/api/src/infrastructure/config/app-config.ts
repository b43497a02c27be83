import { CONTENT_LICENSES, type ContentLicense } from '@curriculum-builder/curriculum';
import { isIP } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { passwordPolicyProblem } from '../../common/password-policy';

export type DatabaseKind = 'sqlite' | 'postgres';
export type LogLevelName = 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export interface SqliteDatabaseConfig {
  readonly kind: 'sqlite';
  /** Absolute file path, or `:memory:`. */
  readonly path: string;
}

export interface PostgresDatabaseConfig {
  readonly kind: 'postgres';
  /** Connection string without our own `schema` parameter. */
  readonly url: string;
  /** Schema the tables live in (`?schema=` in DATABASE_URL), default `public`. */
  readonly schema: string;
}

export type DatabaseConfig = SqliteDatabaseConfig | PostgresDatabaseConfig;

export interface AppConfig {
  readonly port: number;
  readonly database: DatabaseConfig;
  readonly demoData: boolean;
  readonly demoPassword: string | undefined;
  readonly logLevel: LogLevelName;
  readonly production: boolean;
  /**
   * The proxies whose `X-Forwarded-For` is believed (addresses and CIDR ranges, `TRUST_PROXY`);
   * empty: the client address is the connection's and the header is ignored.
   */
  readonly trustProxy: readonly string[];
  /** Serve the OpenAPI document and Swagger UI at `/api/docs` (`API_DOCS`; off in production). */
  readonly apiDocs: boolean;
  /** Where people reach the web app (`PUBLIC_URL`), for the links the product hands out. */
  readonly publicUrl: string | undefined;
  /** Requests per minute and client address that anonymous callers may make (`ANONYMOUS_RATE_LIMIT`; 0: off). */
  readonly anonymousRateLimit: number;
  /** The largest body the import routes take (`IMPORT_BODY_LIMIT_MB`, default 20 MB). */
  readonly importBodyLimitBytes: number;
  /** The licence curricula are published under (`CONTENT_LICENSE`, an SPDX id), or none stated. */
  readonly contentLicense: ContentLicense | undefined;
  /**
   * Redis (`REDIS_URL`, `redis://` or `rediss://`): the state several instances share (login
   * throttle, rate limits, live editor events). Unset: all of it in this process (ADR 0031).
   */
  readonly redisUrl: string | undefined;
  /** What every Redis key and channel of this deployment starts with (`REDIS_KEY_PREFIX`, `cb:`). */
  readonly redisKeyPrefix: string;
  /** Requests per minute of expensive work, per account (anonymous: per address); 0: off. */
  readonly rateLimits: RateLimits;
  /** Renders (exports, documents) at once in this process (`MAX_CONCURRENT_RENDERS`). */
  readonly maxConcurrentRenders: number;
  /** Renders that may wait for a free one (`RENDER_QUEUE_LIMIT`); beyond, 429. */
  readonly renderQueueLimit: number;
  /**
   * A request not received whole within this time is answered 408 and its connection closed
   * (`REQUEST_TIMEOUT_MS`; 0: none): slow clients cannot hold connections open.
   */
  readonly requestTimeoutMs: number;
  /**
   * How long SIGTERM leaves the instance answering while readiness already says 503, so that a
   * balancer stops sending before the server closes (`SHUTDOWN_DRAIN_MS`; 0: close at once).
   */
  readonly shutdownDrainMs: number;
  /** Background jobs (exports, documents) and where their files are kept (ADR 0032). */
  readonly jobs: JobsConfig;
  /** `text` (readable) or `json` (one object per line, with the request id) (`LOG_FORMAT`). */
  readonly logFormat: 'text' | 'json';
  /** What the start should tell the operator (variables no longer used). */
  readonly warnings: readonly string[];
}

/** Background jobs (ADR 0032): who runs them, how often they are tried, how long kept. */
export interface JobsConfig {
  /**
   * Whether this API process also runs jobs (`JOBS_IN_PROCESS`, default true). Without
   * `REDIS_URL` it must: the queue is then this process's. With Redis, API instances of a
   * deployment with `node dist/apps/api/worker.js` processes set it to false.
   */
  readonly inProcess: boolean;
  /** Tries of a job that fails unexpectedly, the first included (`JOB_ATTEMPTS`, 3). */
  readonly attempts: number;
  /** Wait before the first retry, doubled for each next one (`JOB_BACKOFF_MS`, 2000). */
  readonly backoffMs: number;
  /**
   * How long a running job's lock lasts without being renewed (`JOB_LOCK_MS`, 30000): a worker
   * that died loses its jobs to another worker after this time (Redis only).
   */
  readonly lockMs: number;
  /** How long finished jobs and the files of working-copy exports are kept (`JOB_RETENTION_S`, 3600). */
  readonly retentionSeconds: number;
  /**
   * How long `GET …/export/<format>` waits for its job before it answers 202 with the job
   * instead of the file (`EXPORT_WAIT_MS`, 60000).
   */
  readonly exportWaitMs: number;
  /** Where rendered exports are kept (`EXPORT_STORE_DIR`; default `exports/` beside the SQLite file, else `./data/exports`). */
  readonly storeDir: string;
}

/** The kinds of expensive requests with a per-minute limit (ADR 0031). */
export const RATE_LIMITED = ['exports', 'imports', 'searches', 'validations'] as const;
export type RateLimited = (typeof RATE_LIMITED)[number];
export type RateLimits = Readonly<Record<RateLimited, number>>;

/** Requests per minute by default: a teacher's day never meets them; a script does. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  exports: 30,
  imports: 30,
  searches: 600,
  validations: 600,
};

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevelName[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const DEFAULT_DATABASE_URL = 'sqlite:./data/curriculum.sqlite';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Reads and validates the process configuration once, at start-up.
 * Every problem names the variable it comes from, so a wrong value stops the start with a clear message.
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const database = parseDatabaseUrl(value(env, 'DATABASE_URL') ?? DEFAULT_DATABASE_URL, cwd);
  // In production demo data is only ever on when asked for; elsewhere SQLite starts with it.
  const demoData = parseBoolean(
    'DEMO_DATA',
    value(env, 'DEMO_DATA'),
    !production && database.kind === 'sqlite',
  );
  const demoPassword = value(env, 'DEMO_PASSWORD');
  if (demoPassword !== undefined) {
    const problem = passwordPolicyProblem(demoPassword, []);
    if (problem !== null) throw new ConfigError('DEMO_PASSWORD', `is refused: ${problem}.`);
  }
  if (production && demoData && demoPassword === undefined) {
    throw new ConfigError(
      'DEMO_PASSWORD',
      'is required when DEMO_DATA=true in production (a password is never printed there).',
    );
  }
  const warnings =
    value(env, 'SESSION_SECRET') === undefined
      ? []
      : [
          'SESSION_SECRET is no longer used (sessions are random server-side tokens) and can be removed.',
        ];
  return {
    port: parsePort(value(env, 'PORT')),
    database,
    demoData,
    demoPassword,
    logLevel: parseLogLevel(value(env, 'LOG_LEVEL')),
    production,
    trustProxy: parseTrustProxy(value(env, 'TRUST_PROXY')),
    apiDocs: parseBoolean('API_DOCS', value(env, 'API_DOCS'), !production),
    publicUrl: parsePublicUrl(value(env, 'PUBLIC_URL')),
    anonymousRateLimit: parseCount(
      'ANONYMOUS_RATE_LIMIT',
      value(env, 'ANONYMOUS_RATE_LIMIT'),
      DEFAULT_ANONYMOUS_RATE_LIMIT,
    ),
    importBodyLimitBytes:
      parseCount('IMPORT_BODY_LIMIT_MB', value(env, 'IMPORT_BODY_LIMIT_MB'), 20, 1, 1024) *
      1024 *
      1024,
    contentLicense: parseLicense(value(env, 'CONTENT_LICENSE')),
    redisUrl: parseRedisUrl(value(env, 'REDIS_URL')),
    redisKeyPrefix: parseRedisKeyPrefix(value(env, 'REDIS_KEY_PREFIX')),
    rateLimits: Object.fromEntries(
      RATE_LIMITED.map((kind) => {
        const name = `RATE_LIMIT_${kind.toUpperCase()}`;
        return [kind, parseCount(name, value(env, name), DEFAULT_RATE_LIMITS[kind])];
      }),
    ) as RateLimits,
    maxConcurrentRenders: parseCount(
      'MAX_CONCURRENT_RENDERS',
      value(env, 'MAX_CONCURRENT_RENDERS'),
      availableParallelism(),
      1,
      1024,
    ),
    renderQueueLimit: parseCount('RENDER_QUEUE_LIMIT', value(env, 'RENDER_QUEUE_LIMIT'), 32),
    requestTimeoutMs: parseCount('REQUEST_TIMEOUT_MS', value(env, 'REQUEST_TIMEOUT_MS'), 120_000),
    shutdownDrainMs: parseCount(
      'SHUTDOWN_DRAIN_MS',
      value(env, 'SHUTDOWN_DRAIN_MS'),
      0,
      0,
      600_000,
    ),
    jobs: parseJobs(env, database, cwd),
    logFormat: parseLogFormat(value(env, 'LOG_FORMAT')),
    warnings,
  };
}

function parseJobs(env: NodeJS.ProcessEnv, database: DatabaseConfig, cwd: string): JobsConfig {
  const inProcess = parseBoolean('JOBS_IN_PROCESS', value(env, 'JOBS_IN_PROCESS'), true);
  if (!inProcess && value(env, 'REDIS_URL') === undefined)
    throw new ConfigError(
      'JOBS_IN_PROCESS',
      'can only be false with REDIS_URL: without Redis no other process can run the jobs.',
    );
  const storeDir = value(env, 'EXPORT_STORE_DIR');
  return {
    inProcess,
    attempts: parseCount('JOB_ATTEMPTS', value(env, 'JOB_ATTEMPTS'), 3, 1, 20),
    backoffMs: parseCount('JOB_BACKOFF_MS', value(env, 'JOB_BACKOFF_MS'), 2000, 0, 600_000),
    lockMs: parseCount('JOB_LOCK_MS', value(env, 'JOB_LOCK_MS'), 30_000, 1000, 600_000),
    retentionSeconds: parseCount(
      'JOB_RETENTION_S',
      value(env, 'JOB_RETENTION_S'),
      3600,
      60,
      30 * 86_400,
    ),
    exportWaitMs: parseCount('EXPORT_WAIT_MS', value(env, 'EXPORT_WAIT_MS'), 60_000, 0, 600_000),
    storeDir:
      storeDir !== undefined
        ? resolve(cwd, storeDir)
        : database.kind === 'sqlite' && database.path !== ':memory:'
          ? join(dirname(database.path), 'exports')
          : database.kind === 'sqlite'
            ? join(tmpdir(), `curriculum-exports-${process.pid}`)
            : resolve(cwd, 'data/exports'),
  };
}

function parseRedisUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^rediss?:\/\/[^\s]+$/.test(raw))
    throw new ConfigError('REDIS_URL', `must be a redis:// or rediss:// URL, got "${raw}".`);
  return raw;
}

function parseRedisKeyPrefix(raw: string | undefined): string {
  if (raw === undefined) return 'cb:';
  if (!/^[\w.:-]{1,50}$/.test(raw))
    throw new ConfigError(
      'REDIS_KEY_PREFIX',
      `must be 1 to 50 letters, digits, "_", ".", ":" or "-", got "${raw}".`,
    );
  return raw;
}

function parseLogFormat(raw: string | undefined): 'text' | 'json' {
  if (raw === undefined || raw === 'text') return 'text';
  if (raw === 'json') return 'json';
  throw new ConfigError('LOG_FORMAT', `must be "text" or "json", got "${raw}".`);
}

function parseLicense(raw: string | undefined): ContentLicense | undefined {
  if (raw === undefined) return undefined;
  const found = CONTENT_LICENSES.find((license) => license.id.toLowerCase() === raw.toLowerCase());
  if (found === undefined)
    throw new ConfigError(
      'CONTENT_LICENSE',
      `must be one of ${CONTENT_LICENSES.map((l) => l.id).join(', ')}, got "${raw}".`,
    );
  return found;
}

/** Anonymous requests per minute and address by default: a class browsing the catalogue fits. */
export const DEFAULT_ANONYMOUS_RATE_LIMIT = 1200;

function parseCount(
  name: string,
  raw: string | undefined,
  fallback: number,
  min = 0,
  max = 999_999_999,
): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return Number(raw);
}

/**
 * `TRUST_PROXY`: a comma-separated list of IPv4/IPv6 addresses and CIDR ranges of the reverse
 * proxies in front of the server. Trusting every sender (`true`, `*`) would let any client choose
 * its address by sending X-Forwarded-For, so it is refused.
 */
function parseTrustProxy(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const entries = raw
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const version = isIP(address ?? '');
    const maxBits = version === 4 ? 32 : 128;
    const validBits =
      bits === undefined ||
      (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits && rest.length === 0);
    if (version === 0 || !validBits) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must list the addresses or CIDR ranges of your proxies (e.g. 10.0.0.5,192.168.0.0/24), got "${entry}".`,
      );
    }
  }
  return entries;
}

function parsePublicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('PUBLIC_URL', `must be an http(s) URL, got "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', `must be an http(s) URL, got "${raw}".`);
  }
  return url.toString().replace(/\/+$/, '');
}

/** Nest logger levels enabled for a configured level: the level itself and everything more severe. */
export function enabledLogLevels(level: LogLevelName): LogLevelName[] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1);
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 3000;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535, got "${raw}".`);
  }
  return Number(raw);
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(name, `must be "true" or "false", got "${raw}".`);
}

function parseLogLevel(raw: string | undefined): LogLevelName {
  if (raw === undefined) return 'log';
  const level = raw.toLowerCase() === 'info' ? 'log' : raw.toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}".`);
  }
  return level as LogLevelName;
}

function parseDatabaseUrl(raw: string, cwd: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') {
      throw new ConfigError(
        'DATABASE_URL',
        'must name a file after "sqlite:", e.g. sqlite:./data/curriculum.sqlite.',
      );
    }
    return {
      kind: 'sqlite',
      path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path),
    };
  }
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL.');
    }
    if (url.hostname === '' || url.pathname.length <= 1) {
      throw new ConfigError(
        'DATABASE_URL',
        'must name a host and a database, e.g. postgres://user@localhost:5432/curricula.',
      );
    }
    const schema = url.searchParams.get('schema') ?? 'public';
    if (!SCHEMA_NAME.test(schema)) {
      throw new ConfigError(
        'DATABASE_URL',
        `has an invalid schema "${schema}" (lower-case letters, digits and _).`,
      );
    }
    url.searchParams.delete('schema');
    return { kind: 'postgres', url: url.toString(), schema };
  }
  throw new ConfigError(
    'DATABASE_URL',
    `must start with "sqlite:" or "postgres://", got "${raw.replace(/\/\/[^@/]*@/, '//***@')}".`,
  );
}
