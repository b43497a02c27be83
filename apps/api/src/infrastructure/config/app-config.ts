import { isAbsolute, resolve } from 'node:path';

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
  readonly sessionSecret: string | undefined;
  readonly logLevel: LogLevelName;
  readonly production: boolean;
}

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
  const sessionSecret = value(env, 'SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters long.');
  }
  if (production && database.kind === 'postgres' && sessionSecret === undefined) {
    throw new ConfigError('SESSION_SECRET', 'is required in production with PostgreSQL.');
  }
  const demoPassword = value(env, 'DEMO_PASSWORD');
  if (demoPassword !== undefined && demoPassword.length < 8) {
    throw new ConfigError('DEMO_PASSWORD', 'must be at least 8 characters long.');
  }
  return {
    port: parsePort(value(env, 'PORT')),
    database,
    demoData: parseBoolean('DEMO_DATA', value(env, 'DEMO_DATA'), database.kind === 'sqlite'),
    demoPassword,
    sessionSecret,
    logLevel: parseLogLevel(value(env, 'LOG_LEVEL')),
    production,
  };
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
