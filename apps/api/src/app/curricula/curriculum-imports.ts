import {
  diffCurricula,
  INITIAL_STATUS,
  isEditable,
  LIFECYCLE,
  type CurriculumContent,
  type ImportUpdatePlan,
  type CurriculumStatus,
  msg,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { EntityManager, Not } from 'typeorm';
import type { Caller } from '../../common/caller';
import {
  ImportRejectedError,
  InvalidInputError,
  InvalidStateError,
  VersionConflictError,
} from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { requireAuthor } from './curriculum-access';
import {
  insertCurriculumContent,
  replaceCurriculumRows,
  replacementRows,
  sameRowContent,
} from './curriculum-content.writer';
import { toCurriculum, type CurriculumRows } from './curriculum.mapper';
import { CurriculaRepository } from './curricula.repository';
import { curriculumTexts, TranslationLedger } from './translation-ledger';
import { CurriculumEntity } from './entities/curriculum.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The outcome of storing imported content: a new draft, or the update of a known curriculum. */
export type ImportStored =
  | { readonly id: string; readonly created: true }
  | { readonly id: string; readonly created: false; readonly update: ImportUpdatePlan };

/** Statuses in which a known curriculum is updated by an import (published: a new draft first). */
const UPDATABLE: readonly CurriculumStatus[] = ['draft', 'changes-requested', 'published'];

/**
 * Stores imported content, in one transaction with its audit entry: as a new draft of the caller's
 * institution, or — when the content names a curriculum the institution already has (its CASE
 * identity) — as the update of that curriculum's draft. Content the writer refuses (unknown
 * references, duplicate codes) is an import that cannot be taken: 422 with every problem, and
 * nothing written.
 */
@Injectable()
export class CurriculumImports {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly repository: CurriculaRepository,
    private readonly translations: TranslationLedger,
  ) {}

  async store(caller: Caller, content: CurriculumContent, format: string): Promise<string> {
    return rejectingInvalid(() =>
      this.unitOfWork.write((em) => this.insert(em, caller, content, format)),
    );
  }

  /**
   * A new draft, or the update of the curriculum of the caller's institution whose CASE identity
   * `content.case` names (reopened first when published; `expectedVersion`, when given, must still
   * be its version: the plan the teacher confirmed). 409 while it is in a review round.
   */
  storeOrUpdate(
    caller: Caller,
    content: CurriculumContent,
    format: string,
    options: {
      readonly expectedVersion?: number;
      /** Reopens a published curriculum inside this transaction (the workflow's transition). */
      readonly reopen: (em: EntityManager, curriculum: CurriculumEntity) => Promise<void>;
    },
  ): Promise<ImportStored> {
    return rejectingInvalid(() =>
      this.unitOfWork.write(async (em) => {
        const known = await this.known(em, caller, content);
        if (known === null)
          return { id: await this.insert(em, caller, content, format), created: true };
        const { current, plan, planned } = await this.plan(em, known.id, content);
        if (options.expectedVersion !== undefined && options.expectedVersion !== plan.version)
          throw new VersionConflictError(msg`curriculum`, toCurriculum(current));
        if (plan.unchanged) return { id: known.id, created: false, update: plan };
        if (plan.reopens) {
          await options.reopen(em, known);
          // The row as the transition left it: a draft again.
          planned.curriculum.status = LIFECYCLE.reopen.to;
        }
        await replaceCurriculumRows(em, planned);
        await this.translations.track(
          em,
          known.id,
          curriculumTexts(toCurriculum(current)),
          curriculumTexts(toCurriculum(planned)),
        );
        await this.audit.record(em, caller, {
          curriculumId: known.id,
          action: 'curriculum.reimported',
          entityType: 'curriculum',
          entityId: known.id,
          before: { version: plan.version },
          after: { format, code: content.code, summary: plan.diff.summary },
        });
        return { id: known.id, created: false, update: plan };
      }),
    );
  }

  /** What `storeOrUpdate` would do to a known curriculum (null: it would create a new draft). */
  preview(caller: Caller, content: CurriculumContent): Promise<ImportUpdatePlan | null> {
    return rejectingInvalid(() =>
      this.unitOfWork.read(async (em) => {
        const known = await this.known(em, caller, content);
        return known === null ? null : (await this.plan(em, known.id, content)).plan;
      }),
    );
  }

  /**
   * The curriculum of the caller's institution the content's CASE identity names — the identifier
   * it was imported with, or its own id for a package this product exported — and that is not
   * archived (an archived one is left alone: the import makes a new draft); the caller must be one
   * of its authors, and it must not be in a review round (409).
   */
  private async known(
    em: EntityManager,
    caller: Caller,
    content: CurriculumContent,
  ): Promise<CurriculumEntity | null> {
    const identifier = content.case?.identifier.toLowerCase();
    if (identifier === undefined) return null;
    const where = {
      institutionId: caller.institutionId as string,
      status: Not('archived' as CurriculumStatus),
    };
    const found = await em.find(CurriculumEntity, {
      where: [
        { ...where, caseIdentifier: identifier },
        ...(UUID.test(identifier) ? [{ ...where, id: identifier }] : []),
      ],
      order: { updatedAt: 'DESC' },
      take: 1,
    });
    if (found.length === 0) return null;
    const curriculum = await requireAuthor(this.repository, em, caller, found[0].id);
    if (!UPDATABLE.includes(curriculum.status))
      throw new InvalidStateError(
        msg`This package is curriculum ${curriculum.code} (${curriculum.id}), which is ${curriculum.status}: an import updates its draft once the review round is over (or request changes first).`,
      );
    return curriculum;
  }

  private async plan(em: EntityManager, id: string, content: CurriculumContent) {
    const current = (await this.repository.findTree(em, id)) as CurriculumRows;
    const planned = replacementRows(current, content);
    const c = current.curriculum;
    return {
      current,
      planned,
      plan: {
        curriculumId: id,
        code: c.code,
        status: c.status,
        version: c.version,
        reopens: !isEditable(c.status),
        unchanged: sameTree(current, planned),
        diff: diffCurricula(toCurriculum(current), toCurriculum(planned)),
      },
    };
  }

  private async insert(
    em: EntityManager,
    caller: Caller,
    content: CurriculumContent,
    format: string,
  ): Promise<string> {
    const id = await insertCurriculumContent(em, content, {
      institutionId: caller.institutionId as string,
      status: INITIAL_STATUS,
    });
    await this.audit.record(em, caller, {
      curriculumId: id,
      action: 'curriculum.imported',
      entityType: 'curriculum',
      entityId: id,
      after: { format, code: content.code, units: content.units.length },
    });
    return id;
  }
}

/**
 * Whether a replacement leaves every row's content as it was (no row added, removed, moved or
 * changed); CASE origins alone do not count: a package this product exported, imported back
 * unchanged, changes nothing.
 */
function sameTree(current: CurriculumRows, planned: CurriculumRows): boolean {
  const same = (before: readonly { id: string }[], after: readonly { id: string }[]) => {
    const byId = new Map(before.map((row) => [row.id, row]));
    return (
      before.length === after.length &&
      after.every((row) => {
        const was = byId.get(row.id);
        return was !== undefined && sameRowContent(was, row);
      })
    );
  };
  const { updatedAt: _before, ...curriculum } = current.curriculum;
  const { updatedAt: _after, ...replaced } = planned.curriculum;
  return (
    sameRowContent(curriculum, replaced) &&
    same(current.units, planned.units) &&
    same(current.outcomes, planned.outcomes) &&
    same(current.workBasedLearning, planned.workBasedLearning)
  );
}

async function rejectingInvalid<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidInputError) throw new ImportRejectedError(error.errors);
    throw error;
  }
}
