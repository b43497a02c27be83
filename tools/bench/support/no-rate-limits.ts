/**
 * A benchmark measures the server's speed, not its limits: every rate limit off (ANONYMOUS_RATE_LIMIT
 * and the limits of expensive routes, ADR 0031), unless the benchmark is about a limit.
 */
export const NO_RATE_LIMITS = {
  ANONYMOUS_RATE_LIMIT: '0',
  RATE_LIMIT_EXPORTS: '0',
  RATE_LIMIT_IMPORTS: '0',
  RATE_LIMIT_SEARCHES: '0',
  RATE_LIMIT_VALIDATIONS: '0',
} as const;
