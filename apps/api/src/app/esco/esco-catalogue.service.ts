import {
  msg,
  type EscoOccupation,
  type EscoPage,
  type EscoRelation,
  type EscoSkill,
} from '@curriculum-builder/curriculum';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { EscoConceptEntity, EscoLabelEntity, EscoRelationEntity } from './entities/esco.entities';
import { ESCO_SOURCE, readEscoDownload, SHIPPED_ESCO, type EscoDownload } from './esco-files';
import { EscoIndex, type ConceptLabel, type EscoHit } from './esco-search';

const DEFAULT_LIMIT = 20;
/** Rows per INSERT: well below SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 400;

/** The index and each occupation's skills, built from the database once per process. */
interface Catalogue {
  readonly index: EscoIndex;
  readonly skillsOf: ReadonlyMap<string, ReadonlyMap<string, EscoRelation>>;
}

/** What an import stored. */
export interface EscoImportResult {
  readonly occupations: number;
  readonly skills: number;
  readonly labels: number;
  readonly relations: number;
  readonly languages: readonly string[];
}

/**
 * ESCO occupations and skills (issue #20, ADR 0027): stored in the database, searched in memory.
 * An empty catalogue is filled with the shipped subset on first use; `import` takes a newer or
 * larger official download (all occupations, other languages) and updates what is there.
 */
@Injectable()
export class EscoCatalogueService {
  private readonly logger = new Logger(EscoCatalogueService.name);
  private catalogue: Promise<Catalogue> | null = null;

  constructor(private readonly uow: UnitOfWork) {}

  /** Stores an ESCO CSV download, in one transaction: concepts, labels and relations updated. */
  async import(dir: string): Promise<EscoImportResult> {
    const download = readEscoDownload(dir);
    await this.uow.write((em) => store(em, download));
    this.catalogue = null;
    return {
      occupations: download.concepts.filter((c) => c.kind === 'occupation').length,
      skills: download.concepts.filter((c) => c.kind === 'skill').length,
      labels: download.labels.length,
      relations: download.relations.length,
      languages: download.languages,
    };
  }

  occupations(query: {
    q?: string;
    lang?: string;
    limit?: number;
  }): Promise<EscoPage<EscoOccupation>> {
    return this.page('occupation', query, undefined, (hit) => ({
      uri: hit.concept.uri,
      label: hit.label,
      iscoGroup: hit.concept.iscoGroup,
      code: hit.concept.code,
    }));
  }

  async skills(query: {
    q?: string;
    occupation?: string;
    lang?: string;
    limit?: number;
  }): Promise<EscoPage<EscoSkill>> {
    const { skillsOf } = await this.loaded();
    const within = query.occupation === undefined ? undefined : skillsOf.get(query.occupation);
    if (query.occupation !== undefined && within === undefined)
      throw new NotFoundError(msg`ESCO occupation`, query.occupation);
    return this.page('skill', query, within, (hit) => ({
      uri: hit.concept.uri,
      label: hit.label,
      skillType: hit.concept.skillType,
      reuseLevel: hit.concept.reuseLevel,
      ...(hit.relation === undefined ? {} : { relation: hit.relation }),
    }));
  }

  /** One page of a search: the items as `item` writes them, the alternative label they matched. */
  private async page<T>(
    kind: 'occupation' | 'skill',
    query: { q?: string; lang?: string; limit?: number },
    within: ReadonlyMap<string, EscoRelation> | undefined,
    item: (hit: EscoHit) => T,
  ): Promise<EscoPage<T>> {
    const { index } = await this.loaded();
    const found = index.search(kind, query.q ?? '', {
      language: query.lang ?? 'en',
      limit: query.limit ?? DEFAULT_LIMIT,
      within,
    });
    return {
      items: found.items.map((hit) => ({
        ...item(hit),
        ...(hit.matched === undefined ? {} : { matched: hit.matched }),
      })),
      total: found.total,
      source: ESCO_SOURCE,
    };
  }

  /** The catalogue in memory; the shipped subset stored first when the database has none. */
  private loaded(): Promise<Catalogue> {
    this.catalogue ??= this.build().catch((error: unknown) => {
      this.catalogue = null;
      throw error;
    });
    return this.catalogue;
  }

  private async build(): Promise<Catalogue> {
    if ((await this.uow.read((em) => em.count(EscoConceptEntity))) === 0) {
      const started = Date.now();
      // Instances that start together may both store it: the rows are upserts, the same rows.
      await this.uow.write(async (em) => {
        if ((await em.count(EscoConceptEntity)) === 0)
          await store(em, readEscoDownload(SHIPPED_ESCO));
      });
      this.logger.log(`Stored the shipped ESCO subset (${Date.now() - started} ms)`);
    }
    const [concepts, labels, relations] = await this.uow.read((em) =>
      Promise.all([
        em.find(EscoConceptEntity),
        em.find(EscoLabelEntity),
        em.find(EscoRelationEntity),
      ]),
    );
    const labelsOf = new Map<string, Map<string, ConceptLabel>>();
    for (const label of labels) {
      const own = labelsOf.get(label.uri) ?? new Map<string, ConceptLabel>();
      own.set(label.language, {
        preferred: label.preferred,
        alternatives: label.alternatives === '' ? [] : label.alternatives.split('\n'),
        description: label.description,
      });
      labelsOf.set(label.uri, own);
    }
    const skillsOf = new Map<string, Map<string, EscoRelation>>();
    for (const concept of concepts)
      if (concept.kind === 'occupation') skillsOf.set(concept.uri, new Map());
    for (const relation of relations)
      skillsOf.get(relation.occupationUri)?.set(relation.skillUri, relation.relation);
    const index = new EscoIndex(
      concepts.map((c) => ({ ...c, labels: labelsOf.get(c.uri) ?? new Map() })),
    );
    return { index, skillsOf };
  }
}

/** Upserts rows of `entity` in batches: what is there is updated, the rest inserted. */
async function upsert<T extends ObjectLiteral>(
  em: EntityManager,
  entity: new () => T,
  rows: readonly T[],
  keys: readonly string[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await em.upsert(entity, rows.slice(i, i + BATCH) as T[], {
      conflictPaths: [...keys],
      skipUpdateIfNoValuesChanged: true,
    });
  }
}

async function store(em: EntityManager, download: EscoDownload): Promise<void> {
  await upsert(em, EscoConceptEntity, download.concepts as EscoConceptEntity[], ['uri']);
  await upsert(em, EscoLabelEntity, download.labels as EscoLabelEntity[], ['uri', 'language']);
  await upsert(em, EscoRelationEntity, download.relations as EscoRelationEntity[], [
    'occupationUri',
    'skillUri',
  ]);
}
