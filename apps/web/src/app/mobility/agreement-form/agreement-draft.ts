import type { CreateMobilityDto } from '@curriculum-builder/curriculum/dto';

export interface PlacementDraft {
  readonly company: string;
  readonly address: string;
  readonly mentor: string;
  readonly mentorEmail: string;
  readonly hours: string;
}

/** The Learning Agreement form as typed. */
export interface AgreementDraft {
  readonly mouId: string;
  readonly learnerId: string;
  readonly hostInstitutionId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly unitIds: readonly string[];
  readonly placement: PlacementDraft;
  readonly assessment: string;
  readonly recording: string;
}

export type PlacementField = keyof PlacementDraft;
export type AgreementField =
  Exclude<keyof AgreementDraft, 'placement'> | `placement.${PlacementField}`;

export const AGREEMENT_FIELDS: readonly AgreementField[] = [
  'mouId',
  'learnerId',
  'hostInstitutionId',
  'startsOn',
  'endsOn',
  'unitIds',
  'placement.company',
  'placement.address',
  'placement.mentor',
  'placement.mentorEmail',
  'placement.hours',
  'assessment',
  'recording',
];

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emptyAgreement(mouId = ''): AgreementDraft {
  return {
    mouId,
    learnerId: '',
    hostInstitutionId: '',
    startsOn: '',
    endsOn: '',
    unitIds: [],
    placement: { company: '', address: '', mentor: '', mentorEmail: '', hours: '' },
    assessment: '',
    recording: '',
  };
}

/** What is missing or wrong before the draft can be sent: message keys by field. */
export function agreementProblems(draft: AgreementDraft): Partial<Record<AgreementField, string>> {
  const problems: Partial<Record<AgreementField, string>> = {};
  if (draft.mouId === '') problems.mouId = 'mobility.problem.mou';
  if (draft.learnerId === '') problems.learnerId = 'mobility.problem.learner';
  if (draft.hostInstitutionId === '') problems.hostInstitutionId = 'mobility.problem.host';
  if (!DATE.test(draft.startsOn)) problems.startsOn = 'mobility.problem.date';
  if (!DATE.test(draft.endsOn)) problems.endsOn = 'mobility.problem.date';
  else if (DATE.test(draft.startsOn) && draft.endsOn < draft.startsOn)
    problems.endsOn = 'mobility.problem.endsBeforeStart';
  if (draft.unitIds.length === 0) problems.unitIds = 'mobility.problem.units';
  const { company, mentor, mentorEmail, hours } = draft.placement;
  if (company.trim() === '') problems['placement.company'] = 'mobility.problem.company';
  if (mentor.trim() === '') problems['placement.mentor'] = 'mobility.problem.mentor';
  if (mentorEmail.trim() !== '' && !EMAIL.test(mentorEmail.trim()))
    problems['placement.mentorEmail'] = 'mobility.problem.email';
  const h = Number(hours);
  if (hours.trim() === '' || !Number.isFinite(h) || h < 1 || h > 2000)
    problems['placement.hours'] = 'mobility.problem.hours';
  if (draft.assessment.trim() === '') problems.assessment = 'mobility.problem.assessment';
  if (draft.recording.trim() === '') problems.recording = 'mobility.problem.recording';
  return problems;
}

/** The body of `POST /mobilities`: texts trimmed, units in the MoU's order, hours a number. */
export function agreementBody(
  draft: AgreementDraft,
  unitOrder: readonly string[] = [],
): CreateMobilityDto {
  const rank = (id: string) => {
    const index = unitOrder.indexOf(id);
    return index === -1 ? unitOrder.length : index;
  };
  const p = draft.placement;
  return {
    mouId: draft.mouId,
    learnerId: draft.learnerId,
    hostInstitutionId: draft.hostInstitutionId,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    unitIds: [...draft.unitIds].sort((a, b) => rank(a) - rank(b)),
    placement: {
      company: p.company.trim(),
      address: p.address.trim(),
      mentor: p.mentor.trim(),
      mentorEmail: p.mentorEmail.trim(),
      hours: Number(p.hours),
    },
    assessment: draft.assessment.trim(),
    recording: draft.recording.trim(),
  };
}
