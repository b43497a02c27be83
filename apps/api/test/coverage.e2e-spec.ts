import {
  ESCO_SKILL_BASE,
  outcomeSkillsOf,
  type CoverageInventory,
  type Curriculum,
  type CurriculumCoverage,
  type EscoPage,
  type EscoSuggestion,
  type ReviewComment,
} from '@curriculum-builder/curriculum';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cncMachiningCurriculum, smartFactoryOperatorCurriculum } from '../src/app/demo/content';
import { SHIPPED_ESCO } from '../src/app/esco/esco-files';
import { labelsFor, PdfFormat } from '../src/app/exports/pdf/pdf-labels';
import { parseCsv } from '../src/common/csv-format';
import { client, Client, createInstitution, createUser, link } from './support/accounts';
import { api, asBytes, publishContent, storeContent } from './support/curricula';
import { parsePdfs } from './support/pdf-text';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

const CNC = 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120';
const PROGRAM_CNC = `${ESCO_SKILL_BASE}bf942c60-8539-4951-83ee-63f770da1cb8`;

/** The CNC operator's essential skills, read from the shipped subset itself. */
const essentialOfCnc = new Set(
  readFileSync(join(SHIPPED_ESCO, 'occupationSkillRelations.csv'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`${CNC},essential,`))
    .map((line) => line.split(',')[3]?.trim() ?? ''),
);
/** The skills the demo CNC content links, on units and outcomes. */
const linkedInCnc = new Set(
  cncMachiningCurriculum.units.flatMap((unit) => [
    ...(unit.escoSkills ?? []).map((s) => s.uri),
    ...unit.outcomes.flatMap((o) => outcomeSkillsOf(o).map((s) => s.uri)),
  ]),
);

/**
 * Issue #20, points 2 to 6 (ADR 0028): suggestions while writing, the coverage report of a
 * curriculum (JSON and CSV), the inventory of a network, and review threads on a skill gap.
 */
