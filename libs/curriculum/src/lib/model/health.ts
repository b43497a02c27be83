export type DatabaseKind = 'sqlite' | 'postgres';

/** `GET /api/v1/health` */
export interface HealthStatus {
  readonly status: 'ok';
  readonly database: DatabaseKind;
  /** Whether the OpenAPI document is served at `/api/docs` (`API_DOCS`; off in production). */
  readonly apiDocs: boolean;
}
