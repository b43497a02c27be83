import {
  allSkillsOf,
  ESCO_SOURCE,
  curriculumCoverage,
  escoLabelIn,
  msg,
  type CoverageInventory,
  type Curriculum,
  type CurriculumCoverage,
  type InventoryOccupation,
} from '@curriculum-builder/curriculum';
import type { CoverageInventoryQuery } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { In, Not, IsNull } from 'typeorm';
import type { Caller } from '../../common/caller';
import { writeCsv } from '../../common/csv-format';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import {
  download,
  jsonRepresentation,
  type Representation,
} from '../../infrastructure/web/cached-representations';
import { CurriculaService, CurriculumEntity, CurriculumVersionEntity } from '../curricula';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { networkOf } from '../institutions/network';
import { EscoCatalogueService } from './esco-catalogue.service';

const CSV_TYPE = 'text/csv; charset=utf-8';
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * Skills coverage (issue #20, ADR 0028): a curriculum against its target occupation's ESCO skills
 * and the Industry 4.0 areas, and the published curricula of an institution or a network against
 * a list of occupations.
 */
@Injectable()
export class CoverageService {
  constructor(
    private readonly curricula: CurriculaService,
    private readonly esco: EscoCatalogueService,
    private readonly uow: UnitOfWork,
  ) {}

  /**
   * The report of what the caller may read (the working copy, or the latest published version,
   * as `GET /curricula/:id` answers), as JSON or CSV bytes; a published version's is computed once
   * per language and format, then served from the cache.
   */
  async representation(
    caller: Caller | null,
    id: string,
    query: { lang?: string; format?: 'json' | 'csv' },
  ): Promise<Representation> {
    const read = await this.curricula.read(caller, id);
    const format = query.format ?? 'json';
    const render = async (curriculum: Curriculum, published: number | null) => {
      const report = await this.of(curriculum, published, query.lang);
      return format === 'csv'
        ? download(
            Buffer.from(coverageCsv(report), 'utf8'),
            CSV_TYPE,
            `${curriculum.code}-coverage.csv`,
          )
        : jsonRepresentation(report);
    };
    if (read.kind === 'working-copy') return render(read.curriculum, null);
    const lang = query.lang ?? '';
    return this.curricula.renderedOfPublished(
      `${id}/${read.number}/coverage/${lang}/${format}`,
      async () =>
        render(JSON.parse(read.representation.body.toString('utf8')) as Curriculum, read.number),
    );
  }

  /** The report of a curriculum in hand (the PDF's section). */
  async of(
    curriculum: Curriculum,
    publishedVersion: number | null,
    lang?: string,
  ): Promise<CurriculumCoverage> {
    const language = lang ?? curriculum.primaryLanguage;
    const occupation =
      curriculum.occupation === null
        ? null
        : await this.esco.occupation(curriculum.occupation.uri, language);
    return curriculumCoverage(curriculum, {
      occupation:
        curriculum.occupation === null
          ? null
          : {
              uri: curriculum.occupation.uri,
              label:
                occupation?.label ??
                escoLabelIn(curriculum.occupation.label, language, curriculum.occupation.uri),
            },
      occupationSkills: occupation?.skills ?? [],
      describe: await this.esco.describer(language),
      language,
      publishedVersion,
      source: ESCO_SOURCE,
    });
  }

  /**
   * The inventory: the published curricula of an institution or a network together against the
   * occupations asked for (by default their own target occupations), as JSON or CSV.
   */
  async inventory(query: CoverageInventoryQuery): Promise<Representation> {
    const language = query.lang ?? 'en';
    const scope = await this.scope(query);
    const published = await this.uow.read(async (em) => {
      const rows = await em.find(CurriculumEntity, {
        // A reopened curriculum's published version is still what learners follow.
        where: {
          institutionId: In(scope.institutions),
          status: Not('archived'),
          publishedVersion: Not(IsNull()),
        },
        order: { code: 'ASC' },
      });
      if (rows.length === 0) return [];
      // One query for every curriculum's published version.
      const versions = await em.find(CurriculumVersionEntity, {
        where: rows.map((row) => ({ curriculumId: row.id, number: row.publishedVersion ?? 0 })),
      });
      const snapshotOf = new Map(versions.map((v) => [v.curriculumId, v.snapshot]));
      return rows.flatMap((row) => snapshotOf.get(row.id) ?? []);
    });
    const linked = new Map(
      published.map((c) => [
        c.id,
        new Set(c.units.flatMap((unit) => allSkillsOf(unit).map((skill) => skill.uri))),
      ]),
    );
    const wanted = query.occupations ?? [
      ...new Set(published.flatMap((c) => (c.occupation === null ? [] : [c.occupation.uri]))),
    ];
    const occupations: InventoryOccupation[] = [];
    for (const uri of wanted) {
      const occupation = await this.esco.occupation(uri, language);
      if (occupation === null) throw new NotFoundError(msg`ESCO occupation`, uri);
      const skills = occupation.skills
        .map((skill) => ({
          uri: skill.uri,
          label: skill.label,
          relation: skill.relation,
          curricula: published.filter((c) => linked.get(c.id)?.has(skill.uri)).map((c) => c.id),
        }))
        .filter((skill) => skill.relation === 'essential' || skill.curricula.length > 0);
      const essential = skills.filter((skill) => skill.relation === 'essential');
      const covered = essential.filter((skill) => skill.curricula.length > 0).length;
      occupations.push({
        uri,
        label: occupation.label,
        essential: {
          total: essential.length,
          covered,
          percent:
            essential.length === 0 ? 0 : Math.round((covered / essential.length) * 1000) / 10,
        },
        skills,
        gaps: essential.filter((skill) => skill.curricula.length === 0).map((skill) => skill.uri),
      });
    }
    const report: CoverageInventory = {
      scope: scope.scope,
      curricula: published.map((c) => ({
        id: c.id,
        code: c.code,
        title: c.title,
        institutionId: c.institutionId,
        publishedVersion: c.publishedVersion ?? 0,
        occupation: c.occupation?.uri ?? null,
        skills: linked.get(c.id)?.size ?? 0,
      })),
      occupations,
      source: ESCO_SOURCE,
    };
    return query.format === 'csv'
      ? download(Buffer.from(inventoryCsv(report), 'utf8'), CSV_TYPE, 'coverage-inventory.csv')
      : jsonRepresentation(report);
  }

  /** The institutions an inventory is about: one, or a network (400/404 otherwise). */
  private async scope(query: CoverageInventoryQuery) {
    const id = query.institution ?? query.partnership;
    if (id === undefined || (query.institution !== undefined && query.partnership !== undefined)) {
      throw new InvalidInputError([
        { path: 'institution', message: msg`give either institution or partnership` },
      ]);
    }
    return this.uow.read(async (em) => {
      const institution = await em.findOneBy(InstitutionEntity, { id });
      if (institution === null) throw new NotFoundError(msg`Institution`, id);
      if (query.institution !== undefined)
        return { scope: { institution: id }, institutions: [id] };
      return { scope: { partnership: id }, institutions: await networkOf(em, institution) };
    });
  }
}

/**
 * The report as one table: a row per skill (section: essential, optional or not-needed) with the
 * units and the number of outcomes that cover it, then a row per Industry 4.0 area and year.
 */
export function coverageCsv(report: CurriculumCoverage): string {
  const codeOf = new Map(report.units.map((unit) => [unit.id, unit.code]));
  const rows: string[][] = [
    ['section', 'uri', 'label', 'language', 'covered', 'points', 'units', 'outcomes', 'year'],
  ];
  for (const skill of report.skills) {
    rows.push([
      skill.relation,
      skill.uri,
      skill.label.text,
      skill.label.language,
      yesNo(skill.covered),
      String(skill.points),
      skill.units.map((unit) => codeOf.get(unit.unitId) ?? unit.code).join('|'),
      String(skill.units.reduce((sum, unit) => sum + unit.outcomeIds.length, 0)),
      '',
    ]);
  }
  for (const area of report.areas) {
    rows.push([
      'industry-4.0-area',
      '',
      area.area,
      '',
      yesNo(area.units > 0),
      String(area.points),
      String(area.units),
      String(area.outcomes),
      '',
    ]);
    for (const year of area.byYear)
      rows.push([
        'industry-4.0-area',
        '',
        area.area,
        '',
        yesNo(year.points > 0),
        String(year.points),
        '',
        String(year.outcomes),
        String(year.year),
      ]);
  }
  // ESCO's attribution goes wherever its labels are.
  rows.push(['source', '', report.source, '', '', '', '', '', '']);
  return writeCsv(rows);
}

/** The inventory as one table: a row per occupation and skill, with the curricula covering it. */
function inventoryCsv(report: CoverageInventory): string {
  const codeOf = new Map(report.curricula.map((c) => [c.id, c.code]));
  const rows: string[][] = [
    ['occupation', 'occupationLabel', 'skill', 'skillLabel', 'relation', 'covered', 'curricula'],
  ];
  for (const occupation of report.occupations) {
    for (const skill of occupation.skills) {
      rows.push([
        occupation.uri,
        occupation.label.text,
        skill.uri,
        skill.label.text,
        skill.relation,
        yesNo(skill.curricula.length > 0),
        skill.curricula.map((id) => codeOf.get(id) ?? id).join('|'),
      ]);
    }
  }
  rows.push(['source', report.source, '', '', '', '', '']);
  return writeCsv(rows);
}
