import {
  fullTimeMonthsOf,
  AssessmentPart,
  CaseOrigin,
  checkImportedDefaults,
  Curriculum,
  curriculumShapeProblems,
  CurriculumSummary,
  DEFAULT_THRESHOLDS,
  expectedQualificationPoints,
  INITIAL_STATUS,
  LocalizedText,
  MAX_VERSION,
  Page,
  PartialQualification,
  ProgrammeSummary,
  ProvenanceRecord,
  Unit,
  differingFacts,
  withChoiceRule,
  msg,
} from '@curriculum-builder/curriculum';
import type { CreateCurriculumDto, UpdateCurriculumDto } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, type EntityTarget } from 'typeorm';
import {
  InvalidInputError,
  InvalidStateError,
  MalformedContentError,
  ForbiddenError,
  NotFoundError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { insertChunked } from '../../infrastructure/database/insert-chunked';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { updateVersioned } from '../../infrastructure/database/versioned-update';
import {
  CachedRepresentations,
  jsonRepresentation,
  type Download,
  type Representation,
} from '../../infrastructure/web/cached-representations';
import { InstitutionEntity } from '../institutions/entities/institution.entity';
import { CurriculaRepository, CurriculumFilter } from './curricula.repository';
import { CurriculumRows, snapshotRows, toCurriculum } from './curriculum.mapper';
import { confirmGuesses, fieldsSet } from './imported-guesses';
import { unknownReferences } from './unknown-ids';
import { TranslationLedger } from './translation-ledger';
import type { Caller } from '../../common/caller';
import { AuditService } from '../audit/audit.service';
import { CurriculumVersionEntity } from './entities/curriculum-version.entity';
import { nowIso } from '../../common/clock';
import {
  assertEditable,
  requireAuthor,
  requireEditable,
  requireReadable,
  requireVisible,
  WORKING_COPY_ACCESS,
} from './curriculum-access';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

const COPY_SUFFIX: Record<string, string> = {
  en: 'copy',
  de: 'Kopie',
  lt: 'kopija',
  lv: 'kopija',
  et: 'koopia',
};

/** The primary language first, each language once. */
/**
 * The intensity and the full-time flag, kept in step: an intensity given decides both (1 is
 * full-time); `fullTime` alone means 1, or — false — the intensity so far if it is part-time, else
 * half-time.
 */
function intensityOf(
  dto: { readonly intensity?: number; readonly fullTime?: boolean },
  current: number,
): { intensity: number; fullTime: boolean } {
  let intensity = current;
  if (dto.intensity !== undefined) intensity = dto.intensity;
  else if (dto.fullTime === true) intensity = 1;
  else if (dto.fullTime === false && current >= 1) intensity = 0.5;
  return { intensity, fullTime: intensity >= 1 };
}

function normaliseLanguages(primary: string, languages: readonly string[] | undefined): string[] {
  return [...new Set([primary, ...(languages ?? [])])];
}

/**
 * The required languages: the primary one first, each once, only declared ones (a language no
 * longer declared stops being required). One the request names that is not declared is refused.
 */
function requiredLanguagesOf(
  primary: string,
  languages: readonly string[],
  requested: readonly string[] | undefined,
  current: readonly string[],
): string[] {
  const undeclared = (requested ?? []).flatMap((language, i) =>
    languages.includes(language)
      ? []
      : [{ path: `requiredLanguages[${i}]`, message: msg`${language} is not among the languages` }],
  );
  if (undeclared.length > 0) throw new InvalidInputError(undeclared);
  const required = (requested ?? current).filter((language) => languages.includes(language));
  return [...new Set([primary, ...required])];
}

/**
 * `plan` when its parts name only units and outcomes of the curriculum `id` (none for a curriculum
 * not stored yet); 400 with each stray id otherwise.
 */
async function checkedPlan(
  em: EntityManager,
  id: string,
  plan: readonly AssessmentPart[],
): Promise<AssessmentPart[]> {
  const errors = await unknownReferences(
    em,
    id,
    plan.map((part, i) => ({ ...part, at: `assessmentPlan[${i}].` })),
  );
  if (errors.length > 0) throw new InvalidInputError(errors);
  return plan.map((part) => ({ ...part, term: part.term ?? null }));
}

/**
 * Partial qualifications whose unit ids all name units of curriculum `id` (a new curriculum has
 * none yet); 400 with each stray id otherwise.
 */
async function checkedPartials(
  em: EntityManager,
  id: string,
  partials: readonly PartialQualification[],
): Promise<PartialQualification[]> {
  const errors = await unknownReferences(
    em,
    id,
    partials.map((partial, i) => ({
      ...partial,
      outcomeIds: [],
      at: `partialQualifications[${i}].`,
    })),
  );
  if (errors.length > 0) throw new InvalidInputError(errors);
  return partials.map(({ code, title, unitIds }) => ({ code: code.trim(), title, unitIds }));
}

/** A qualification code as stored: trimmed, and none when blank. */
function qualificationCodeOf(code: string | null | undefined): string | null {
  const trimmed = code?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * A published version as exports name it: its number, and the digest of its snapshot (so that
 * what is stored for it never outlives a restore that gives the number to other content).
 */
export interface PublishedVersion {
  readonly number: number;
  readonly digest: string;
}

function publishedVersion(read: {
  number: number;
  representation: Representation;
}): PublishedVersion {
  return { number: read.number, digest: read.representation.etag.replace(/"/g, '') };
}

/** A curriculum as its reader may see it: the working copy, or the published version's bytes. */
export type CurriculumRead =
  | { readonly kind: 'working-copy'; readonly curriculum: Curriculum }
  | {
      readonly kind: 'published';
      readonly number: number;
      readonly representation: Representation;
    };

@Injectable()
export class CurriculaService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly audit: AuditService,
    private readonly representations: CachedRepresentations,
    private readonly translations: TranslationLedger,
  ) {}

  /** Only what the caller may see: working copies of its own (or submitted) curricula, else published versions. */
  list(caller: Caller | null, filter: CurriculumFilter): Promise<Page<CurriculumSummary>> {
    return this.unitOfWork.read((em) => this.repository.findPage(em, caller, filter));
  }

  /**
   * What `GET /curricula/:id` answers: the working copy for its authors, reviewers and admins; for
   * everyone else the latest published version, as cached bytes (published versions are immutable).
   */
  read(caller: Caller | null, id: string): Promise<CurriculumRead> {
    return this.unitOfWork.read(async (em) => {
      const { curriculum, access } = await requireReadable(this.repository, em, caller, id);
      if (WORKING_COPY_ACCESS.includes(access)) {
        return { kind: 'working-copy', curriculum: await this.tree(em, id) };
      }
      const number = curriculum.publishedVersion ?? 0;
      return {
        kind: 'published',
        number,
        representation: await this.publishedJson(em, id, number),
      };
    });
  }

  /**
   * An export (PDF, ELM, CASE, CSV …) of what the caller may read: `produce` makes it from the
   * curriculum (`published`: its version, null for the working copy). The working copy is
   * produced on every request; a published version once per `variant` (format and language), then
   * served from memory, and concurrent requests for it share one production.
   */
  async exportOf(
    caller: Caller | null,
    id: string,
    variant: string,
    produce: (curriculum: Curriculum, published: PublishedVersion | null) => Promise<Download>,
  ): Promise<Download> {
    const read = await this.read(caller, id);
    if (read.kind === 'working-copy') return produce(read.curriculum, null);
    return this.representations.get(`${id}/${read.number}/${variant}`, () =>
      produce(
        JSON.parse(read.representation.body.toString('utf8')) as Curriculum,
        publishedVersion(read),
      ),
    );
  }

  /** What the caller may read, with its published version number (null: the working copy). */
  async readableVersion(
    caller: Caller | null,
    id: string,
  ): Promise<{ curriculum: Curriculum; published: PublishedVersion | null }> {
    const read = await this.read(caller, id);
    return read.kind === 'working-copy'
      ? { curriculum: read.curriculum, published: null }
      : {
          curriculum: JSON.parse(read.representation.body.toString('utf8')) as Curriculum,
          published: publishedVersion(read),
        };
  }

  /**
   * What an export job renders (ADR 0032), read without a caller — the caller was checked when
   * the job was asked for: the published version `published`, or the working copy as it is now;
   * with its institution. 422 when the stored tree is malformed, so that no renderer meets a list
   * for an object.
   */
  exportSource(
    id: string,
    published: number | null,
  ): Promise<{ curriculum: Curriculum; institution: InstitutionEntity | null }> {
    return this.unitOfWork.read(async (em) => {
      const curriculum =
        published === null
          ? await this.tree(em, id)
          : await this.publishedSnapshot(em, id, published);
      const problems = curriculumShapeProblems(curriculum);
      if (problems.length > 0) throw new MalformedContentError('curriculum', problems);
      return {
        curriculum,
        institution: await em.findOneBy(InstitutionEntity, { id: curriculum.institutionId }),
      };
    });
  }

  /**
   * The other programmes of the qualification curriculum `id` delivers (the same qualification
   * code at its institution), as far as the caller may read them — the working copy or the
   * published version, as `GET /curricula/:id` answers — each with the qualification facts in
   * which it differs (ADR 0021). None without a qualification code.
   */
  async programmes(caller: Caller | null, id: string): Promise<ProgrammeSummary[]> {
    return this.programmesOf(caller, await this.readable(caller, id));
  }

  /** `programmes` of a curriculum the caller has read already (as `GET /curricula/:id` answers). */
  async programmesOf(caller: Caller | null, mine: Curriculum): Promise<ProgrammeSummary[]> {
    const id = mine.id;
    const qualificationCode = mine.qualificationCode ?? null;
    if (qualificationCode === null) return [];
    const siblings = await this.unitOfWork.read((em) =>
      em.find(CurriculumEntity, {
        where: { institutionId: mine.institutionId, qualificationCode },
        select: { id: true },
        order: { code: 'ASC' },
      }),
    );
    const programmes: ProgrammeSummary[] = [];
    for (const { id: other } of siblings) {
      if (other === id) continue;
      const c = await this.readable(caller, other).catch((error: unknown) => {
        if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
        throw error;
      });
      if (c === null) continue;
      programmes.push({
        id: c.id,
        code: c.code,
        title: c.title,
        status: c.status,
        programmeForm: c.programmeForm,
        intensity: c.intensity,
        durationMonths: c.durationMonths,
        referenceDurationMonths: c.referenceDurationMonths,
        ecvetPoints: c.ecvetPoints,
        eqfLevel: c.eqfLevel,
        nqfLevel: c.nqfLevel,
        iscedFCode: c.iscedFCode,
        occupation: c.occupation,
        differences: differingFacts(mine, c),
      });
    }
    return programmes;
  }

  /** The curriculum as `GET /curricula/:id` shows it to the caller (working copy or published). */
  private async readable(caller: Caller | null, id: string): Promise<Curriculum> {
    return (await this.readableVersion(caller, id)).curriculum;
  }

  /** The country of an institution (the rules check the NQF level against its framework). */
  async institutionCountry(institutionId: string, em?: EntityManager): Promise<string | null> {
    const find = (m: EntityManager) => m.findOneBy(InstitutionEntity, { id: institutionId });
    const institution = em === undefined ? await this.unitOfWork.read(find) : await find(em);
    return institution?.country ?? null;
  }

  /**
   * Something computed from published versions only (a validation report, a diff between two
   * versions) as JSON bytes: computed once, then served from the cache like the tree itself, so
   * that anonymous readers cannot make the server recompute it per request.
   */
  derivedOfPublished(key: string, compute: () => Promise<unknown>): Promise<Representation> {
    return this.renderedOfPublished(key, async () => jsonRepresentation(await compute()));
  }

  /** Like `derivedOfPublished`, for bytes rendered in hand (a CSV report). */
  renderedOfPublished<T extends Representation>(key: string, render: () => Promise<T>): Promise<T> {
    return this.representations.get(`derived/${key}`, render);
  }

  /** A published version as JSON bytes, from the cache (filled from the stored snapshot). */
  publishedJson(em: EntityManager, id: string, number: number): Promise<Representation> {
    return this.representations.get(`${id}/${number}/json`, async () =>
      jsonRepresentation(await this.publishedSnapshot(em, id, number)),
    );
  }

  /** The working copy for its authors, reviewers and admins; the latest published version for others. */
  get(caller: Caller | null, id: string): Promise<Curriculum> {
    return this.unitOfWork.read(async (em) => {
      const { curriculum, access } = await requireVisible(this.repository, em, caller, id);
      if (WORKING_COPY_ACCESS.includes(access)) return this.tree(em, id);
      return this.publishedSnapshot(em, id, curriculum.publishedVersion ?? 0);
    });
  }

  async publishedSnapshot(em: EntityManager, id: string, number: number): Promise<Curriculum> {
    // Versions count from 1 to MAX_VERSION (PostgreSQL refuses to compare its int column with more).
    const version =
      number < 1 || number > MAX_VERSION
        ? null
        : await em.findOneBy(CurriculumVersionEntity, { curriculumId: id, number });
    if (version === null) throw new NotFoundError(msg`Curriculum version`, `${id}/${number}`);
    return version.snapshot;
  }

  /** The tree as it is in this unit of work; 404 when there is none. */
  async tree(em: EntityManager, id: string): Promise<Curriculum> {
    const rows = await this.repository.findTree(em, id);
    if (rows === null) throw new NotFoundError(msg`Curriculum`, id);
    return toCurriculum(rows);
  }

  create(caller: Caller, dto: CreateCurriculumDto): Promise<Curriculum> {
    const institutionId = caller.institutionId as string;
    return this.unitOfWork.write(async (em) => {
      const thresholds = { ...DEFAULT_THRESHOLDS, ...dto.thresholds };
      const delivery = intensityOf(dto, 1);
      // The reference full-time duration: given, else what the delivered duration amounts to.
      const reference =
        dto.referenceDurationMonths ?? fullTimeMonthsOf(dto.durationMonths, delivery.intensity);
      const now = nowIso();
      const languages = normaliseLanguages(dto.primaryLanguage, dto.languages);
      const id = randomUUID();
      const curriculum = em.create(CurriculumEntity, {
        id,
        institutionId,
        code: dto.code.trim(),
        qualificationCode: qualificationCodeOf(dto.qualificationCode),
        title: dto.title,
        description: dto.description ?? {},
        eqfLevel: dto.eqfLevel,
        nqfLevel: dto.nqfLevel ?? null,
        iscedFCode: dto.iscedFCode ?? '',
        occupation: dto.occupation ?? null,
        durationMonths: dto.durationMonths,
        referenceDurationMonths: reference,
        programmeForm: dto.programmeForm ?? 'school-based',
        ...delivery,
        ecvetPoints:
          dto.ecvetPoints ?? expectedQualificationPoints(reference, thresholds.pointsPerYear),
        primaryLanguage: dto.primaryLanguage,
        languages,
        requiredLanguages: requiredLanguagesOf(
          dto.primaryLanguage,
          languages,
          dto.requiredLanguages,
          [],
        ),
        electiveGroups: (dto.electiveGroups ?? []).map(withChoiceRule),
        // A new curriculum has no units yet: its parts can name none.
        assessmentPlan: await checkedPlan(em, id, dto.assessmentPlan ?? []),
        partialQualifications: await checkedPartials(em, id, dto.partialQualifications ?? []),
        thresholds,
        status: INITIAL_STATUS,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(CurriculumEntity, curriculum);
      const created = await this.tree(em, curriculum.id);
      await this.audit.record(em, caller, {
        curriculumId: curriculum.id,
        action: 'curriculum.created',
        entityType: 'curriculum',
        entityId: curriculum.id,
        after: created,
      });
      return created;
    });
  }

  update(caller: Caller, id: string, dto: UpdateCurriculumDto): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const current = await requireEditable(this.repository, em, caller, id);
      const {
        version,
        thresholds,
        languages,
        primaryLanguage,
        requiredLanguages,
        electiveGroups,
        assessmentPlan,
        partialQualifications,
        ...fields
      } = dto;
      const primary = primaryLanguage ?? current.primaryLanguage;
      const declared = normaliseLanguages(primary, languages ?? current.languages);
      const changes: Partial<CurriculumEntity> = {
        ...fields,
        ...(electiveGroups !== undefined && { electiveGroups: electiveGroups.map(withChoiceRule) }),
        ...(assessmentPlan !== undefined && {
          assessmentPlan: await checkedPlan(em, id, assessmentPlan),
        }),
        ...(partialQualifications !== undefined && {
          partialQualifications: await checkedPartials(em, id, partialQualifications),
        }),
        ...((fields.intensity !== undefined || fields.fullTime !== undefined) &&
          intensityOf(fields, current.intensity)),
        ...(fields.code !== undefined && { code: fields.code.trim() }),
        ...(fields.qualificationCode !== undefined && {
          qualificationCode: qualificationCodeOf(fields.qualificationCode),
        }),
        ...(thresholds !== undefined && { thresholds: { ...current.thresholds, ...thresholds } }),
        ...((languages !== undefined || primaryLanguage !== undefined) && {
          primaryLanguage: primary,
          languages: declared,
        }),
        ...((languages !== undefined ||
          primaryLanguage !== undefined ||
          requiredLanguages !== undefined) && {
          requiredLanguages: requiredLanguagesOf(
            primary,
            declared,
            requiredLanguages,
            current.requiredLanguages,
          ),
        }),
        updatedAt: nowIso(),
      };
      if (!(await updateVersioned(em, CurriculumEntity, id, version, changes))) {
        throw new VersionConflictError(msg`curriculum`, await this.tree(em, id));
      }
      await confirmGuesses(em, CurriculumEntity, id, current.caseOrigin, fieldsSet(changes));
      const after = await this.tree(em, id);
      const before = Object.fromEntries(
        Object.keys(changes).map((key) => [key, current[key as keyof CurriculumEntity]]),
      );
      const changed = Object.fromEntries(
        Object.keys(changes).map((key) => [key, after[key as keyof Curriculum]]),
      );
      await this.translations.trackPart(em, id, 'curriculum', before, changed);
      await this.audit.record(em, caller, {
        curriculumId: id,
        action: 'curriculum.updated',
        entityType: 'curriculum',
        entityId: id,
        before,
        after: changed,
      });
      return after;
    });
  }

  /**
   * An author confirms the values an import guessed (IMPORT-DEFAULT) as they are: none of them is a
   * guess any longer, and the ELM export states them. Answers the tree.
   */
  confirmImportedValues(caller: Caller, id: string, version: number): Promise<Curriculum> {
    return this.unitOfWork.write(async (em) => {
      const current = await requireEditable(this.repository, em, caller, id);
      if (current.version !== version)
        throw new VersionConflictError(msg`curriculum`, await this.tree(em, id));
      const before = await this.tree(em, id);
      const guesses = checkImportedDefaults(before).map((f) => f.path);
      const confirm = async <E extends { caseOrigin: CaseOrigin | null }>(
        entity: EntityTarget<E>,
        records: readonly { id: string; case?: CaseOrigin | null }[],
      ) => {
        for (const record of records)
          if (record.case?.defaults !== undefined)
            await confirmGuesses(em, entity, record.id, record.case, record.case.defaults);
      };
      await confirm(CurriculumEntity, [before]);
      await confirm(UnitEntity, before.units);
      await confirm(
        LearningOutcomeEntity,
        before.units.flatMap((unit) => unit.outcomes),
      );
      await em.update(
        CurriculumEntity,
        { id },
        { version: current.version + 1, updatedAt: nowIso() },
      );
      await this.audit.record(em, caller, {
        curriculumId: id,
        action: 'curriculum.imported-values-confirmed',
        entityType: 'curriculum',
        entityId: id,
        before: { guesses },
        after: { guesses: [] },
      });
      return this.tree(em, id);
    });
  }

  /** Deletes a curriculum that has never been published, with everything in it. */
  remove(caller: Caller, id: string, version: number): Promise<void> {
    return this.unitOfWork.write(async (em) => {
      const current = await requireAuthor(this.repository, em, caller, id);
      if (current.publishedVersion !== null) {
        throw new InvalidStateError(
          msg`A curriculum with published versions cannot be deleted; archive it instead.`,
        );
      }
      assertEditable(current);
      if (current.version !== version) {
        throw new VersionConflictError(msg`curriculum`, await this.tree(em, id));
      }
      const before = await this.tree(em, id);
      // Units, outcomes and WBL periods go with it (ON DELETE CASCADE).
      await em.delete(CurriculumEntity, { id, version });
      await this.audit.record(em, caller, {
        curriculumId: id,
        action: 'curriculum.deleted',
        entityType: 'curriculum',
        entityId: id,
        before,
      });
    });
  }

  /**
   * A new draft copy in the caller's institution with new ids everywhere, references between its
   * parts kept. The working copy for those who see it; another institution's published version.
   */
  duplicate(caller: Caller, id: string): Promise<{ id: string }> {
    return this.unitOfWork.write(async (em) => {
      const { curriculum, access } = await requireVisible(this.repository, em, caller, id);
      const working = WORKING_COPY_ACCESS.includes(access);
      const original = working
        ? await this.tree(em, id)
        : await this.publishedSnapshot(em, id, curriculum.publishedVersion ?? 0);
      const rows = working ? await this.repository.findTree(em, id) : snapshotRows(original);
      if (rows === null) throw new NotFoundError(msg`Curriculum`, id);
      const { id: copyId } = await this.insertCopy(em, caller, original, rows, {
        from: id,
        publishedVersion: working ? null : curriculum.publishedVersion,
      });
      return { id: copyId };
    });
  }

  /**
   * A new draft copy of a published curriculum as a shared library's version holds it (ADR 0029),
   * in the caller's institution (an author's: `library.adopt`), each unit with the provenance
   * `provenanceOf` gives it (from the original's unit and the copy's outcome ids → the
   * original's). The copy's id and its units' ids.
   */
  async copyFromLibrary(
    em: EntityManager,
    caller: Caller,
    original: Curriculum,
    provenanceOf: (unit: Unit, outcomeSources: Record<string, string>) => ProvenanceRecord,
    from: Record<string, unknown>,
  ): Promise<{ id: string; unitIds: string[] }> {
    return this.insertCopy(em, caller, original, snapshotRows(original), from, provenanceOf);
  }

  /** Inserts a copy of `rows` (of `original`) as a new draft of the caller's institution. */
  private async insertCopy(
    em: EntityManager,
    caller: Caller,
    original: Curriculum,
    rows: CurriculumRows,
    from: Record<string, unknown>,
    provenanceOf?: (unit: Unit, outcomeSources: Record<string, string>) => ProvenanceRecord,
  ): Promise<{ id: string; unitIds: string[] }> {
    const copy = copyRows(rows, caller.institutionId as string);
    if (provenanceOf !== undefined)
      original.units.forEach((unit, i) => {
        copy.units[i].provenance = provenanceOf(
          unit,
          Object.fromEntries(unit.outcomes.map((o) => [copy.newId(o.id) as string, o.id])),
        );
      });
    await em.insert(CurriculumEntity, copy.curriculum);
    await insertChunked(em, UnitEntity, copy.units);
    await insertChunked(em, LearningOutcomeEntity, copy.outcomes);
    await insertChunked(em, WorkBasedLearningEntity, copy.workBasedLearning);
    // Translations that needed review still do in the copy (ADR 0025).
    await this.translations.copyStale(
      em,
      copy.curriculum.id,
      original.staleTranslations ?? [],
      await this.tree(em, copy.curriculum.id),
      copy.newId,
    );
    await this.audit.record(em, caller, {
      curriculumId: copy.curriculum.id,
      action: 'curriculum.duplicated',
      entityType: 'curriculum',
      entityId: copy.curriculum.id,
      after: from,
    });
    return { id: copy.curriculum.id, unitIds: copy.units.map((unit) => unit.id) };
  }
}

function copyTitle(title: LocalizedText): LocalizedText {
  return Object.fromEntries(
    Object.entries(title).map(([language, text]) => [
      language,
      text === '' ? text : `${text} (${COPY_SUFFIX[language] ?? 'copy'})`,
    ]),
  );
}

function copyRows(rows: CurriculumRows, institutionId: string) {
  const ids = new Map<string, string>();
  const newId = (old: string) => {
    const id = ids.get(old) ?? randomUUID();
    ids.set(old, id);
    return id;
  };
  const mapIds = (list: readonly string[]) => list.filter((id) => ids.has(id)).map(newId);
  const now = nowIso();
  // A copy is a new framework: no CASE identity of the original goes with it.
  const noCase = { caseIdentifier: null, caseOrigin: null };
  // Assign new ids to every unit and outcome first, so that references can be mapped.
  rows.units.forEach((u) => newId(u.id));
  rows.outcomes.forEach((o) => newId(o.id));
  const curriculum: CurriculumEntity = {
    ...rows.curriculum,
    ...noCase,
    id: randomUUID(),
    institutionId,
    title: copyTitle(rows.curriculum.title),
    status: INITIAL_STATUS,
    version: 1,
    publishedVersion: null,
    createdAt: now,
    updatedAt: now,
    assessmentPlan: rows.curriculum.assessmentPlan.map((part) => ({
      ...part,
      unitIds: mapIds(part.unitIds),
      outcomeIds: mapIds(part.outcomeIds),
    })),
    partialQualifications: (rows.curriculum.partialQualifications ?? []).map((partial) => ({
      ...partial,
      unitIds: mapIds(partial.unitIds),
    })),
  };
  return {
    /** The copy's id of a unit, outcome or period of the original. */
    newId: (old: string) => ids.get(old),
    curriculum,
    units: rows.units.map((u) => ({
      ...u,
      ...noCase,
      id: newId(u.id),
      curriculumId: curriculum.id,
      prerequisites: mapIds(u.prerequisites),
      version: 1,
    })),
    outcomes: rows.outcomes.map((o) => ({
      ...o,
      ...noCase,
      id: newId(o.id),
      unitId: newId(o.unitId),
      curriculumId: curriculum.id,
      version: 1,
    })),
    workBasedLearning: rows.workBasedLearning.map((w) => ({
      ...w,
      id: newId(w.id),
      curriculumId: curriculum.id,
      unitIds: mapIds(w.unitIds),
      outcomeIds: mapIds(w.outcomeIds),
      version: 1,
    })),
  };
}
