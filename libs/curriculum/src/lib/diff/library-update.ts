/**
 * A new version of a shared library entry for a school that adopted an earlier one (issue #21,
 * ADR 0029): what the source changed between the version the school holds and the latest, beside
 * what the school changed in its copy since, and the merge of the two when the school takes it.
 */
import { canonicalJson } from '../content/canonical-json';
import type { LearningOutcome, Unit } from '../model/curriculum';
import type { LocalizedText } from '../model/localized-text';
import { diffUnits, type OutcomeDiff, type UnitDiff } from './diff-curricula';

/** One outcome the source changed, beside the school's copy of it. */
export interface LibraryUpdateOutcome extends OutcomeDiff {
  /** The school's copy of the source's outcome `id`; null when it has none (new, or deleted here). */
  readonly localOutcomeId: string | null;
  /**
   * Whether the school changed (or deleted) its copy since the version it holds. Taking the
   * update whole keeps such an outcome as the school has it, unless the school says otherwise.
   */
  readonly editedHere: boolean;
}

/** `GET /api/v1/curricula/{id}/updates`: a newer version of the entry an adopted unit came from. */
export interface LibraryUpdate {
  /** The adopted unit in the school's curriculum. */
  readonly unitId: string;
  readonly code: string;
  readonly title: LocalizedText;
  readonly entryId: string;
  /** The version the school holds, and the entry's latest. */
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly publishedAt: string;
  /** The publisher, licence and entry of the latest version, in one line. */
  readonly attribution: string;
  /** What the source changed in the unit itself (texts, points, level, areas, skills, assessment). */
  readonly unit: Pick<UnitDiff, 'title' | 'description' | 'fields' | 'assessmentCriteria'>;
  /** Of those, the parts the school changed in its copy since: kept when the update is taken whole. */
  readonly editedHere: readonly LibraryUnitPart[];
  /** The outcomes the source added, changed or removed, in the latest version's order. */
  readonly outcomes: readonly LibraryUpdateOutcome[];
}

/** The parts of a unit an update changes: its library content apart from the outcomes. */
export const LIBRARY_UNIT_PARTS = [
  'title',
  'description',
  'eqfLevel',
  'ecvetPoints',
  'guidedHours',
  'nationalCredits',
  'areas',
  'escoSkills',
  'assessment',
] as const;
export type LibraryUnitPart = (typeof LIBRARY_UNIT_PARTS)[number];

/** What the school takes: everything (but `keep`), or only the source's outcomes named. */
export interface LibraryUpdateChoice {
  /** Ids of the source's outcomes (of the update's `outcomes`) to take; absent: the whole update. */
  readonly outcomes?: readonly string[];
  /** When taking the whole update: the school's outcomes kept as they are (default: those edited here). */
  readonly keep?: readonly string[];
}

/** One outcome of the merged unit: the school's (`localId`) or a new one, from `sourceId`. */
export interface MergedOutcome {
  readonly localId: string | null;
  readonly sourceId: string | null;
  readonly content: OutcomeContent;
}

export type OutcomeContent = Pick<LearningOutcome, 'category' | 'text' | 'criteria' | 'escoSkills'>;
export type UnitContent = Pick<Unit, LibraryUnitPart>;

/** The unit after taking an update: its content and its outcomes in order. */
export interface MergedUnit {
  readonly content: UnitContent;
  readonly outcomes: readonly MergedOutcome[];
}

/** The three sides of an update: the version held, the latest, the school's copy and its outcomes' sources. */
export interface LibraryUpdateSides {
  readonly base: Unit;
  readonly latest: Unit;
  readonly local: Unit;
  /** The school's outcome id → the source's outcome id it is a copy of. */
  readonly outcomeSources: Readonly<Record<string, string>>;
}

function outcomeContent(outcome: LearningOutcome): OutcomeContent {
  const { category, text, criteria, escoSkills } = outcome;
  return { category, text, criteria, escoSkills };
}

const sameOutcome = (a: LearningOutcome, b: LearningOutcome): boolean =>
  canonicalJson(outcomeContent(a)) === canonicalJson(outcomeContent(b));

const samePart = (part: LibraryUnitPart, a: Unit, b: Unit): boolean =>
  canonicalJson(a[part] ?? null) === canonicalJson(b[part] ?? null);

/** The diff's unit fields that are library content (the unit's place in a programme is not). */
const UNIT_DIFF_FIELDS = new Set([
  'eqfLevel',
  'ecvetPoints',
  'guidedHours',
  'nationalCredits',
  'areas',
  'escoSkills',
  'assessmentMethods',
]);

/** The parts of the unit the source changed between two versions. */
const changedParts = (base: Unit, latest: Unit): LibraryUnitPart[] =>
  LIBRARY_UNIT_PARTS.filter((part) => !samePart(part, base, latest));

