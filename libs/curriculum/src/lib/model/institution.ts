/** Schools (authors, mobility coordinators), industry associations (reviewers), companies (WBL places). */
export const INSTITUTION_KINDS = ['school', 'association', 'company'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

/** A vocational school or training centre (authors) or an industry association (reviewers). */
export interface Institution {
  readonly id: string;
  readonly name: string;
  readonly kind: InstitutionKind;
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
}
