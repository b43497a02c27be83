import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../i18n/i18n';
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

  it('reads in the plural form the number asks for', async () => {
    const i18n = TestBed.inject(I18n);
    const say = (seconds: number) => {
      const { key, params } = retryAfterText(seconds);
      return i18n.t(key, params);
    };
    expect(say(1)).toBe('Too many attempts. Try again in 1 second.');
    expect(say(20)).toBe('Too many attempts. Try again in 20 seconds.');
    await i18n.use('de');
    expect(say(1)).toBe('Zu viele Versuche. Bitte in 1 Sekunde erneut versuchen.');
  });
});
