import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** One autocannon run: throughput and latency of a single URL at a fixed number of connections. */
export interface LoadResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p90: number;
  /** Not in autocannon's report: computed here from every response's time (ms, rounded up). */
  readonly p95: number;
  readonly p97_5: number;
  readonly p99: number;
  readonly max: number;
  /** Network errors, timeouts and answers other than the expected status. */
  readonly errors: number;
  /** CPU time (user + system) the server process spent per request, in µs, when its pid is known. */
  readonly cpuMicrosPerRequest?: number;
}

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** User + system CPU time of a process so far, in seconds (from /proc). */
export function cpuSeconds(pid: number): number {
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

let addresses = 0;
function nextAddress(): string {
  addresses++;
  return `10.${(addresses >> 16) & 255}.${(addresses >> 8) & 255}.${addresses & 255}`;
}

export async function load(
  url: string,
  connections: number,
  seconds: number,
  options: {
    headers?: Record<string, string>;
    expectStatus?: number;
    pid?: number;
    /** Paths each connection asks for in turn (instead of the URL's own path). */
    paths?: readonly string[];
    /**
     * Each request from an `X-Forwarded-For` address of its own (the server must trust the
     * proxy): many clients, so that per-address limits do not count the load generator as one.
     */
    spreadAddresses?: boolean;
  } = {},
): Promise<LoadResult> {
  const cpuBefore = options.pid === undefined ? 0 : cpuSeconds(options.pid);
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        headers: options.headers,
        ...(options.paths === undefined
          ? {}
          : { requests: options.paths.map((path) => ({ method: 'GET' as const, path })) }),
        ...(options.spreadAddresses
          ? {
              requests: [
                {
                  method: 'GET' as const,
                  setupRequest: (request: autocannon.Request) => ({
                    ...request,
                    headers: { ...request.headers, 'x-forwarded-for': nextAddress() },
                  }),
                },
              ],
            }
          : {}),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const expected = options.expectStatus ?? 200;
  const counts = result.statusCodeStats ?? {};
  const unexpected = Object.entries(counts)
    .filter(([status]) => Number(status) !== expected)
    .reduce((sum, [, { count }]) => sum + count, 0);
  return {
    connections,
    seconds,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.total / seconds),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p95: Math.ceil(times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] ?? 0),
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + unexpected,
    cpuMicrosPerRequest:
      options.pid === undefined
        ? undefined
        : Math.round(((cpuSeconds(options.pid) - cpuBefore) * 1e6) / result.requests.total),
  };
}
