// The part of autocannon's API that the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    /** Requests each connection sends in turn; `setupRequest` may change one before it goes. */
    requests?: readonly {
      method: 'GET';
      path?: string;
      setupRequest?: (request: Request) => Request;
    }[];
  }
  interface Request {
    method: string;
    path: string;
    headers?: Record<string, string>;
  }
  interface Histogram {
    average: number;
    mean: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    max: number;
    total: number;
  }
  interface Result {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    '3xx'?: number;
    statusCodeStats?: Record<string, { count: number }>;
  }
  /** A run in progress: it says when each response arrived and how long it took (ms). */
  interface Instance {
    on(
      event: 'response',
      listener: (client: unknown, status: number, bytes: number, responseTime: number) => void,
    ): Instance;
  }
  function autocannon(options: Options): Promise<Result>;
  function autocannon(
    options: Options,
    done: (error: Error | null, result: Result) => void,
  ): Instance;
  namespace autocannon {
    export type { Request, Result };
  }
  export = autocannon;
}
