import {
  IN_REVIEW_STATUSES,
  may,
  type CurriculumStatus,
  type CurriculumSummary,
  type Page,
} from '@curriculum-builder/curriculum';
import { Injectable } from '@nestjs/common';
import type { Database, Statement } from 'better-sqlite3';
import { EntityManager } from 'typeorm';
import { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import type { Caller } from '../../common/caller';
import { CurriculumVersionEntity } from './entities/curriculum-version.entity';
import type { CurriculumVisibility } from './curriculum-access';
import { CurriculumRows, SummaryRow, toSummaryRow } from './curriculum.mapper';
import { CurriculumEntity } from './entities/curriculum.entity';
import { LearningOutcomeEntity } from './entities/learning-outcome.entity';
import { UnitEntity } from './entities/unit.entity';
import { TextTranslationEntity } from './entities/text-translation.entity';
import { WorkBasedLearningEntity } from './entities/work-based-learning.entity';
import { searchCondition } from './curriculum-search';

export interface CurriculumFilter {
  readonly q?: string;
  readonly status?: CurriculumStatus;
  readonly eqfLevel?: number;
  readonly page: number;
  readonly pageSize: number;
}

const VISIBILITY_SQL = 'SELECT institution_id, status, published_version FROM curriculum WHERE id';

interface VisibilityRow {
  institution_id: string;
  status: CurriculumStatus;
  published_version: number | string | null;
}

/** Queries of curricula; each method does one thing. Callers pass the manager of their unit of work. */
@Injectable()
export class CurriculaRepository {
  private readonly preparedVisibility = new WeakMap<BetterSqlite3Driver, Statement>();

  /** The whole tree in five queries, however large the curriculum. */
  async findTree(em: EntityManager, id: string): Promise<CurriculumRows | null> {
    const curriculum = await em.findOneBy(CurriculumEntity, { id });
    if (curriculum === null) return null;
    const [units, outcomes, workBasedLearning, translations] = [
      await em.find(UnitEntity, { where: { curriculumId: id }, order: { position: 'ASC' } }),
      await em.find(LearningOutcomeEntity, {
        where: { curriculumId: id },
        order: { position: 'ASC' },
      }),
      await em.find(WorkBasedLearningEntity, {
        where: { curriculumId: id },
        order: { position: 'ASC' },
      }),
      await em.find(TextTranslationEntity, { where: { curriculumId: id } }),
    ];
    return { curriculum, units, outcomes, workBasedLearning, translations };
  }

  /**
   * The curriculum. Inside a write transaction on PostgreSQL its row stays locked until commit
   * (`FOR UPDATE`): writes to one curriculum take turns — the next position of an appended part, the
   * ids a reference names and the status a transition checks still hold when the transaction writes —
   * while writes to other curricula run in parallel. SQLite runs one write transaction at a time.
   */
  findCurriculum(em: EntityManager, id: string): Promise<CurriculumEntity | null> {
    const lock =
      em.queryRunner?.isTransactionActive === true && em.connection.options.type === 'postgres';
    return em.findOne(CurriculumEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /**
   * Only the columns that decide who may see a curriculum, in one indexed lookup without entity
   * mapping: the hot path of published reads, where this query is most of the work. On SQLite the
   * statement is prepared once and run on better-sqlite3 directly (TypeORM's query path costs
   * several times the lookup itself); reads run in the unit of work's queue on that connection.
   */
  async findVisibility(em: EntityManager, id: string): Promise<CurriculumVisibility | null> {
    const row =
      em.connection.driver instanceof BetterSqlite3Driver
        ? (this.visibilityStatement(em.connection.driver).get(id) as VisibilityRow | undefined)
        : await this.queryVisibility(em, id);
    if (row === undefined) return null;
    return {
      id,
      institutionId: row.institution_id,
      status: row.status,
      publishedVersion: row.published_version === null ? null : Number(row.published_version),
    };
  }

  private visibilityStatement(driver: BetterSqlite3Driver): Statement {
    let statement = this.preparedVisibility.get(driver);
    if (statement === undefined) {
      statement = (driver.databaseConnection as Database).prepare(`${VISIBILITY_SQL} = ?`);
      this.preparedVisibility.set(driver, statement);
    }
    return statement;
  }

  private async queryVisibility(em: EntityManager, id: string): Promise<VisibilityRow | undefined> {
    const [sql, parameters] = em.connection.driver.escapeQueryWithParameters(
      `${VISIBILITY_SQL} = :id`,
      { id },
    );
    const rows: VisibilityRow[] = await em.query(sql, parameters);
    return rows[0];
  }

  /**
   * One page of summaries, newest change first, of what the caller may see: the working copies of
   * its institution's curricula (authors), of those submitted to its association (reviewers) or of
   * all (admins); of every other curriculum only the latest published version, unless archived.
   */
  async findPage(
    em: EntityManager,
    caller: Caller | null,
    filter: CurriculumFilter,
  ): Promise<Page<CurriculumSummary>> {
    const params = {
      // A UUID that names nothing, so that PostgreSQL can compare it with uuid columns.
      institution: caller?.institutionId ?? '00000000-0000-0000-0000-000000000000',
      // The permissions `curriculumAccess` reads (a test keeps this query equal to it).
      author: may(caller?.role, 'curriculum.write') ? 1 : 0,
      reviewer: may(caller?.role, 'curriculum.review') ? 1 : 0,
      admin: may(caller?.role, 'curriculum.read-any') ? 1 : 0,
      inReview: [...IN_REVIEW_STATUSES],
    };
    const working =
      '(:admin = 1 OR (:author = 1 AND c.institution_id = :institution) OR (:reviewer = 1 AND EXISTS (' +
      'SELECT 1 FROM curriculum_submission s WHERE s.curriculum_id = c.id AND s.association_id = :institution) ' +
      'AND c.status IN (:...inReview)))';
    const pick = (own: string, published: string) =>
      `CASE WHEN ${working} THEN ${own} ELSE ${published} END`;
    const query = em
      .createQueryBuilder(CurriculumEntity, 'c')
      .leftJoin(
        CurriculumVersionEntity,
        'v',
        'v.curriculum_id = c.id AND v.number = c.published_version',
      )
      .select('c.id', 'id')
      .addSelect('c.institution_id', 'institution_id')
      .addSelect('c.published_version', 'published_version')
      .addSelect(pick('1', '0'), 'working')
      .addSelect(pick('c.code', 'v.code'), 'code')
      .addSelect(pick('c.title', 'v.title'), 'title')
      .addSelect(pick('c.status', "'published'"), 'status')
      .addSelect(pick('c.ecvet_points', 'v.ecvet_points'), 'ecvet_points')
      .addSelect(pick('c.eqf_level', 'v.eqf_level'), 'eqf_level')
      .addSelect(pick('c.primary_language', 'v.primary_language'), 'primary_language')
      .addSelect(pick('c.languages', 'v.languages'), 'languages')
      .addSelect(pick('c.version', '0'), 'version')
      .addSelect(pick('c.updated_at', 'v.published_at'), 'updated_at')
      .addSelect(
        pick('(SELECT COUNT(*) FROM unit u WHERE u.curriculum_id = c.id)', 'v.unit_count'),
        'unit_count',
      )
      .where(`(${working} OR (c.published_version IS NOT NULL AND c.status <> 'archived'))`)
      .setParameters(params);
    if (filter.status !== undefined)
      query.andWhere(`${pick('c.status', "'published'")} = :status`, { status: filter.status });
    if (filter.eqfLevel !== undefined)
      query.andWhere(`${pick('c.eqf_level', 'v.eqf_level')} = :eqf`, { eqf: filter.eqfLevel });
    if (filter.q !== undefined && filter.q.trim() !== '') {
      // Any language of the title, or the code.
      const pattern = `%${filter.q
        .trim()
        .toLowerCase()
        .replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      // The texts of the title in every language, not its JSON (whose keys "de", "en" … would match).
      const title = pick('c.title', 'v.title');
      const texts =
        em.connection.options.type === 'postgres'
          ? `json_each_text(CAST(${title} AS json))`
          : `json_each(${title})`;
      // Or any word of the published version (units, outcomes …) by full-text search.
      const words = searchCondition(em, filter.q);
      query.andWhere(
        `(EXISTS (SELECT 1 FROM ${texts} t WHERE LOWER(t.value) LIKE :q ESCAPE '\\') OR LOWER(${pick('c.code', 'v.code')}) LIKE :q ESCAPE '\\'${words === null ? '' : ` OR ${words.sql}`})`,
        { q: pattern, ...(words?.params ?? {}) },
      );
    }
    const total = await query.clone().select('COUNT(*)', 'n').getRawOne<{ n: string | number }>();
    const rows = await query
      .orderBy('updated_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .offset((filter.page - 1) * filter.pageSize)
      .limit(filter.pageSize)
      .getRawMany<SummaryRow>();
    return { items: rows.map(toSummaryRow), total: Number(total?.n ?? 0) };
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