describe(`skills coverage (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let reviewer: Client;
  let school: string;
  let association: string;
  let draft: Curriculum;

  beforeAll(async () => {
    t = await startTestApp();
    school = await createInstitution(t, 'school');
    association = await createInstitution(t, 'association');
    await link(t, school, association);
    author = client(t.server, (await createUser(t, 'author', school)).token);
    reviewer = client(t.server, (await createUser(t, 'reviewer', association)).token);
    const id = await storeContent(t, cncMachiningCurriculum, school);
    draft = (await author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  });

  afterAll(async () => {
    await t.close();
  });

  const coverage = async (as: Client, id: string, query = '') =>
    (await as.get(`${api}/curricula/${id}/coverage${query}`).expect(200))
      .body as CurriculumCoverage;

  describe('suggestions while writing', () => {
    const suggest = async (query: string) =>
      (await author.get(`${api}/esco/suggestions?${query}`).expect(200))
        .body as EscoPage<EscoSuggestion>;

    it("proposes the occupation's essential skill that the outcome names, first", async () => {
      const found = await suggest(
        `text=${encodeURIComponent('Creates CNC programs for turned and milled parts and tests them on the controller')}&occupation=${encodeURIComponent(CNC)}`,
      );
      expect(found.items).toHaveLength(5);
      expect(found.items[0]).toMatchObject({
        uri: PROGRAM_CNC,
        label: { text: 'program a CNC controller', language: 'en' },
        relation: 'essential',
      });
      expect(found.items[0].terms).toEqual(expect.arrayContaining(['cnc', 'program']));
      expect(found.source).toMatch(/ESCO/);
      const scores = found.items.map((item) => item.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('leaves out the skills already linked, and takes the unit title as context', async () => {
      const found = await suggest(
        `text=${encodeURIComponent('Writes programs')}&context=${encodeURIComponent('CNC controller programming')}&exclude=${encodeURIComponent(PROGRAM_CNC)}&limit=3`,
      );
      expect(found.items.length).toBeGreaterThan(0);
      expect(found.items.length).toBeLessThanOrEqual(3);
      expect(found.items.map((item) => item.uri)).not.toContain(PROGRAM_CNC);
    });

    it('answers 400 for a text too long or a malformed occupation, 404 for an unknown one', async () => {
      await author.get(`${api}/esco/suggestions`).expect(400);
      const bad = await author
        .get(`${api}/esco/suggestions?text=x&occupation=cnc&exclude=nope`)
        .expect(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
        'exclude',
        'occupation',
      ]);
      await author
        .get(
          `${api}/esco/suggestions?text=x&occupation=${encodeURIComponent('http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000')}`,
        )
        .expect(404);
      await client(t.server).get(`${api}/esco/suggestions?text=cnc`).expect(401);
    });
  });

  describe('the coverage report', () => {
    it('lists every skill of the target occupation with the units that develop it, and the gaps', async () => {
      const report = await coverage(author, draft.id);
      expect(report.occupation?.uri).toBe(CNC);
      expect(report.publishedVersion).toBeNull();
      const covered = [...essentialOfCnc].filter((uri) => linkedInCnc.has(uri));
      expect(report.essential.total).toBe(essentialOfCnc.size);
      expect(report.essential.covered).toBe(covered.length);
      expect([...report.gaps].sort()).toEqual(
        [...essentialOfCnc].filter((uri) => !linkedInCnc.has(uri)).sort(),
      );
      // The demo: a realistic coverage with a few honest gaps (issue #20, point 6).
      expect(report.essential.covered).toBeGreaterThanOrEqual(12);
      expect(report.gaps.length).toBeGreaterThanOrEqual(1);
      const program = report.skills.find((s) => s.uri === PROGRAM_CNC);
      expect(program?.relation).toBe('essential');
      expect(program?.units.map((u) => u.code)).toContain('ZM-10');
      expect(program?.points).toBeGreaterThan(0);
      expect(report.units.map((u) => u.code)).toEqual(draft.units.map((u) => u.code));
      expect(report.areas.map((a) => a.area)).toHaveLength(6);
      const total = draft.units.reduce((sum, unit) => sum + unit.ecvetPoints, 0);
      expect(report.totalPoints).toBeCloseTo(total, 2);
      // Every area's points per year add up to its points.
      for (const area of report.areas)
        expect(area.byYear.reduce((sum, y) => sum + y.points, 0)).toBeCloseTo(area.points, 1);
    });

    it('closes a gap as soon as an outcome links the skill', async () => {
      const before = await coverage(author, draft.id);
      const gap = before.gaps[0];
      const unit = draft.units[0];
      const outcome = unit.outcomes[0];
      await author
        .patch(`${api}/curricula/${draft.id}/units/${unit.id}/outcomes/${outcome.id}`)
        .send({
          version: outcome.version,
          escoSkills: [...outcome.escoSkills, { uri: gap, label: { en: 'the gap' } }],
        })
        .expect(200);
      const after = await coverage(author, draft.id);
      expect(after.gaps).not.toContain(gap);
      expect(after.essential.covered).toBe(before.essential.covered + 1);
      expect(after.skills.find((s) => s.uri === gap)?.units[0]).toMatchObject({
        unitId: unit.id,
        outcomeIds: [outcome.id],
        wholeUnit: false,
      });
    });

    it('gives the same figures as CSV, one row per skill and per area and year', async () => {
      const report = await coverage(author, draft.id);
      const response = await author
        .get(`${api}/curricula/${draft.id}/coverage?format=csv`)
        .buffer(true)
        .parse(asBytes)
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(/coverage\.csv/);
      const [header, ...rows] = parseCsv(
        (response.body as Buffer).toString('utf8').slice(1),
      ).records.map((r) => r.cells);
      expect(header).toEqual([
        'section',
        'uri',
        'label',
        'language',
        'covered',
        'points',
        'units',
        'outcomes',
        'year',
      ]);
      const skillRows = rows.filter((r) => !['industry-4.0-area', 'source'].includes(r[0]));
      // ESCO's attribution goes with its labels.
      expect(rows.at(-1)?.slice(0, 3)).toEqual(['source', '', report.source]);
      expect(skillRows).toHaveLength(report.skills.length);
      for (const skill of report.skills) {
        const row = skillRows.find((r) => r[1] === skill.uri);
        expect(row?.[0]).toBe(skill.relation);
        expect(row?.[4]).toBe(skill.covered ? 'yes' : 'no');
        expect(Number(row?.[5])).toBe(skill.points);
      }
      const areaTotals = rows.filter((r) => r[0] === 'industry-4.0-area' && r[8] === '');
      expect(areaTotals.map((r) => [r[2], Number(r[5])])).toEqual(
        report.areas.map((a) => [a.area, a.points]),
      );
    });

    it('is the last section of the curriculum PDF, with the same figures and gaps', async () => {
      const report = await coverage(author, draft.id, '?lang=en');
      const pdf = await author
        .get(`${api}/curricula/${draft.id}/export/pdf?lang=en`)
        .buffer(true)
        .parse(asBytes)
        .expect(200);
      const { doc } = await parsePdfs({ doc: pdf.body as Buffer });
      const en = labelsFor('en');
      expect(doc.outline.at(-1)?.title).toBe(`5  ${en.coverage}`);
      // Words, not layout: line breaks of the table cells and paragraphs become spaces.
      const text = doc.pages.join(' ').replace(/\s+/g, ' ');
      const format = new PdfFormat('en');
      expect(text).toContain(
        en.coverageSummary(
          String(report.essential.covered),
          String(report.essential.total),
          format.share(report.essential.percent / 100),
          format.share(report.essential.pointsShare / 100),
        ),
      );
      for (const gap of report.skills.filter((s) => report.gaps.includes(s.uri)))
        expect(text).toContain(`${gap.label.text} — (${en.gap})`);
      expect(text).toContain(en.escoSource(report.source));
    });

    it('of a published version: for anyone, computed once (the same ETag)', async () => {
      const published = await publishContent(t, smartFactoryOperatorCurriculum, school);
      const anonymous = client(t.server);
      const first = await anonymous.get(`${api}/curricula/${published.id}/coverage`).expect(200);
      const second = await anonymous.get(`${api}/curricula/${published.id}/coverage`).expect(200);
      expect(second.headers['etag']).toBe(first.headers['etag']);
      expect((first.body as CurriculumCoverage).publishedVersion).toBe(1);
      expect((first.body as CurriculumCoverage).occupation?.label.text).toBe(
        'industrial robot controller',
      );
      // The working copy of another school's draft stays hidden.
      await anonymous.get(`${api}/curricula/${draft.id}/coverage`).expect(404);
      await anonymous.get(`${api}/curricula/${draft.id}/coverage?format=xml`).expect(400);
    });
  });

  describe('the inventory of an institution or a network', () => {
    it('puts the published curricula of a network together against occupations, drafts left out', async () => {
      const partner = await createInstitution(t, 'school');
      await link(t, partner, association);
      const cnc = await publishContent(t, cncMachiningCurriculum, partner);
      const inventory = (
        await reviewer.get(`${api}/coverage?partnership=${association}`).expect(200)
      ).body as CoverageInventory;
      expect(inventory.scope).toEqual({ partnership: association });
      const codes = inventory.curricula.map((c) => c.id);
      expect(codes).toContain(cnc.id);
      expect(codes).not.toContain(draft.id);
      const occupation = inventory.occupations.find((o) => o.uri === CNC);
      expect(occupation?.essential.total).toBe(essentialOfCnc.size);
      expect(occupation?.gaps.length).toBe(
        [...essentialOfCnc].filter((uri) => !linkedInCnc.has(uri)).length,
      );
      const program = occupation?.skills.find((s) => s.uri === PROGRAM_CNC);
      expect(program?.curricula).toContain(cnc.id);

      const one = (
        await author
          .get(`${api}/coverage?institution=${partner}&occupations=${encodeURIComponent(CNC)}`)
          .expect(200)
      ).body as CoverageInventory;
      expect(one.curricula.map((c) => c.id)).toEqual([cnc.id]);
      expect(one.occupations.map((o) => o.uri)).toEqual([CNC]);

      const csv = await author
        .get(`${api}/coverage?institution=${partner}&format=csv`)
        .buffer(true)
        .parse(asBytes)
        .expect(200);
      const records = parseCsv((csv.body as Buffer).toString('utf8').slice(1)).records;
      // The header, a row per occupation and skill, and ESCO's attribution.
      expect(records.length - 2).toBe(one.occupations.reduce((sum, o) => sum + o.skills.length, 0));
      expect(records.at(-1)?.cells.slice(0, 2)).toEqual(['source', one.source]);
    });

    it('answers 400 without a scope or with both, 404 for an unknown institution or occupation', async () => {
      await author.get(`${api}/coverage`).expect(400);
      await author
        .get(`${api}/coverage?institution=${school}&partnership=${association}`)
        .expect(400);
      await author
        .get(`${api}/coverage?institution=8b5c1f8e-0000-4000-8000-000000000000`)
        .expect(404);
      await author
        .get(
          `${api}/coverage?institution=${school}&occupations=${encodeURIComponent('http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000000')}`,
        )
        .expect(404);
      await author.get(`${api}/coverage?institution=${school}&occupations=nope`).expect(400);
      await client(t.server).get(`${api}/coverage?institution=${school}`).expect(401);
    });
  });

  describe('review threads on a skill gap', () => {
    it('lets the reviewer comment on a gap, and refuses unknown skills and rewordings', async () => {
      const id = await storeContent(t, cncMachiningCurriculum, school);
      await author.post(`${api}/curricula/${id}/submit`).send({}).expect(200);
      const report = await coverage(reviewer, id);
      const gap = report.gaps[0];
      const uuid = gap.slice(ESCO_SKILL_BASE.length);
      const comment = (
        await reviewer
          .post(`${api}/curricula/${id}/reviews`)
          .send({
            targetType: 'esco-skill',
            targetId: uuid,
            verdict: 'suggest-change',
            text: 'Measuring with precision instruments belongs in year 1.',
          })
          .expect(201)
      ).body as ReviewComment;
      expect(comment).toMatchObject({ targetType: 'esco-skill', targetId: uuid, status: 'open' });
      const threads = (await author.get(`${api}/curricula/${id}/reviews`).expect(200))
        .body as ReviewComment[];
      expect(threads.map((c) => c.targetId)).toContain(uuid);
      await reviewer
        .post(`${api}/curricula/${id}/reviews`)
        .send({
          targetType: 'esco-skill',
          targetId: '00000000-0000-4000-8000-000000000000',
          verdict: 'disagree',
          text: 'No such skill.',
        })
        .expect(400);
      const reworded = await reviewer
        .post(`${api}/curricula/${id}/reviews`)
        .send({
          targetType: 'esco-skill',
          targetId: uuid,
          verdict: 'suggest-change',
          text: 'A text for a skill?',
          proposedText: { de: 'x' },
        })
        .expect(400);
      expect(reworded.body.errors[0].path).toBe('proposedText');
    });
  });
});
