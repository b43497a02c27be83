import { inject } from '@angular/core';
import { CanActivateFn } from '@angular/router';
import { I18n, MessageBundle } from './i18n';

/**
 * A route's `canActivate`: the area's messages are registered when its lazy chunk loads, and the
 * page opens once they are there in the interface language.
 */
export function withMessages(...bundles: MessageBundle[]): CanActivateFn {
  return async () => {
    await inject(I18n).register(...bundles);
    return true;
  };
}
