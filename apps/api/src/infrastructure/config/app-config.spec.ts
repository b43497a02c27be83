import { ConfigError, enabledLogLevels, loadConfig } from './app-config';

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
      sessionSecret: undefined,
      logLevel: 'log',
      production: false,
    });
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
    [{ SESSION_SECRET: 'too-short' }, 'SESSION_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://db.example/cb' }, 'SESSION_SECRET'],
  ])('rejects %j naming %s', (env, variable) => {
    const error = configError(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
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
