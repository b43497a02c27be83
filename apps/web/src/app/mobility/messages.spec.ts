import { LEARNERS_MESSAGES } from '../learners/learners.messages';
import { RESULTS_MESSAGES } from '../results/results.messages';
import { MOBILITY_MESSAGES } from './mobility.messages';

describe('the messages of the ECVET areas', () => {
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
