export type DatabaseKind = 'sqlite' | 'postgres';

/** `GET /api/v1/health` */
export interface HealthStatus {
  readonly status: 'ok';
  readonly database: DatabaseKind;
  /** Whether the OpenAPI document is served at `/api/docs` (`API_DOCS`; off in production). */
  readonly apiDocs: boolean;
}

/** A part the instance needs to serve requests: fine, failing, or not used by this deployment. */
export type ReadinessCheck = 'ok' | 'failing' | 'not-configured';

/**
 * `GET /api/v1/health/ready`: whether this instance should get requests (ADR 0031) — its database
 * answers with every migration applied, Redis answers when configured, and it is not shutting
 * down. 200 when all hold, 503 with the same shape otherwise.
 */
export interface Readiness {
  readonly status: 'ready' | 'not-ready';
  readonly database: ReadinessCheck;
  readonly migrations: ReadinessCheck;
  readonly redis: ReadinessCheck;
  readonly draining: boolean;
}
