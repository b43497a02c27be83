import autocannon from 'autocannon';

/** One autocannon run: throughput and latency of a single URL at a fixed number of connections. */
export interface LoadResult {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Network errors, timeouts and answers other than the expected status. */
  readonly errors: number;
}

export async function load(
  url: string,
  connections: number,
  seconds: number,
  options: { headers?: Record<string, string>; expectStatus?: number } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: options.headers,
  });
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
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + unexpected,
  };
}
