import type { CurriculumStatus, CurriculumSummary, Page } from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CurriculumRows, toSummary } from './curriculum.mapper';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';

export interface CurriculumFilter {
  readonly q?: string;
  readonly status?: CurriculumStatus;
  readonly eqfLevel?: number;
  readonly page: number;
  readonly pageSize: number;
}

/** Queries of curricula; each method does one thing. Callers pass the manager of their unit of work. */
@Injectable()
export class CurriculaRepository {
  /** The whole tree in four queries, however large the curriculum. */
  async findTree(em: EntityManager, id: string): Promise<CurriculumRows | null> {
    const curriculum = await em.findOneBy(CurriculumEntity, { id });
    if (curriculum === null) return null;
    const [units, outcomes, workBasedLearning] = [
      await em.find(UnitEntity, { where: { curriculumId: id }, order: { position: 'ASC' } }),
      await em.find(LearningOutcomeEntity, {
        where: { curriculumId: id },
        order: { position: 'ASC' },
      }),
      await em.find(WorkBasedLearningEntity, {
        where: { curriculumId: id },
        order: { position: 'ASC' },
      }),
    ];
    return { curriculum, units, outcomes, workBasedLearning };
  }

  findCurriculum(em: EntityManager, id: string): Promise<CurriculumEntity | null> {
    return em.findOneBy(CurriculumEntity, { id });
  }

  /** One page of summaries, newest change first, with the number of units of each. */
  async findPage(em: EntityManager, filter: CurriculumFilter): Promise<Page<CurriculumSummary>> {
    const query = em
      .createQueryBuilder(CurriculumEntity, 'c')
      .addSelect(
        (sub) => sub.select('COUNT(*)').from(UnitEntity, 'u').where('u.curriculum_id = c.id'),
        'unit_count',
      )
      .orderBy('c.updated_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize);
    if (filter.status !== undefined)
      query.andWhere('c.status = :status', { status: filter.status });
    if (filter.eqfLevel !== undefined)
      query.andWhere('c.eqf_level = :eqf', { eqf: filter.eqfLevel });
    if (filter.q !== undefined && filter.q.trim() !== '') {
      // Titles are JSON text in every language: one LIKE finds a match in any of them.
      const pattern = `%${filter.q
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      query.andWhere("(LOWER(c.title) LIKE :q ESCAPE '\\' OR LOWER(c.code) LIKE :q ESCAPE '\\')", {
        q: pattern,
      });
    }
    const [{ entities, raw }, total] = await Promise.all([
      query.getRawAndEntities(),
      query.getCount(),
    ]);
    const counts = new Map(
      (raw as { c_id: string; unit_count: string | number }[]).map((r) => [
        r.c_id,
        Number(r.unit_count),
      ]),
    );
    return { items: entities.map((c) => toSummary(c, counts.get(c.id) ?? 0)), total };
  }

  /** The position after the last child of a parent: units or WBL periods of a curriculum, outcomes of a unit. */
  async nextPosition(
    em: EntityManager,
    entity: typeof UnitEntity | typeof LearningOutcomeEntity | typeof WorkBasedLearningEntity,
    parent: { readonly column: 'curriculum_id' | 'unit_id'; readonly id: string },
  ): Promise<number> {
    const row = await em
      .createQueryBuilder(entity, 'child')
      .select('MAX(child.position)', 'max')
      .where(`child.${parent.column} = :id`, { id: parent.id })
      .getRawOne<{ max: number | null }>();
    return (row?.max ?? -1) + 1;
  }
}
