import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { I18n, Messages } from './i18n';

/** Route-level providers: the area's messages are registered when its lazy chunk loads. */
export function provideMessages(messages: Messages): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18n).register(messages));
}
