import type { CreateMouDto } from '@curriculum-builder/curriculum/dto';

export interface PartnerDraft {
  readonly institutionId: string;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly unitIds: readonly string[];
}

/** The MoU form as typed; the caller's own school is the first partner. */
export interface MouDraft {
  readonly title: string;
  readonly curriculumId: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly assessmentArrangements: string;
  readonly partners: readonly PartnerDraft[];
}

export type PartnerField = 'contactName' | 'contactEmail' | 'unitIds';
/** A field of the form: a top-level one, or `partners.<n>.<field>`. */
export type MouField =
  | 'title'
  | 'curriculumId'
  | 'validFrom'
  | 'validUntil'
  | 'assessmentArrangements'
  | 'partners'
  | `partners.${number}.${PartnerField}`;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emptyPartner(institutionId: string): PartnerDraft {
  return { institutionId, contactName: '', contactEmail: '', unitIds: [] };
}

export function emptyMou(ownInstitutionId: string | null): MouDraft {
  return {
    title: '',
    curriculumId: '',
    validFrom: '',
    validUntil: '',
    assessmentArrangements: '',
    partners: ownInstitutionId === null ? [] : [emptyPartner(ownInstitutionId)],
  };
}

/** Every field of `draft` a problem can be shown at. */
export function mouFields(draft: MouDraft): MouField[] {
  return [
    'title',
    'curriculumId',
    'validFrom',
    'validUntil',
    'assessmentArrangements',
    'partners',
    ...draft.partners.flatMap((_, i) =>
      (['contactName', 'contactEmail', 'unitIds'] as const).map(
        (field) => `partners.${i}.${field}` as const,
      ),
    ),
  ];
}

/** What is missing or wrong before the draft can be sent: message keys by field. */
export function mouProblems(draft: MouDraft): Partial<Record<MouField, string>> {
  const problems: Partial<Record<MouField, string>> = {};
  if (draft.title.trim() === '') problems.title = 'mobility.problem.title';
  if (draft.curriculumId === '') problems.curriculumId = 'mobility.problem.curriculum';
  if (!DATE.test(draft.validFrom)) problems.validFrom = 'mobility.problem.date';
  if (!DATE.test(draft.validUntil)) problems.validUntil = 'mobility.problem.date';
  else if (DATE.test(draft.validFrom) && draft.validUntil < draft.validFrom)
    problems.validUntil = 'mobility.problem.untilBeforeFrom';
  if (draft.assessmentArrangements.trim() === '')
    problems.assessmentArrangements = 'mobility.problem.arrangements';
  if (draft.partners.length < 2) problems.partners = 'mobility.problem.partners';
  draft.partners.forEach((partner, i) => {
    if (partner.contactName.trim() === '')
      problems[`partners.${i}.contactName`] = 'mobility.problem.contactName';
    if (!EMAIL.test(partner.contactEmail.trim()))
      problems[`partners.${i}.contactEmail`] = 'mobility.problem.email';
  });
  return problems;
}

/** The body of `POST /mous`: texts trimmed, units in the curriculum's order. */
export function mouBody(draft: MouDraft, unitOrder: readonly string[] = []): CreateMouDto {
  const rank = (id: string) => {
    const index = unitOrder.indexOf(id);
    return index === -1 ? unitOrder.length : index;
  };
  return {
    title: draft.title.trim(),
    curriculumId: draft.curriculumId,
    partners: draft.partners.map((partner) => ({
      institutionId: partner.institutionId,
      contactName: partner.contactName.trim(),
      contactEmail: partner.contactEmail.trim(),
      unitIds: [...partner.unitIds].sort((a, b) => rank(a) - rank(b)),
    })),
    assessmentArrangements: draft.assessmentArrangements.trim(),
    validFrom: draft.validFrom,
    validUntil: draft.validUntil,
  };
}
