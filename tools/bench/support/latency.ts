/** Latency statistics in milliseconds. */
export interface LatencyStats {
  readonly requests: number;
  readonly concurrency: number;
  readonly median: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly perSecond: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `task` `requests` times with `concurrency` workers and measures each call. Every call must
 * succeed: a failure aborts the measurement.
 */
export async function measure(
  requests: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<LatencyStats> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      const i = next++;
      const t0 = performance.now();
      await task(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(latencies, concurrency, (performance.now() - started) / 1000);
}

/** Statistics of latencies measured over `seconds` with `concurrency` clients. */
export function summarise(
  latencies: readonly number[],
  concurrency: number,
  seconds: number,
): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number | undefined) => Math.round((n ?? 0) * 100) / 100;
  return {
    requests: sorted.length,
    concurrency,
    median: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1]),
    perSecond: Math.round(sorted.length / seconds),
  };
}
