import {
  textVersion,
  translationProgress,
  translationStatus,
  TRANSLATION_STATES,
  type Curriculum,
  type FieldError,
  type TextTranslations,
  type TranslationOverview,
  type TranslationRecord,
  type TranslationState,
  type XliffImportResult,
  msg,
} from '@curriculum-builder/curriculum';
import type { TranslateTextDto } from '@curriculum-builder/curriculum/dto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Caller } from '../../common/caller';
import { nowIso } from '../../common/clock';
import {
  ForbiddenError,
  ImportRejectedError,
  InvalidInputError,
  NotFoundError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import {
  CurriculaRepository,
  CurriculaService,
  requireEditable,
  requireVisible,
  touchCurriculum,
  TranslationLedger,
  WORKING_COPY_ACCESS,
} from '../curricula';
import { maxLengthOf, writeTexts, type TextWrite } from './text-writer';
import { readXliff, writeXliff, XliffError, type XliffUnit } from './xliff';

/** Which texts an overview or an export holds: one language, some states. */
export interface TranslationFilter {
  readonly language?: string;
  readonly states?: readonly TranslationState[];
}

/** A text's readable place, for translators' notes: "Unit CNC-01 · outcome 2 · text". */
function placeOf(text: TextTranslations, tree: Curriculum): string {
  const outcome = /^units\[(\d+)\]\.outcomes\[(\d+)\]/.exec(text.path);
  const where =
    text.owner === 'outcome' && outcome !== null
      ? `Unit ${text.unitCode} · outcome ${Number(outcome[2]) + 1}`
      : text.owner === 'unit'
        ? `Unit ${text.unitCode}`
        : text.owner === 'wbl'
          ? `Work-based learning period ${Number(/\[(\d+)\]/.exec(text.path)?.[1] ?? 0) + 1}`
          : text.owner === 'curriculum'
            ? `Curriculum ${tree.code}`
            : text.path.replace(/\.title$/, '');
  return `${where} · ${text.field}`;
}

/** The file of an XLIFF document a text goes in: the curriculum's own, or its unit's or period's. */
function fileOf(text: TextTranslations, tree: Curriculum): string {
  const unit = /^units\[(\d+)\]/.exec(text.path)?.[1];
  if (unit !== undefined) return `unit.${tree.units[Number(unit)].id}`;
  if (text.owner === 'wbl') return `wbl.${text.key.split('.')[1]}`;
  return 'curriculum';
}

/**
 * The translation workflow of a working copy (ADR 0025): its texts with the state of each
 * translation, a translation written or confirmed, and XLIFF 2.0 out and in for translators.
 */
@Injectable()
export class TranslationsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CurriculaRepository,
    private readonly curricula: CurriculaService,
    private readonly ledger: TranslationLedger,
    private readonly audit: AuditService,
  ) {}

  /** The texts and progress of the working copy, for its authors, reviewers and admins. */
  overview(
    caller: Caller,
    id: string,
    filter: TranslationFilter = {},
  ): Promise<TranslationOverview> {
    return this.unitOfWork.read(async (em) => {
      const tree = await this.workingCopy(em, caller, id);
      const texts = translationStatus(tree);
      const language = this.checkedLanguage(tree, filter.language);
      const states = new Set(filter.states ?? TRANSLATION_STATES);
      return {
        curriculumId: tree.id,
        version: tree.version,
        primaryLanguage: tree.primaryLanguage,
        languages: tree.languages,
        progress: translationProgress(tree, texts),
        texts: texts.filter((text) =>
          Object.entries(text.targets).some(
            ([l, target]) => (language === null || l === language) && states.has(target.state),
          ),
        ),
      };
    });
  }

  /**
   * The translation of text `key` into `language`, made from source version `dto.sourceVersion`
   * (409 with the text as it is when the source changed since). The same text confirms it.
   */
  translate(
    caller: Caller,
    id: string,
    key: string,
    language: string,
    dto: TranslateTextDto,
  ): Promise<TextTranslations> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, id);
      const tree = await this.curricula.tree(em, id);
      const text = translationStatus(tree).find((t) => t.key === key);
      if (text === undefined) throw new NotFoundError(msg`Text`, key);
      this.checkedTarget(tree, text, language, 'language');
      if (dto.sourceVersion !== text.sourceVersion) throw new VersionConflictError(msg`text`, text);
      const limit = maxLengthOf(text);
      if (dto.text.length > limit)
        throw new InvalidInputError([
          { path: 'text', message: msg`must not be longer than ${limit} characters` },
        ]);
      await this.write(
        em,
        caller,
        tree,
        [{ key, language, text: dto.text }],
        'translation.updated',
      );
      if (dto.text.trim() !== '') await this.ledger.put(em, id, [this.current(text, language)]);
      const after = await this.curricula.tree(em, id);
      return translationStatus(after).find((t) => t.key === key) as TextTranslations;
    });
  }

  /** The texts to translate into `filter.language` (required) as XLIFF 2.0, with a file name. */
  exportXliff(
    caller: Caller,
    id: string,
    filter: TranslationFilter,
  ): Promise<{ fileName: string; body: string }> {
    return this.unitOfWork.read(async (em) => {
      const tree = await this.workingCopy(em, caller, id);
      const language = this.checkedLanguage(tree, filter.language);
      if (language === null || language === tree.primaryLanguage)
        throw new InvalidInputError([
          {
            path: 'language',
            message: msg`must be one of the declared languages other than the primary one (${tree.languages.filter((l) => l !== tree.primaryLanguage).join(', ')})`,
          },
        ]);
      const states = new Set(filter.states ?? TRANSLATION_STATES);
      const files = new Map<string, XliffUnit[]>();
      for (const text of translationStatus(tree)) {
        const target = text.targets[language];
        // One source language per document: the primary one.
        if (target === undefined || text.sourceLanguage !== tree.primaryLanguage) continue;
        if (!states.has(target.state)) continue;
        const note =
          target.state === 'stale'
            ? `${placeOf(text, tree)} · needs review: translated from "${target.translatedFrom}"`
            : placeOf(text, tree);
        const file = fileOf(text, tree);
        files.set(file, [
          ...(files.get(file) ?? []),
          { key: text.key, source: text.source, target: target.text, note },
        ]);
      }
      const body = await writeXliff({
        sourceLanguage: tree.primaryLanguage,
        targetLanguage: language,
        files,
      });
      const code = tree.code.replace(/[^A-Za-z0-9._-]+/g, '-');
      return { fileName: `${code}.${tree.primaryLanguage}-${language}.xlf`, body };
    });
  }

  /**
   * The targets of an XLIFF 2.0 file as translations of the working copy, in one transaction: a
   * target made from the current source is current; one made from a source that changed since the
   * export is written but stays stale (its record names the file's source); an unchanged target
   * whose source is the current one confirms a stale translation. Units of texts deleted since,
   * empty targets and other source languages are skipped, each with why; a target over its
   * field's limit refuses the whole file (422, nothing written).
   */
  importXliff(caller: Caller, id: string, body: unknown): Promise<XliffImportResult> {
    return this.unitOfWork.write(async (em) => {
      await requireEditable(this.repository, em, caller, id);
      if (!Buffer.isBuffer(body) && typeof body !== 'string')
        throw new ImportRejectedError([
          { path: 'file', message: msg`send the XLIFF 2.0 file as application/xliff+xml` },
        ]);
      const xml = Buffer.isBuffer(body) ? body.toString('utf8') : body;
      const document = await readXliff(xml).catch((error: unknown) => {
        if (error instanceof XliffError)
          throw new ImportRejectedError([{ path: 'file', message: error.message }]);
        throw error;
      });
      const tree = await this.curricula.tree(em, id);
      const language = document.targetLanguage;
      const texts = new Map(translationStatus(tree).map((t) => [t.key, t]));
      const problems: FieldError[] = [];
      if (!tree.languages.includes(language) || language === document.sourceLanguage)
        problems.push({
          path: 'trgLang',
          message: msg`must be a declared language of the curriculum other than the source (${tree.languages.join(', ')})`,
        });
      const skipped: { key: string; reason: string }[] = [];
      const writes: TextWrite[] = [];
      const records: TranslationRecord[] = [];
      const count = { updated: 0, reviewed: 0, unchanged: 0, stale: 0 };
      for (const unit of [...document.files.values()].flat()) {
        const text = texts.get(unit.key);
        const target = text?.targets[language];
        if (text === undefined || target === undefined) {
          skipped.push({ key: unit.key, reason: 'the curriculum has no such text to translate' });
          continue;
        }
        if (text.sourceLanguage !== document.sourceLanguage) {
          skipped.push({
            key: unit.key,
            reason: `the text is translated from ${text.sourceLanguage}, not ${document.sourceLanguage}`,
          });
          continue;
        }
        if (unit.target.trim() === '') {
          skipped.push({ key: unit.key, reason: 'no translation in the file' });
          continue;
        }
        if (unit.target.length > maxLengthOf(text)) {
          problems.push({
            path: `unit ${unit.key}`,
            message: msg`the translation must not be longer than ${maxLengthOf(text)} characters`,
          });
          continue;
        }
        const fromCurrent = unit.source === text.source;
        if (unit.target === target.text) {
          if (target.state === 'stale' && fromCurrent) {
            records.push(this.current(text, language));
            count.reviewed++;
          } else count.unchanged++;
          continue;
        }
        writes.push({ key: unit.key, language, text: unit.target });
        records.push(
          fromCurrent
            ? this.current(text, language)
            : {
                ...this.current(text, language),
                sourceVersion: textVersion(unit.source),
                sourceText: unit.source,
              },
        );
        count.updated++;
        if (!fromCurrent) count.stale++;
      }
      if (problems.length > 0) throw new ImportRejectedError(problems);
      if (writes.length > 0) await this.write(em, caller, tree, writes, 'translations.imported');
      await this.ledger.put(em, id, records);
      return { language, ...count, skipped };
    });
  }

  /** The working copy, for those who may see it (404 for others, 403 for its published readers). */
  private async workingCopy(em: EntityManager, caller: Caller, id: string): Promise<Curriculum> {
    const { access } = await requireVisible(this.repository, em, caller, id);
    if (!WORKING_COPY_ACCESS.includes(access))
      throw new ForbiddenError(
        msg`The translations of a working copy are for its authors, its reviewers and administrators.`,
      );
    return this.curricula.tree(em, id);
  }

  /** `language` when declared (422 otherwise); null when not given. */
  private checkedLanguage(tree: Curriculum, language: string | undefined): string | null {
    if (language === undefined || language === '') return null;
    if (!tree.languages.includes(language))
      throw new InvalidInputError([
        {
          path: 'language',
          message: msg`must be a declared language of the curriculum (${tree.languages.join(', ')})`,
        },
      ]);
    return language;
  }

  private checkedTarget(tree: Curriculum, text: TextTranslations, language: string, path: string) {
    this.checkedLanguage(tree, language);
    if (language === text.sourceLanguage)
      throw new InvalidInputError([
        { path, message: msg`is the source language of this text; edit the source in the editor` },
      ]);
  }

  /** The record of a translation made from the text's current source. */
  private current(text: TextTranslations, language: string): TranslationRecord {
    return {
      key: text.key,
      language,
      sourceLanguage: text.sourceLanguage,
      sourceVersion: text.sourceVersion,
      sourceText: text.source,
      translatedAt: nowIso(),
    };
  }

  private async write(
    em: EntityManager,
    caller: Caller,
    tree: Curriculum,
    writes: readonly TextWrite[],
    action: string,
  ): Promise<void> {
    const { before, after } = await writeTexts(em, tree, writes);
    if (after.size === 0) return;
    await this.ledger.track(em, tree.id, before, after);
    await touchCurriculum(em, tree.id);
    await this.audit.record(em, caller, {
      curriculumId: tree.id,
      action,
      entityType: 'curriculum',
      entityId: tree.id,
      before: Object.fromEntries(before),
      after: Object.fromEntries(after),
    });
  }
}
