import {
  ASSESSMENT_METHODS,
  CODE_PATTERN,
  INDUSTRY_40_AREAS,
  LANGUAGE_PATTERN,
  LIMITS,
  OUTCOME_CATEGORIES,
  outcomeCategoryOf,
  type ContentOutcome,
  type ContentUnit,
  type OutcomeCategory,
  msg,
} from '@curriculum-builder/curriculum';
import { isObject, isText, type Json, type Node } from './case-json';
import { EXTENSION_KEY, keywordFacts, UNIT_ITEM_TYPE } from './case-package';
import type { Reader } from './case-reader';

/** What the units of a package became, and where each came from. */
export interface CaseUnits {
  readonly units: (ContentUnit & { readonly node: Node })[];
  /** Per unit, the items its outcomes came from (in outcome order). */
  readonly outcomeNodes: Node[][];
  /** Items below the outcome level, taken as outcomes of their unit-level ancestor. */
  readonly flattened: { item: string; path: string; unit: string }[];
  readonly unitCodeOf: Map<string, string>;
  /** The languages items stated (`language`) beside the document's: their texts are kept in them. */
  readonly itemLanguages: ReadonlySet<string>;
}

/** The language an item states for its texts, if it is a valid code; else the document's. */
function languageOf(node: Node, documentLanguage: string): string {
  const stated = node.item['language'];
  const code = isText(stated) ? stated.trim().toLowerCase() : '';
  return LANGUAGE_PATTERN.test(code) ? code : documentLanguage;
}

/**
 * The children of the CFDocument as units: codes from our extension or `humanCodingScheme`
 * (cleaned and made unique, each change noted), fields from our extension or defaults, and every
 * descendant as an outcome, depth first in sequence order (deeper levels flattened, and noted).
 */
