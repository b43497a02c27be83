import { HttpErrorResponse } from '@angular/common/http';
import type { ErrorResponse, FieldError } from '@curriculum-builder/curriculum';

/** A readable message and the field errors of a failed API call. */
export function apiError(error: unknown): {
  status: number;
  message: string;
  errors: readonly FieldError[];
  current?: unknown;
} {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ErrorResponse> | null;
    return {
      status: error.status,
      message: typeof body?.message === 'string' ? body.message : error.message,
      // 400 names invalid fields (`errors`), 422 the problems of an import (`problems`).
      errors: body?.errors ?? body?.problems ?? [],
      current: body?.current,
    };
  }
  return { status: 0, message: error instanceof Error ? error.message : String(error), errors: [] };
}
