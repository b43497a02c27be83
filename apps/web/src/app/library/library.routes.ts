import { Route } from '@angular/router';
import { CURRICULA_MESSAGES } from '../curricula/curricula.messages';
import { withMessages } from '../core/i18n/with-messages';
import { ESCO_MESSAGES } from '../esco/esco.messages';
import { LIBRARY_MESSAGES } from './library.messages';

/**
 * `/library` (the app's routes let in `library.adopt`): the shared library of units, its search
 * and each entry's page with the adopt dialog. The curricula's messages name the Industry 4.0 areas,
 * the ESCO ones the picker of the skill and occupation filters.
 */
export const LIBRARY_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [withMessages(LIBRARY_MESSAGES, CURRICULA_MESSAGES, ESCO_MESSAGES)],
    children: [
      {
        path: '',
        title: 'title.library',
        loadComponent: () => import('./search/library-search').then((m) => m.LibrarySearch),
      },
      {
        path: ':id',
        title: 'title.libraryEntry',
        loadComponent: () => import('./entry/library-entry-page').then((m) => m.LibraryEntryPage),
      },
    ],
  },
];