export function readUnits(
  unitNodes: readonly Node[],
  children: ReadonlyMap<string, Node[]>,
  read: Reader,
  notes: string[],
  primaryLanguage: string,
  curriculumEqf: number,
): CaseUnits {
  const usedCodes = new Set<string>();
  const codeFor = (wanted: string | undefined, fallback: string, path: string) => {
    let code = (wanted ?? '').trim();
    if (!CODE_PATTERN.test(code)) {
      const cleaned = code
        .replace(/[^A-Za-z0-9 ._\-/]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 50);
      code = CODE_PATTERN.test(cleaned) ? cleaned : fallback;
      if (wanted !== undefined)
        notes.push(`${path}: code "${wanted}" is not a valid unit code; "${code}" is used`);
    }
    let unique = code;
    for (let n = 2; usedCodes.has(unique); n++) unique = `${code.slice(0, 46)}-${n}`;
    if (unique !== code) notes.push(`${path}: code "${code}" is taken; "${unique}" is used`);
    usedCodes.add(unique);
    return unique;
  };

  const flattened: { item: string; path: string; unit: string }[] = [];
  const itemLanguages = new Set<string>();
  const language = (node: Node) => {
    const code = languageOf(node, primaryLanguage);
    itemLanguages.add(code);
    return code;
  };
  const unitCodeOf = new Map<string, string>();
  const U = LIMITS.unit;
  const outcomeNodes: Node[][] = [];
  const units: (ContentUnit & { readonly node: Node })[] = unitNodes.map((node, u) => {
    const ext = node.ext;
    const path = `${node.path}.extensions.${EXTENSION_KEY}`;
    const statement = node.item['fullStatement'] as string;
    const hcs = isText(node.item['humanCodingScheme']) ? node.item['humanCodingScheme'] : undefined;
    const ownCode = ext !== null && isText(ext['code']) ? ext['code'] : undefined;
    const code = codeFor(ownCode ?? hcs, `U${u + 1}`, node.path);
    unitCodeOf.set(node.id, code);
    const type = node.item['CFItemType'];
    if (ext === null && isText(type) && type !== UNIT_ITEM_TYPE)
      notes.push(`${node.path} (CFItemType "${type}") is taken as a unit`);
    const notesText = isText(node.item['notes']) ? node.item['notes'] : '';
    // Without our extension (a CASE 1.0 package), the points and level its keywords state.
    const facts = keywordFacts(node.item);
    const stated: Json | null =
      ext ??
      (facts.ours
        ? {
            ...(facts.ecvetPoints === undefined ? {} : { ecvetPoints: facts.ecvetPoints }),
            ...(facts.eqfLevel === undefined ? {} : { eqfLevel: facts.eqfLevel }),
          }
        : null);
    // Outcomes: every descendant, depth first in sequence order.
    const outcomes: ContentOutcome[] = [];
    outcomeNodes[u] = [];
    const walk = (parent: Node, trail: string[]) => {
      for (const child of children.get(parent.id) ?? []) {
        const label = isText(child.item['humanCodingScheme'])
          ? child.item['humanCodingScheme']
          : child.id;
        if (trail.length > 0)
          flattened.push({ item: child.path, path: [...trail, label].join(' > '), unit: code });
        outcomes.push(outcome(child, read, language(child)));
        outcomeNodes[u].push(child);
        walk(child, [...trail, label]);
      }
    };
    walk(node, []);
    const lang = language(node);
    return {
      node,
      code,
      title: read.localized(ext, 'title', path, lang, statement),
      description: read.localized(ext, 'description', path, lang, notesText),
      eqfLevel: read.number(
        stated,
        'eqfLevel',
        path,
        U.eqfLevel,
        curriculumEqf,
        msg`unit EQF level`,
      ),
      ecvetPoints: read.number(
        stated,
        'ecvetPoints',
        path,
        U.ecvetPoints,
        0,
        msg`unit ECVET points`,
      ),
      mandatory: read.bool(ext, 'mandatory', path, true),
      electiveGroup: read.nullableCode(ext, 'electiveGroup', path),
      addOn: read.bool(ext, 'addOn', path, false),
      year: read.number(ext, 'year', path, U.year, 1, msg`unit year`),
      term: read.nullableNumber(ext, 'term', path, U.term),
      endYear: read.nullableNumber(ext, 'endYear', path, U.year),
      endTerm: read.nullableNumber(ext, 'endTerm', path, U.term),
      guidedHours: read.nullableNumber(ext, 'guidedHours', path, U.guidedHours),
      nationalCredits: read.nullableNumber(ext, 'nationalCredits', path, U.nationalCredits),
      areas: read.enumList(ext, 'areas', path, INDUSTRY_40_AREAS),
      escoSkills: read.escoList(ext, 'escoSkills', path),
      prerequisiteCodes:
        ext !== null && Array.isArray(ext['prerequisiteCodes'])
          ? read.codes(ext, 'prerequisiteCodes', path)
          : [],
      assessment: {
        methods: read.enumList(
          isObject(ext?.['assessment']) ? (ext?.['assessment'] as Json) : null,
          'methods',
          `${path}.assessment`,
          ASSESSMENT_METHODS,
        ),
        criteria: read.localized(
          isObject(ext?.['assessment']) ? (ext?.['assessment'] as Json) : null,
          'criteria',
          `${path}.assessment`,
          primaryLanguage,
          '',
        ),
      },
      outcomes,
    };
  });
  return { units, outcomeNodes, flattened, unitCodeOf, itemLanguages };
}

function outcome(node: Node, read: Reader, language: string): ContentOutcome {
  const ext = node.ext;
  const path = `${node.path}.extensions.${EXTENSION_KEY}`;
  const fromType =
    outcomeCategoryOf(node.item['CFItemType']) ?? outcomeCategoryOf(keywordFacts(node.item).word);
  const stated = ext?.['category'];
  const category = read.enumValue(
    // An alias ("competence" of ECVET 2009) is the category it names.
    ext === null ? null : { ...ext, category: outcomeCategoryOf(stated) ?? stated },
    'category',
    path,
    OUTCOME_CATEGORIES,
    fromType ?? 'knowledge',
    msg`outcome category`,
  );
  // Its skills; a package written before several skills per outcome states one.
  const escoSkills =
    ext !== null && ext['escoSkills'] !== undefined
      ? read.escoList(ext, 'escoSkills', path, LIMITS.outcome.escoSkills.max)
      : [read.esco(ext, 'escoSkill', path) ?? []].flat();
  const criteria = read.localized(ext, 'criteria', path, language, '');
  return {
    category: category as OutcomeCategory,
    text: read.localized(ext, 'text', path, language, node.item['fullStatement'] as string),
    ...(Object.keys(criteria).length === 0 ? {} : { criteria }),
    ...(escoSkills.length === 0 ? {} : { escoSkills }),
  };
}
