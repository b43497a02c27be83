import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

/** The Redis connection the instances share state through, or null without `REDIS_URL`. */
export const REDIS = Symbol('REDIS');

/**
 * A connection that fails a command at once while Redis cannot be reached (no offline queue, one
 * retry), instead of holding the request that sent it: callers fall back (a limit lets the request
 * through, an event stays in this instance) and readiness says Redis is gone. It reconnects on its
 * own, every second at most.
 */
export function connectRedis(url: string, name: string): Redis {
  const logger = new Logger('Redis');
  const client = new Redis(url, {
    connectionName: `curriculum-builder:${name}`,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 1_000),
  });
  let reported = false;
  client.on('error', (error: Error) => {
    // Once per outage, not once per reconnection attempt.
    if (!reported) logger.error(`${name}: ${error.message}`);
    reported = true;
  });
  client.on('ready', () => {
    if (reported) logger.log(`${name}: connected again`);
    reported = false;
  });
  return client;
}

/** Resolves once the connection is ready, or rejects after `timeoutMs`. */
export function whenReady(client: Redis, timeoutMs = 5_000): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      client.off('ready', ready);
      fail(new Error(`Redis did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const ready = () => {
      clearTimeout(timer);
      done();
    };
    client.once('ready', ready);
  });
}

/**
 * Closes a connection for good: QUIT when it is up, else dropped, and no reconnection afterwards
 * (a connection attempt still under way would otherwise schedule one and keep the process alive).
 */
export async function closeRedis(client: Redis): Promise<void> {
  client.options.retryStrategy = () => null;
  if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
  else client.disconnect();
}
