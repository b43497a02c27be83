import { ACCOUNT_MESSAGES } from '../../account/account.messages';
import { ADMIN_MESSAGES } from '../../admin/admin.messages';
import { CURRICULA_MESSAGES } from '../../curricula/curricula.messages';
import { ESCO_MESSAGES } from '../../esco/esco.messages';
import { LEARNERS_MESSAGES } from '../../learners/learners.messages';
import { LIBRARY_MESSAGES } from '../../library/library.messages';
import { MOBILITY_MESSAGES } from '../../mobility/mobility.messages';
import { PATHWAYS_MESSAGES } from '../../pathways/pathways.messages';
import { PLACEMENTS_MESSAGES } from '../../placements/placements.messages';
import { RESULTS_MESSAGES } from '../../results/results.messages';
import { REVIEW_MESSAGES } from '../../review/review.messages';
import { THREAD_MESSAGES } from '../../threads/threads.messages';
import { CORE_MESSAGES } from './core.messages';
import type { MessageBundle } from './i18n';

/**
 * Every message bundle of the app, by area: for the catalogue test and the browser journeys that
 * find controls by their translated names. The app itself never imports this (each area registers
 * its own bundle when its lazy chunk loads); a new area's bundle joins here.
 */
export const ALL_MESSAGES: Readonly<Record<string, MessageBundle>> = {
  core: CORE_MESSAGES,
  account: ACCOUNT_MESSAGES,
  admin: ADMIN_MESSAGES,
  curricula: CURRICULA_MESSAGES,
  esco: ESCO_MESSAGES,
  learners: LEARNERS_MESSAGES,
  library: LIBRARY_MESSAGES,
  mobility: MOBILITY_MESSAGES,
  pathways: PATHWAYS_MESSAGES,
  placements: PLACEMENTS_MESSAGES,
  results: RESULTS_MESSAGES,
  review: REVIEW_MESSAGES,
  threads: THREAD_MESSAGES,
};
