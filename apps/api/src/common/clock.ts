/** The current instant as an ISO 8601 text in UTC, as every timestamp column stores it. */
export function nowIso(): string {
  return new Date().toISOString();
}
