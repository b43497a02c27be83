import type {
  Curriculum,
  EnrolmentRecord,
  FieldError,
  Learner,
} from '@curriculum-builder/curriculum';
import {
  curriculumToElm,
  langMap,
  type ElmQualification,
} from '../../interop/elm/curriculum-to-elm';
import { ECVET, ELM_CONTEXT, SCHEMES } from '../../interop/elm/elm-vocabulary';

/** ISO 3166-1 alpha-2 → the EU country authority's alpha-3 code, for the partners' countries. */
const COUNTRIES: Readonly<Record<string, { code: string; name: string }>> = {
  AT: { code: 'AUT', name: 'Austria' },
  BE: { code: 'BEL', name: 'Belgium' },
  CZ: { code: 'CZE', name: 'Czechia' },
  DE: { code: 'DEU', name: 'Germany' },
  DK: { code: 'DNK', name: 'Denmark' },
  EE: { code: 'EST', name: 'Estonia' },
  ES: { code: 'ESP', name: 'Spain' },
  FI: { code: 'FIN', name: 'Finland' },
  FR: { code: 'FRA', name: 'France' },
  IE: { code: 'IRL', name: 'Ireland' },
  IT: { code: 'ITA', name: 'Italy' },
  LT: { code: 'LTU', name: 'Lithuania' },
  LV: { code: 'LVA', name: 'Latvia' },
  NL: { code: 'NLD', name: 'Netherlands' },
  PL: { code: 'POL', name: 'Poland' },
  SE: { code: 'SWE', name: 'Sweden' },
};
const COUNTRY_AUTHORITY = 'http://publications.europa.eu/resource/authority/country';
const GENERIC_PROFILE = {
  id: 'http://data.europa.eu/snb/credential/e34929035b',
  type: 'Concept',
  inScheme: { id: 'http://data.europa.eu/snb/credential/25831c2', type: 'ConceptScheme' },
  prefLabel: { en: 'Generic' },
};

export interface RecordElmInput {
  readonly learner: Learner;
  readonly enrolments: readonly EnrolmentRecord[];
  readonly curricula: ReadonlyMap<string, Curriculum>;
  readonly institution: { readonly name: string; readonly country: string };
  readonly issued: string;
}

export type RecordElmResult =
  | { readonly ok: true; readonly document: object }
  | { readonly ok: false; readonly problems: FieldError[] };

function organisation(id: string, name: string, country: string) {
  const known = COUNTRIES[country.toUpperCase()];
  return {
    id,
    type: 'Organisation',
    legalName: { en: name },
    location: {
      id: `${id}:location`,
      type: 'Location',
      address: {
        id: `${id}:address`,
        type: 'Address',
        countryCode: {
          id: `${COUNTRY_AUTHORITY}/${known?.code ?? country.toUpperCase()}`,
          type: 'Concept',
          inScheme: { id: COUNTRY_AUTHORITY, type: 'ConceptScheme' },
          prefLabel: { en: known?.name ?? country.toUpperCase() },
          notation: 'country',
        },
      },
    },
  };
}

/** Every `Qualification` node of a document by id (the units are parts, electives beneath groups). */
function partsById(part: ElmQualification, into = new Map<string, ElmQualification>()) {
  into.set(part.id, part);
  for (const child of part.hasPart ?? []) partsById(child, into);
  return into;
}

/**
 * A learner's record as an unsigned Europass ELM credential (JSON-LD, shaped like the Europass
 * sample credential): the home school issues it, the learner is its subject, and each unit
 * achieved or recognised (add-ons apart, which the qualification document does not hold) is a
 * `LearningAchievement` with the ECVET points received, specified by the unit as the
 * curriculum's ELM export states it — so it needs what that export needs.
 */
export function recordToElm(input: RecordElmInput): RecordElmResult {
  const { learner, institution } = input;
  const issuer = organisation(
    `urn:institution:${learner.institutionId}`,
    institution.name,
    institution.country,
  );
  const claims: object[] = [];
  for (const [i, record] of input.enrolments.entries()) {
    const e = record.enrolment;
    const curriculum = input.curricula.get(`${e.curriculumId}/${e.curriculumVersion}`);
    if (curriculum === undefined) continue;
    const done = record.units.filter(
      (u) => !u.addOn && (u.state === 'achieved' || u.state === 'recognised'),
    );
    if (done.length === 0) continue;
    const elm = curriculumToElm({ curriculum, country: institution.country });
    if (!elm.ok) {
      return {
        ok: false,
        problems: elm.problems.map((p) => ({
          ...p,
          path: `enrolments[${i}].curriculum.${p.path}`,
        })),
      };
    }
    const specs = partsById(elm.document);
    for (const unit of done) {
      const spec = specs.get(`urn:unit:${unit.unitId}`);
      if (spec === undefined) continue;
      const id = `urn:achievement:${e.id}:${unit.unitId}`;
      claims.push({
        id,
        type: 'LearningAchievement',
        title: spec.title,
        awardedBy: {
          id: `${id}:awarding`,
          type: 'AwardingProcess',
          awardingBody: [issuer],
          ...(unit.achievedOn ? { awardingDate: `${unit.achievedOn}T00:00:00Z` } : {}),
        },
        creditReceived: [
          {
            id: `${id}:credit`,
            type: 'CreditPoint',
            framework: {
              id: ECVET.id,
              type: 'Concept',
              inScheme: { id: SCHEMES.educationCredit, type: 'ConceptScheme' },
              prefLabel: { en: ECVET.label },
            },
            point: String(unit.ecvetPoints),
          },
        ],
        ...(unit.placeName
          ? {
              additionalNote: [
                {
                  id: `${id}:note`,
                  type: 'Note',
                  noteLiteral: {
                    en: `${unit.state === 'recognised' ? 'Recognised; achieved' : 'Achieved'} at ${unit.placeName}.`,
                  },
                },
              ],
            }
          : {}),
        specifiedBy: spec,
      });
    }
  }
  const name = `${learner.givenName} ${learner.familyName}`.trim();
  return {
    ok: true,
    document: {
      '@context': [...ELM_CONTEXT],
      id: `urn:credential:learner-record:${learner.id}`,
      type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
      credentialProfiles: GENERIC_PROFILE,
      credentialSchema: {
        id: 'http://data.europa.eu/snb/model/ap/edc-generic-full',
        type: 'ShaclValidator2017',
      },
      issuer,
      issuanceDate: input.issued,
      validFrom: input.issued,
      title: langMap({ en: 'ECVET learner record', de: 'ECVET-Leistungsnachweis' }),
      credentialSubject: {
        id: `urn:learner:${learner.id}`,
        type: 'Person',
        ...(learner.erased
          ? {}
          : {
              givenName: { en: learner.givenName },
              familyName: { en: learner.familyName },
              fullName: { en: name },
              ...(learner.dateOfBirth ? { dateOfBirth: `${learner.dateOfBirth}T00:00:00Z` } : {}),
            }),
        hasClaim: claims,
      },
    },
  };
}