/** The school's copies by the source outcome they copy. */
function localCopies(sides: LibraryUpdateSides): Map<string, LearningOutcome> {
  const copies = new Map<string, LearningOutcome>();
  for (const outcome of sides.local.outcomes) {
    const source = sides.outcomeSources[outcome.id];
    if (source !== undefined && !copies.has(source)) copies.set(source, outcome);
  }
  return copies;
}

/** What the source changed between the two versions, beside what the school changed since. */
export function libraryUpdateDiff(
  sides: LibraryUpdateSides,
): Pick<LibraryUpdate, 'unit' | 'editedHere' | 'outcomes'> {
  const { base, latest, local } = sides;
  const diff = diffUnits(base, latest);
  const copies = localCopies(sides);
  const baseOutcomes = new Map(base.outcomes.map((o) => [o.id, o]));
  return {
    unit: {
      title: diff.title,
      description: diff.description,
      fields: diff.fields.filter((field) => UNIT_DIFF_FIELDS.has(field.field)),
      assessmentCriteria: diff.assessmentCriteria,
    },
    editedHere: changedParts(base, latest).filter((part) => !samePart(part, base, local)),
    outcomes: diff.outcomes.map((change) => {
      const copy = copies.get(change.id) ?? null;
      const was = baseOutcomes.get(change.id);
      return {
        ...change,
        localOutcomeId: copy?.id ?? null,
        editedHere: was !== undefined && (copy === null || !sameOutcome(copy, was)),
      };
    }),
  };
}

/**
 * The school's unit after taking the update. Taken whole: every part and outcome the source
 * changed, except what the school changed in its copy (parts) and the outcomes in `keep` (by
 * default those it edited or deleted). Taken by outcome: only the source's outcomes named, as the
 * latest version has them (re-added where the school had deleted them), nothing else. Outcomes the
 * school added stay; new outcomes of the source go after the copy of the outcome before them.
 */
export function mergeLibraryUpdate(
  sides: LibraryUpdateSides,
  choice: LibraryUpdateChoice,
): MergedUnit {
  const { latest, local } = sides;
  const update = libraryUpdateDiff(sides);
  const whole = choice.outcomes === undefined;
  const keep = new Set(
    choice.keep ??
      update.outcomes.filter((o) => o.editedHere).flatMap((o) => o.localOutcomeId ?? []),
  );
  const named = new Set(choice.outcomes ?? []);
  const takes = (change: LibraryUpdateOutcome): boolean =>
    whole
      ? change.localOutcomeId === null
        ? change.change === 'added'
        : !keep.has(change.localOutcomeId)
      : named.has(change.id);
  const taken = new Map(update.outcomes.filter(takes).map((change) => [change.id, change]));
  const latestOutcomes = new Map(latest.outcomes.map((o) => [o.id, o]));

  const outcomes: MergedOutcome[] = [];
  for (const outcome of local.outcomes) {
    const sourceId = sides.outcomeSources[outcome.id] ?? null;
    const change = sourceId === null ? undefined : taken.get(sourceId);
    if (change?.change === 'removed') continue;
    const next = change === undefined ? undefined : latestOutcomes.get(change.id);
    outcomes.push({
      localId: outcome.id,
      sourceId,
      content: outcomeContent(next ?? outcome),
    });
  }
  // The source's outcomes the school takes and has no copy of, after the one before them.
  latest.outcomes.forEach((outcome, index) => {
    const change = taken.get(outcome.id);
    if (change === undefined || outcomes.some((o) => o.sourceId === outcome.id)) return;
    const before = latest.outcomes
      .slice(0, index)
      .map((o) => o.id)
      .reverse()
      .map((id) => outcomes.findIndex((o) => o.sourceId === id))
      .find((at) => at >= 0);
    const at = before === undefined ? (index === 0 ? 0 : outcomes.length) : before + 1;
    outcomes.splice(at, 0, {
      localId: null,
      sourceId: outcome.id,
      content: outcomeContent(outcome),
    });
  });

  // Taken whole: what the source changed and the school did not.
  const edited = new Set(update.editedHere);
  const taking = new Set(
    whole ? changedParts(sides.base, latest).filter((p) => !edited.has(p)) : [],
  );
  const part = <P extends LibraryUnitPart>(name: P): Unit[P] =>
    taking.has(name) ? latest[name] : local[name];
  const content: UnitContent = {
    title: part('title'),
    description: part('description'),
    eqfLevel: part('eqfLevel'),
    ecvetPoints: part('ecvetPoints'),
    guidedHours: part('guidedHours'),
    nationalCredits: part('nationalCredits'),
    areas: part('areas'),
    escoSkills: part('escoSkills'),
    assessment: part('assessment'),
  };
  return { content, outcomes };
}
