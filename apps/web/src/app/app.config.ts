import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from './app.routes';
import { Auth } from './core/auth/auth';
import { authInterceptor } from './core/auth/auth.interceptor';
import { languageInterceptor } from './core/i18n/language.interceptor';
import { LanguagePreference } from './core/i18n/language-preference';
import { MessageTitleStrategy } from './core/i18n/title-strategy';

/** Zoneless by default in Angular 21: no zone.js is loaded, change detection follows signals. */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor, languageInterceptor])),
    provideRouter(appRoutes, withComponentInputBinding()),
    // A session cookie from an earlier visit is picked up before the first page renders, and the
    // page renders in the account's, this browser's or the browser's language.
    provideAppInitializer(async () => {
      const preference = inject(LanguagePreference);
      await inject(Auth).restore();
      await preference.start();
    }),
    { provide: TitleStrategy, useClass: MessageTitleStrategy },
  ],
};
