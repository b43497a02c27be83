import { inject } from '@angular/core';
import { CanDeactivateFn, Route } from '@angular/router';
import { I18n } from '../core/i18n/i18n';
import { withMessages } from '../core/i18n/with-messages';
import { ESCO_MESSAGES } from '../esco/esco.messages';
import { THREAD_MESSAGES } from '../threads/threads.messages';
import { CURRICULA_MESSAGES } from './curricula.messages';
import type { Editor } from './editor/editor';

/** Asks before leaving the editor with unsaved changes. */
const unsavedChanges: CanDeactivateFn<Editor> = (editor) =>
  !editor.hasUnsavedChanges() || confirm(inject(I18n).t('editor.leave'));

export const CURRICULA_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(CURRICULA_MESSAGES, THREAD_MESSAGES, ESCO_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.curricula',
        loadComponent: () => import('./dashboard/dashboard').then((m) => m.Dashboard),
      },
      {
        path: ':id/translations',
        title: 'title.translations',
        loadComponent: () =>
          import('./translations/translations-page').then((m) => m.TranslationsPage),
      },
      {
        path: 'inventory',
        title: 'title.inventory',
        loadComponent: () => import('../esco/inventory-page').then((m) => m.InventoryPage),
      },
      {
        path: ':id/coverage',
        title: 'title.coverage',
        loadComponent: () => import('../esco/coverage-page').then((m) => m.CoveragePage),
      },
      {
        path: ':id',
        title: 'title.editor',
        canDeactivate: [unsavedChanges],
        loadComponent: () => import('./editor/editor').then((m) => m.Editor),
      },
    ],
  },
];
