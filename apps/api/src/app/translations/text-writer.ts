import {
  LIMITS,
  textKey,
  translatableTexts,
  type Curriculum,
  type LanguageCode,
  type LocalizedText,
  type TextOwner,
  type TranslatableText,
} from '@curriculum-builder/curriculum';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  CurriculumEntity,
  LearningOutcomeEntity,
  UnitEntity,
  WorkBasedLearningEntity,
} from '../curricula';

/** One language of one text, by key, set to `text` (empty: the translation is removed). */
export interface TextWrite {
  readonly key: string;
  readonly language: LanguageCode;
  readonly text: string;
}

/** The most characters a text may have in one language, by owner and field (LIMITS). */
export function maxLengthOf(text: Pick<TranslatableText, 'owner' | 'field'>): number {
  const of: Record<TextOwner, object> = {
    curriculum: LIMITS.curriculum,
    group: LIMITS.electiveGroup,
    part: LIMITS.assessmentPart,
    partial: LIMITS.partialQualification,
    unit: { ...LIMITS.unit, criteria: LIMITS.unit.assessmentCriteria },
    outcome: LIMITS.outcome,
    wbl: LIMITS.workBasedLearning,
  };
  const limit = (of[text.owner] as Record<string, { maxLength?: number } | undefined>)[text.field];
  return limit?.maxLength ?? LIMITS.curriculum.description.maxLength;
}

function withLanguage(text: LocalizedText, language: LanguageCode, value: string): LocalizedText {
  const { [language]: _old, ...rest } = text;
  return value === '' ? rest : { ...rest, [language]: value };
}

/** The curriculum's columns that hold its named sets, each with a code and a title. */
const NAMED_SETS = {
  group: 'electiveGroups',
  part: 'assessmentPlan',
  partial: 'partialQualifications',
} as const;
type Named = { readonly code: string; readonly title: LocalizedText };

/** The version columns of the rows a write changes go up by one (open forms then get 409). */
const bump = { version: () => 'version + 1' };

/**
 * Writes languages of texts of a working copy `tree` (keys it has; checked by the caller) into
 * their rows, each row once; returns the texts before and after, by key, for the ledger and the
 * audit trail. Texts of the curriculum itself (its title, the titles of its named sets) go up the
 * curriculum's version, the others their unit's, outcome's or period's.
 */
export async function writeTexts(
  em: EntityManager,
  tree: Curriculum,
  writes: readonly TextWrite[],
): Promise<{ before: Map<string, LocalizedText>; after: Map<string, LocalizedText> }> {
  const texts = new Map(translatableTexts(tree).map((t) => [t.key, t]));
  const before = new Map<string, LocalizedText>();
  const after = new Map<string, LocalizedText>();
  for (const write of writes) {
    const text = texts.get(write.key);
    if (text === undefined) continue;
    if (!before.has(write.key)) before.set(write.key, text.text);
    after.set(
      write.key,
      withLanguage(after.get(write.key) ?? text.text, write.language, write.text),
    );
  }
  const changed = [...after].filter(([key, text]) => before.get(key) !== text);
  type Target =
    | typeof CurriculumEntity
    | typeof UnitEntity
    | typeof LearningOutcomeEntity
    | typeof WorkBasedLearningEntity;
  const rows = new Map<string, { entity: Target; changes: Record<string, unknown> }>();
  const changeOf = (entity: Target, id: string) => {
    const row = rows.get(id) ?? { entity, changes: {} };
    rows.set(id, row);
    return row.changes;
  };
  for (const [key, value] of changed) {
    const { owner, field } = texts.get(key) as TranslatableText;
    const id = key.slice(owner.length + 1, key.length - field.length - 1);
    switch (owner) {
      case 'curriculum':
        changeOf(CurriculumEntity, tree.id)[field] = value;
        break;
      case 'group':
      case 'part':
      case 'partial': {
        const column = NAMED_SETS[owner];
        const changes = changeOf(CurriculumEntity, tree.id);
        const list = (changes[column] ?? tree[column]) as readonly Named[];
        changes[column] = list.map((item) =>
          textKey(owner, item.code, 'title') === key ? { ...item, title: value } : item,
        );
        break;
      }
      case 'unit': {
        const unit = tree.units.find((u) => u.id === id);
        const changes = changeOf(UnitEntity, id);
        if (field === 'criteria')
          changes['assessment'] = { ...(unit?.assessment ?? { methods: [] }), criteria: value };
        else changes[field] = value;
        break;
      }
      case 'outcome':
        changeOf(LearningOutcomeEntity, id)[field] = value;
        break;
      case 'wbl':
        changeOf(WorkBasedLearningEntity, id)[field] = value;
        break;
    }
  }
  for (const [id, { entity, changes }] of rows) {
    await em.update(entity as typeof UnitEntity, { id }, {
      ...changes,
      ...bump,
    } as QueryDeepPartialEntity<UnitEntity>);
  }
  return {
    before: new Map(changed.map(([key]) => [key, before.get(key) as LocalizedText])),
    after: new Map(changed),
  };
}
