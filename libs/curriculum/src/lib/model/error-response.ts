/** One problem with one field of a request, e.g. `{ path: "units[2].ecvetPoints", message: "…" }`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** The body of every error response of the API. */
export interface ErrorResponse {
  readonly statusCode: number;
  readonly message: string;
  readonly errors?: readonly FieldError[];
}
