import { ADMIN_MESSAGES } from '../admin/admin.messages';
import type { Messages } from '../core/i18n/i18n';
import { CORE_MESSAGES } from '../core/i18n/core.messages';
import { LEARNERS_MESSAGES } from '../learners/learners.messages';
import { RESULTS_MESSAGES } from '../results/results.messages';
import { MOBILITY_MESSAGES } from './mobility.messages';

describe('the messages of the ECVET areas', () => {
  it.each<[string, Messages]>([
    ['mobility', MOBILITY_MESSAGES],
    ['learners', LEARNERS_MESSAGES],
    ['results', RESULTS_MESSAGES],
    ['core', CORE_MESSAGES],
    ['admin', ADMIN_MESSAGES],
  ])('has every %s key in English and German', (_area, messages) => {
    expect(Object.keys(messages.de).sort()).toEqual(Object.keys(messages.en).sort());
    for (const language of ['en', 'de'] as const) {
      for (const [key, text] of Object.entries(messages[language])) {
        expect([key, text.trim()]).not.toEqual([key, '']);
      }
    }
  });

  it('gives the buttons of the mobility journey their stable English names', () => {
    const en = { ...MOBILITY_MESSAGES.en, ...LEARNERS_MESSAGES.en, ...RESULTS_MESSAGES.en };
    expect(
      [
        'mobility.newMou',
        'mobility.newAgreement',
        'mobility.mou.create',
        'mobility.agreement.create',
        'mobility.accept',
        'mobility.reject',
        'mobility.agreement.sign',
        'results.submit',
        'mobility.transcript.issue',
        'mobility.transcript.recognise',
        'mobility.transcript.refuse',
        'learners.enrol',
      ].map((key) => en[key]),
    ).toEqual([
      'New MoU',
      'New Learning Agreement',
      'Create MoU',
      'Create Learning Agreement',
      'Accept',
      'Reject',
      'Sign',
      'Record result',
      'Issue transcript',
      'Recognise',
      'Refuse',
      'Enrol learner',
    ]);
  });
});
