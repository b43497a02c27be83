import { ConsoleLogger, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { setPriority } from 'node:os';
import {
  type AppConfig,
  ConfigError,
  enabledLogLevels,
  loadConfig,
} from './infrastructure/config/app-config';
import { WorkerModule } from './worker.module';

const logger = new Logger('Worker');

/** The worker's scheduling priority (`nice`): below the API instances' 0. */
const WORKER_NICENESS = 10;

/**
 * A worker (ADR 0032): runs the background jobs (exports, mobility documents) that the API
 * instances queue in Redis, `MAX_CONCURRENT_RENDERS` at once. Same configuration as the API
 * (`DATABASE_URL`, `REDIS_URL`, `REDIS_KEY_PREFIX`, `EXPORT_STORE_DIR`, `JOB_*`), at a lower
 * scheduling priority than the API (nice 10). SIGTERM: takes no
 * more jobs, finishes the running ones, exits; if it is killed instead, another worker runs its
 * jobs again once their locks run out (`JOB_LOCK_MS`).
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
    if (config.redisUrl === undefined)
      throw new ConfigError(
        'REDIS_URL',
        'is required by the worker: without Redis the API runs its jobs itself.',
      );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    logger.error(error.message);
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ ...config, jobs: { ...config.jobs, inProcess: true } }),
    {
      logger:
        config.logFormat === 'json'
          ? new ConsoleLogger({ json: true, logLevels: enabledLogLevels(config.logLevel) })
          : enabledLogLevels(config.logLevel),
      abortOnError: false,
    },
  );
  // Rendering is background work: on a machine shared with API instances, requests come first.
  try {
    setPriority(WORKER_NICENESS);
  } catch (error) {
    logger.warn(`Could not lower the scheduling priority: ${(error as Error).message}`);
  }
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing the running jobs.`);
    await app.close();
    logger.log('Shut down cleanly.');
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
  logger.log(`Worker running jobs (${config.maxConcurrentRenders} at once).`);
}

main().catch((error: unknown) => {
  logger.error(`Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
