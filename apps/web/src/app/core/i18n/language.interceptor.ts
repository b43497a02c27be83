import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18n } from './i18n';

/**
 * Asks the API for its messages in the interface language (ADR 0026). The browser's own
 * `Accept-Language` already names its first language; the header is set only when the interface
 * speaks another, so that requests the page preloads (`Link: rel=preload`) stay the same request.
 */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(I18n).language();
  const browser = (globalThis.navigator?.languages?.[0] ?? '').toLowerCase().split('-')[0];
  if (language === browser || !request.url.startsWith('/api/')) return next(request);
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
