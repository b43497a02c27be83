export type DatabaseKind = 'sqlite' | 'postgres';

/** `GET /api/v1/health` */
export interface HealthStatus {
  readonly status: 'ok';
  readonly database: DatabaseKind;
}
