import { Logger } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { UsersService } from './app/accounts/users.service';
import { createApp } from './app/create-app';
import { Lifecycle } from './app/health/lifecycle';
import { AppConfig, ConfigError, loadConfig } from './infrastructure/config/app-config';

const logger = new Logger('Bootstrap');

function describeDatabase(config: AppConfig): string {
  return config.database.kind === 'sqlite'
    ? `SQLite ${config.database.path}`
    : `PostgreSQL (schema ${config.database.schema})`;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.error(error.message);
    process.exit(1);
  }

  for (const warning of config.warnings) logger.warn(warning);
  // The production build puts the web app beside the server's entry point (dist/apps/api/main.js,
  // the file node runs): dist/apps/{api,web/browser}.
  const entry = require.main?.filename ?? __filename;
  const app = await createApp(config, { webRoot: join(dirname(entry), '..', 'web', 'browser') });

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // Readiness answers 503 from now on; behind a balancer, requests still come for a moment.
    app.get(Lifecycle).startDraining();
    if (config.shutdownDrainMs > 0) {
      logger.log(`${signal} received: not ready, draining for ${config.shutdownDrainMs} ms.`);
      await new Promise((done) => setTimeout(done, config.shutdownDrainMs));
    }
    logger.log(`${signal} received: closing the HTTP server and the database.`);
    await app.close();
    logger.log('Shut down cleanly.');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));

  // Migrations and demo data first (init), so that the notice below sees the accounts.
  await app.init();
  if ((await app.get(UsersService).activeAdmins()) === 0) {
    logger.warn(
      'No administrator yet. Create the first one with `npm run cli -- admin create you@school.example`: ' +
        'it prints a one-time link to set the password (or reads the password from standard input).',
    );
  }
  await app.listen(config.port);
  // With PORT=0 the system picks a free port: report the one actually bound.
  const { port } = app.getHttpServer().address() as AddressInfo;
  logger.log(
    `Curriculum builder listening on http://localhost:${port} (${describeDatabase(config)})`,
  );
}

main().catch((error: unknown) => {
  logger.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
