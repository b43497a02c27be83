import { HttpErrorResponse } from '@angular/common/http';
import { newPasswordProblems, passwordFailure, serverProblem } from './password-problems';

function answer(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, statusText: 'Error', error: body });
}

describe('password problems', () => {
  it('checks the minimum length of the contract and the repetition', () => {
    expect(newPasswordProblems('twelve chars', 'twelve chars')).toEqual({});
    expect(newPasswordProblems('eleven char', 'eleven char')).toEqual({
      newPassword: { key: 'account.problem.short', params: { min: 12 } },
    });
    expect(newPasswordProblems('twelve chars', 'twelve charz')).toEqual({
      repeat: { key: 'account.problem.differ', params: {} },
    });
  });

  it("keeps a policy reason it does not know in the server's words", () => {
    expect(
      serverProblem({ path: 'newPassword', message: 'newPassword must not contain your e-mail' }),
    ).toEqual({
      key: 'account.problem.other',
      params: { message: 'newPassword must not contain your e-mail' },
    });
  });

  it('puts 400 field errors at their fields and everything else on the form', () => {
    expect(
      passwordFailure(answer(400, { errors: [{ path: 'token', message: 'token has expired' }] })),
    ).toEqual({ fields: { token: { key: 'account.reset.expired', params: {} } }, form: null });
    expect(
      passwordFailure(
        answer(400, { message: 'Bad', errors: [{ path: 'x', message: 'x is odd' }] }),
      ),
    ).toEqual({ fields: {}, form: { key: 'error.refused', params: { message: 'x is odd' } } });
    expect(passwordFailure(answer(0, null)).form?.key).toBe('error.notSent');
    expect(passwordFailure(answer(503, { message: 'down' })).form?.key).toBe('error.server');
    expect(passwordFailure(answer(429, { message: 'slow' })).form?.key).toBe('error.tooMany');
  });
});
