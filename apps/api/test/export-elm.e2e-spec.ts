import type request from 'supertest';
import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { validateElm, type ShaclReport } from '@curriculum-builder/product-process';
import { client, Client, createAuthor } from './support/accounts';
import { api, createDraft, storeContent } from './support/curricula';
import { startDemoApp } from './support/demo';
import { TestApp, testDatabase } from './support/test-app';

const ELM_CONTEXT = [
  'https://www.w3.org/2018/credentials/v1',
  'http://data.europa.eu/snb/model/context/edc-ap',
];

/** DOMAIN.md's language line, per language. */
const LETTERS: Record<string, readonly string[]> = {
  de: ['ä', 'ö', 'ü', 'ß'],
  lt: ['ą', 'č', 'ę', 'ė', 'į', 'š', 'ų', 'ū', 'ž'],
  lv: ['ā', 'č', 'ē', 'ģ', 'ī', 'ķ', 'ļ', 'ņ', 'š', 'ū', 'ž'],
  et: ['õ', 'ä', 'ö', 'ü', 'š', 'ž'],
};

const violations = (report: ShaclReport) =>
  report.results
    .map((r) => `${r.focusNode} ${r.path}: ${r.message} [${r.constraint}] ${r.value}`)
    .join('\n');

type Json = Record<string, unknown>;
const asArray = (value: unknown): Json[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Json[];

describe(`Europass ELM export (${testDatabase()})`, () => {
  let t: TestApp;
  let teacher: Client;
  let anonymous: Client;
  let author: Client;
  let cnc: Curriculum;
  let sfo: Curriculum;
  let letters: Curriculum;
  const texts: Record<string, string> = {};
  const responses: Record<string, request.Response> = {};
  let reports: Record<string, ShaclReport>;

  const download = async (as: Client, id: string) => {
    const response = await as
      .get(`${api}/curricula/${id}/export/elm`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return response;
  };

  beforeAll(async () => {
    ({ t, anonymous, teacher } = await startDemoApp());
    const list: CurriculumSummary[] = (await teacher.get(`${api}/curricula`).expect(200)).body
      .items;
    const tree = async (code: string, as = teacher) =>
      (await as.get(`${api}/curricula/${list.find((c) => c.code === code)?.id}`).expect(200))
        .body as Curriculum;
    cnc = await tree('ZM-CNC-2018', anonymous);
    sfo = await tree('SFO-2025');

    const user = await createAuthor(t);
    author = client(t.server, user.token);
    const lettersId = await storeContent(
      t,
      generateCurriculum({
        units: 8,
        outcomesPerUnit: 5,
        workBasedLearningPeriods: 3,
        languages: ['de', 'lt', 'lv', 'et'],
        seed: 11,
      }),
      user.institutionId ?? '',
    );
    letters = (await author.get(`${api}/curricula/${lettersId}`).expect(200)).body;

    // Every demo curriculum (the published one anonymously, the draft as its author) and the
    // generated one in four languages.
    for (const [name, as, id] of [
      ['cnc', anonymous, cnc.id],
      ['sfo', teacher, sfo.id],
      ['letters', author, letters.id],
    ] as const) {
      const response = await download(as, id);
      responses[name] = response;
      texts[name] = (response.body as Buffer).toString('utf8');
    }
    // A negative control, so a validator that checks nothing cannot pass: no NQF level, and a unit
    // typed as a plain LearningAchievementSpecification (the shapes allow only Qualification parts).
    const broken = JSON.parse(texts['cnc']) as Json;
    delete broken['nqfLevel'];
    asArray(broken['hasPart'])[0]['type'] = 'LearningAchievementSpecification';
    reports = await validateElm({ ...texts, broken: JSON.stringify(broken) });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('answers application/ld+json as the attachment <code>-elm.jsonld', () => {
    for (const [name, c] of [
      ['cnc', cnc],
      ['sfo', sfo],
    ] as const) {
      expect(responses[name].status).toBe(200);
      expect(responses[name].headers['content-type']).toMatch(/^application\/ld\+json/);
      expect(responses[name].headers['content-disposition']).toBe(
        `attachment; filename="${c.code}-elm.jsonld"`,
      );
    }
  });

  it.each(['cnc', 'sfo', 'letters'])(
    'the export of %s conforms to the official LOQ SHACL shapes',
    (name) => {
      const report = reports[name];
      if (!report.conforms) console.error(`${name}: SHACL violations\n${violations(report)}`);
      expect(violations(report)).toBe('');
      expect(report.conforms).toBe(true);
      expect(report.quads).toBeGreaterThan(100);
    },
  );

  it('the validator reports violations of a broken document (negative control)', () => {
    const report = reports['broken'];
    expect(report.conforms).toBe(false);
    const paths = report.results.map((r) => r.path);
    expect(paths).toContain('http://data.europa.eu/snb/model/elm/NQFLevel');
    expect(paths).toContain('http://data.europa.eu/snb/model/elm/hasPart');
  });

  it('maps the CNC curriculum to a Qualification with levels, ISCED-F, ECVET points and outcomes', () => {
    const doc = JSON.parse(texts['cnc']) as Json;
    expect(doc['@context']).toEqual(ELM_CONTEXT);
    expect(doc).toMatchObject({
      id: `urn:curriculum:${cnc.id}`,
      type: 'Qualification',
      isPartialQualification: false,
      eqfLevel: { id: 'http://data.europa.eu/snb/eqf/4', type: 'Concept' },
      nqfLevel: [{ type: 'Concept', notation: '4' }],
      thematicArea: [{ id: 'http://data.europa.eu/snb/isced-f/0715', type: 'Concept' }],
      creditPoint: {
        type: 'CreditPoint',
        framework: { id: 'http://data.europa.eu/snb/education-credit/60b314e826' },
        point: '210',
      },
    });
    for (const language of cnc.languages) {
      expect((doc['title'] as Json)[language]).toBe(cnc.title[language]);
    }

    // The qualification's outcomes: add-on qualifications are outside it, named in a note.
    const outcomes = cnc.units.filter((u) => !u.addOn).flatMap((u) => u.outcomes);
    const elmOutcomes = asArray(doc['learningOutcome']);
    const addOns = cnc.units.filter((u) => u.addOn);
    expect(addOns).toHaveLength(4);
    const note = asArray(doc['additionalNote']);
    expect(note).toEqual([expect.objectContaining({ type: 'Note' })]);
    for (const language of ['de', 'en']) {
      const literal = String((note[0]['noteLiteral'] as Json)[language]);
      for (const u of addOns)
        expect(literal).toContain(`${u.code} ${u.title[language]} (10 ECVET)`);
    }
    expect(elmOutcomes.map((o) => o['id'])).toEqual(
      outcomes.map((o) => `urn:learning-outcome:${o.id}`),
    );
    const withSkill = outcomes.filter((o) => o.escoSkills.length > 0);
    // The demo's CNC programming outcomes have two skills each: both are related.
    expect(withSkill.some((o) => o.escoSkills.length === 2)).toBe(true);
    for (const o of withSkill) {
      const elm = elmOutcomes.find((e) => e['id'] === `urn:learning-outcome:${o.id}`);
      expect(elm).toMatchObject({
        type: 'LearningOutcome',
        relatedESCOSkill: o.escoSkills.map((s) => ({ id: s.uri, type: 'Concept' })),
      });
    }

    // Every outcome states its type (ESCO: knowledge, or skill/competence).
    outcomes.forEach((o, i) =>
      expect(elmOutcomes[i]['dcType']).toMatchObject({
        id: `http://data.europa.eu/esco/skill-type/${o.category === 'knowledge' ? 'knowledge' : 'skill'}`,
      }),
    );

    // Mandatory units are parts; elective units sit in one part per group, with its points.
    const parts = asArray(doc['hasPart']);
    const mandatory = cnc.units.filter((u) => u.mandatory);
    const groups = cnc.electiveGroups.filter((g) =>
      cnc.units.some((u) => !u.mandatory && u.electiveGroup === g.code),
    );
    expect(groups.length).toBeGreaterThan(0);
    expect(parts).toHaveLength(mandatory.length + groups.length);
    const unitPart = (part: Json, unit: (typeof cnc.units)[number]) => {
      expect(part).toMatchObject({
        id: `urn:unit:${unit.id}`,
        type: 'Qualification',
        isPartialQualification: true,
        eqfLevel: { id: `http://data.europa.eu/snb/eqf/${unit.eqfLevel}` },
        creditPoint: { point: String(unit.ecvetPoints) },
      });
      expect(asArray(part['learningOutcome'])).toHaveLength(unit.outcomes.length);
    };
    mandatory.forEach((unit, i) => unitPart(parts[i], unit));
    groups.forEach((group, g) => {
      const part = parts[mandatory.length + g];
      expect(part).toMatchObject({
        type: 'Qualification',
        isPartialQualification: true,
        creditPoint: { point: String(group.pointsRequired) },
      });
      const members = cnc.units.filter((u) => !u.mandatory && u.electiveGroup === group.code);
      const inside = asArray(part['hasPart']);
      members.forEach((unit, i) => unitPart(inside[i], unit));
      // What the group asks, by its choice rule, in the five languages of the product.
      const description = part['description'] as Record<string, string>;
      expect(Object.keys(description).sort()).toEqual(['de', 'en', 'et', 'lt', 'lv']);
      const rule = group.rule ?? 'points-at-least';
      if (rule === 'units')
        expect(description['en']).toContain(
          `chooses ${group.unitsRequired} of the ${members.length} units`,
        );
      else
        expect(description['lt']).toContain(
          new Intl.NumberFormat('lt', { maximumFractionDigits: 2 }).format(group.pointsRequired),
        );
    });
    // The parts add up to the qualification's points.
    const sum = parts.reduce(
      (total, part) => total + Number((part['creditPoint'] as Json)['point']),
      0,
    );
    expect(sum).toBe(cnc.ecvetPoints);

    const periods = asArray(doc['influencedBy']);
    expect(periods).toHaveLength(cnc.workBasedLearning.length);
    cnc.workBasedLearning.forEach((period, i) => {
      expect(periods[i]).toMatchObject({
        id: `urn:wbl-period:${period.id}`,
        type: 'LearningActivitySpecification',
        mode: { id: 'http://data.europa.eu/snb/learning-assessment/729f3bed4b' },
        // Dual training: the periods are an apprenticeship (EDC learning activity types).
        dcType: { id: 'http://data.europa.eu/snb/learning-activity/d46a826a39' },
        volumeOfLearning: `PT${period.durationHours}H`,
        // The units that are parts of the qualification (add-ons are outside it).
        influences: period.unitIds
          .filter((id) => cnc.units.some((u) => u.id === id && !u.addOn))
          .map((id) => `urn:unit:${id}`),
      });
    });
  });

  it('states the assessment plan as learning assessment specifications and the hours of learning', () => {
    const doc = JSON.parse(texts['cnc']) as Json;
    const parts = asArray(doc['provenBy']);
    expect(parts.map((p) => (p['title'] as Json)['de'])).toEqual(
      cnc.assessmentPlan.map((p) => p.title['de']),
    );
    cnc.assessmentPlan.forEach((part, i) => {
      expect(parts[i]).toMatchObject({
        type: 'LearningAssessmentSpecification',
        description: { en: expect.stringContaining(`${part.weight} % of the final result`) },
        proves: part.unitIds.map((id) => `urn:unit:${id}`),
      });
      expect(asArray(parts[i]['dcType'])).toHaveLength(part.methods.length);
    });
    // 3.5 years of 1600 hours at full time.
    expect(doc['volumeOfLearning']).toBe('PT5600H');
  });

  it('keeps German, Lithuanian, Latvian and Estonian letters intact', () => {
    for (const [name, c] of [
      ['cnc', cnc],
      ['sfo', sfo],
      ['letters', letters],
    ] as const) {
      const doc = JSON.parse(texts[name]) as Json;
      for (const language of c.languages) {
        expect((doc['title'] as Json)[language]).toBe(c.title[language].trim());
        // Units are parts, or parts of their elective group's part.
        const unitParts = asArray(doc['hasPart']).flatMap((p) =>
          String(p['id']).startsWith('urn:unit:') ? [p] : asArray(p['hasPart']),
        );
        const unitTitles = unitParts.map((p) => (p['title'] as Json)[language]);
        expect(unitTitles.sort()).toEqual(
          c.units
            .filter((u) => !u.addOn)
            .map((u) => u.title[language]?.trim())
            .sort(),
        );
      }
    }
    const all = Object.values(texts).join('\n');
    for (const [language, expected] of Object.entries(LETTERS)) {
      const missing = expected.filter((letter) => !all.includes(letter));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('answers 422 listing what ELM needs for an incomplete curriculum', async () => {
    const draft = await createDraft(author, { code: 'ELM-EMPTY' });
    const empty = await author.get(`${api}/curricula/${draft.id}/export/elm`).expect(422);
    expect(empty.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'nqfLevel' }),
        expect.objectContaining({ path: 'units' }),
      ]),
    );

    const content = generateCurriculum({
      units: 3,
      outcomesPerUnit: 2,
      workBasedLearningPeriods: 1,
      languages: ['en'],
    });
    const broken = {
      ...content,
      code: 'ELM-BROKEN',
      nqfLevel: null,
      iscedFCode: '',
      units: content.units.map((u, i) => (i === 1 ? { ...u, outcomes: [] } : u)),
    };
    const user = await createAuthor(t);
    const id = await storeContent(t, broken, user.institutionId ?? '');
    const response = await client(t.server, user.token)
      .get(`${api}/curricula/${id}/export/elm`)
      .expect(422);
    expect(response.body.statusCode).toBe(422);
    expect(response.body.problems.map((p: { path: string }) => p.path)).toEqual([
      'nqfLevel',
      'iscedFCode',
      'units[1].outcomes',
    ]);
    for (const problem of response.body.problems) expect(problem.message).toMatch(/ELM needs/);
  });

  it('answers 404 for a draft the caller may not read', async () => {
    await anonymous.get(`${api}/curricula/${sfo.id}/export/elm`).expect(404);
    await author.get(`${api}/curricula/${sfo.id}/export/elm`).expect(404);
    await anonymous.get(`${api}/curricula/not-a-uuid/export/elm`).expect(404);
  });
});
