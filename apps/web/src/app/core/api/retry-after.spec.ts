import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { retryAfterSeconds, retryAfterText } from './retry-after';

function tooMany(body: unknown, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({
    status: 429,
    statusText: 'Too Many Requests',
    error: body,
    headers: new HttpHeaders(headers),
  });
}

describe('retryAfterSeconds', () => {
  it("takes the body's retryAfterSeconds first, rounded up", () => {
    expect(retryAfterSeconds(tooMany({ retryAfterSeconds: 12.2 }, { 'Retry-After': '99' }))).toBe(
      13,
    );
  });

  it('falls back to the Retry-After header in seconds or as an HTTP date', () => {
    expect(retryAfterSeconds(tooMany({ statusCode: 429 }, { 'Retry-After': '30' }))).toBe(30);
    const now = Date.parse('2026-03-12T10:00:00Z');
    const error = tooMany(null, { 'Retry-After': 'Thu, 12 Mar 2026 10:01:30 GMT' });
    expect(retryAfterSeconds(error, now)).toBe(90);
  });

  it('is null when the answer does not say, or is not a 429', () => {
    expect(retryAfterSeconds(tooMany({ message: 'slow down' }))).toBeNull();
    expect(retryAfterSeconds(tooMany(null, { 'Retry-After': 'soon' }))).toBeNull();
    const unauthorized = new HttpErrorResponse({
      status: 401,
      error: { retryAfterSeconds: 5 },
    });
    expect(retryAfterSeconds(unauthorized)).toBeNull();
    expect(retryAfterSeconds(new Error('offline'))).toBeNull();
  });

  it('picks the singular for one second', () => {
    expect(retryAfterText(1).key).toBe('throttle.oneSecond');
    expect(retryAfterText(20)).toEqual({ key: 'throttle.seconds', params: { seconds: 20 } });
  });
});
