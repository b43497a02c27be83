import {
  ESCO_SOURCE,
  msg,
  type EscoLabel,
  type EscoOccupation,
  type EscoPage,
  type EscoRelation,
  type EscoSkill,
  type EscoSuggestion,
  type OccupationSkill,
} from '@curriculum-builder/curriculum';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { NotFoundError } from '../../common/errors/domain.errors';
import { UnitOfWork } from '../../infrastructure/database/unit-of-work';
import { EscoConceptEntity, EscoLabelEntity, EscoRelationEntity } from './entities/esco.entities';
import { readEscoDownload, SHIPPED_ESCO, type EscoDownload } from './esco-files';
import { EscoIndex, indexedConcepts, type EscoHit, type IndexedConcept } from './esco-search';
import { EscoSuggestIndex } from './esco-suggest';

const DEFAULT_LIMIT = 20;
const DEFAULT_SUGGESTIONS = 5;
/** Rows per INSERT: well below SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 400;

/** The index and each occupation's skills, built from the database once per process. */
interface Catalogue {
  readonly index: EscoIndex;
  readonly byUri: ReadonlyMap<string, IndexedConcept>;
  readonly skillsOf: ReadonlyMap<string, ReadonlyMap<string, EscoRelation>>;
  /** The text index of the suggestions, built on the first one. */
  suggestIndex(): EscoSuggestIndex;
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
    const within = this.occupationOf(await this.loaded(), query.occupation);
    return this.page('skill', query, within, (hit) =>
      skillOf(hit.concept, hit.label, hit.relation),
    );
  }

  /**
   * The skills whose labels best match a text being written (an outcome, with its unit's title
   * as `context`), the target occupation's essential skills first among equals (ADR 0028).
   */
  async suggestions(query: {
    text: string;
    context?: string;
    occupation?: string;
    lang?: string;
    limit?: number;
    exclude?: readonly string[];
  }): Promise<EscoPage<EscoSuggestion>> {
    const catalogue = await this.loaded();
    const occupation = this.occupationOf(catalogue, query.occupation);
    const language = query.lang ?? 'en';
    const found = catalogue.suggestIndex().suggest(`${query.text} ${query.context ?? ''}`, {
      limit: query.limit ?? DEFAULT_SUGGESTIONS,
      occupation,
      exclude: new Set(query.exclude ?? []),
    });
    return {
      items: found.map((hit) => ({
        ...skillOf(hit.concept, catalogue.index.labelOf(hit.concept, language), hit.relation),
        score: hit.score,
        terms: hit.terms,
      })),
      total: found.length,
      source: ESCO_SOURCE,
    };
  }

  /**
   * An occupation's label and its essential and optional skills (essential first, then by label),
   * in `language`; null when the catalogue does not know the occupation.
   */
  async occupation(
    uri: string,
    language: string,
  ): Promise<{ label: EscoLabel; skills: OccupationSkill[] } | null> {
    const catalogue = await this.loaded();
    const concept = catalogue.byUri.get(uri);
    const skills = catalogue.skillsOf.get(uri);
    if (concept === undefined || skills === undefined) return null;
    const listed: OccupationSkill[] = [];
    for (const [skillUri, relation] of skills) {
      const skill = catalogue.byUri.get(skillUri);
      if (skill === undefined) continue;
      listed.push({
        uri: skillUri,
        label: catalogue.index.labelOf(skill, language),
        skillType: skill.skillType,
        relation,
      });
    }
    const rank = (relation: EscoRelation) => (relation === 'essential' ? 0 : 1);
    listed.sort(
      (a, b) => rank(a.relation) - rank(b.relation) || a.label.text.localeCompare(b.label.text),
    );
    return { label: catalogue.index.labelOf(concept, language), skills: listed };
  }

  /** A concept's label and skill type in `language`, or undefined when the catalogue lacks it. */
  async describer(
    language: string,
  ): Promise<(uri: string) => { label: EscoLabel; skillType: string | null } | undefined> {
    const catalogue = await this.loaded();
    return (uri) => {
      const concept = catalogue.byUri.get(uri);
      return concept === undefined
        ? undefined
        : { label: catalogue.index.labelOf(concept, language), skillType: concept.skillType };
    };
  }

  /** The skills of an occupation the query names (404 when the catalogue lacks it). */
  private occupationOf(
    catalogue: Catalogue,
    uri: string | undefined,
  ): ReadonlyMap<string, EscoRelation> | undefined {
    if (uri === undefined) return undefined;
    const within = catalogue.skillsOf.get(uri);
    if (within === undefined) throw new NotFoundError(msg`ESCO occupation`, uri);
    return within;
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
    const skillsOf = new Map<string, Map<string, EscoRelation>>();
    for (const concept of concepts)
      if (concept.kind === 'occupation') skillsOf.set(concept.uri, new Map());
    for (const relation of relations)
      skillsOf.get(relation.occupationUri)?.set(relation.skillUri, relation.relation);
    const indexed = indexedConcepts(concepts, labels);
    const index = new EscoIndex(indexed);
    let suggest: EscoSuggestIndex | null = null;
    return {
      index,
      byUri: new Map(indexed.map((concept) => [concept.uri, concept])),
      skillsOf,
      suggestIndex: () => (suggest ??= new EscoSuggestIndex(indexed)),
    };
  }
}

/** A skill as the API answers it, with how the occupation asked about needs it. */
function skillOf(
  concept: IndexedConcept,
  label: EscoLabel,
  relation: EscoRelation | undefined,
): EscoSkill {
  return {
    uri: concept.uri,
    label,
    skillType: concept.skillType,
    reuseLevel: concept.reuseLevel,
    ...(relation === undefined ? {} : { relation }),
  };
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
