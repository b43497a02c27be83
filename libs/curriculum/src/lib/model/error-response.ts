/** One problem with one field of a request, e.g. `{ path: "units[2].ecvetPoints", message: "…" }`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The body of every error response of the API. */
export interface ErrorResponse {
  readonly statusCode: number;
  readonly message: string;
  /** 400: each invalid field of the request. */
  readonly errors?: readonly FieldError[];
  /** 422: each problem of an import or of stored content (`row 12, column ecvetPoints`, …). */
  readonly problems?: readonly FieldError[];
  /** 409 on a stale version: the current state, to merge with. */
  readonly current?: unknown;
}

/** An export format as `GET /api/v1/export-formats` lists it. */
export interface ExportFormatInfo {
  /** The path segment: `GET /api/v1/curricula/:id/export/<name>`. */
  readonly name: string;
  readonly mediaType: string;
  readonly summary: string;
  /** Whether `?lang=` picks the document's language. */
  readonly languages: boolean;
  /** The versions of the standard `?version=` picks from, the default first; [] for none. */
  readonly versions: readonly string[];
}
