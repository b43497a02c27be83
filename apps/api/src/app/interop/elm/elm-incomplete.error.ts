import type { FieldError } from '@curriculum-builder/curriculum';
import { msg } from '@curriculum-builder/curriculum';
import { ImportRejectedError } from '../../../common/errors/domain.errors';

/**
 * The curriculum lacks what ELM requires (422 with every problem as `{ path, message }`). Extends
 * `ImportRejectedError` so the one error filter answers it with `problems`; no invalid file is sent.
 */
export class ElmIncompleteError extends ImportRejectedError {
  constructor(problems: FieldError[]) {
    super(problems);
    this.name = 'ElmIncompleteError';
    this.message = msg`The curriculum lacks what the European Learning Model needs: ${problems.length} problem(s).`;
  }
}
