import {
  ASSESSMENT_METHODS,
  CHOICE_RULES,
  CODE_PATTERN,
  DEFAULT_THRESHOLDS,
  LANGUAGE_PATTERN,
  LIMITS,
  type ContentAssessmentPart,
  type ContentPartialQualification,
  type ContentUnit,
  type ContentWorkBasedLearning,
  type ElectiveGroupInput,
  type EscoReference,
  type FieldError,
  type LocalizedText,
  type NumberLimit,
  type RuleThresholds,
  msg,
} from '@curriculum-builder/curriculum';
import { isObject, isText, type Json } from './case-json';

/** At most this many defaults are listed one by one in an import report (all are counted). */
export const MAX_DEFAULT_WARNINGS = 200;

/** Reads fields of our extension objects, checking types and ranges; defaults are recorded. */
export class Reader {
  private readonly used = new Map<string, number>();
  private readonly listed: FieldError[] = [];
  private readonly defaulted = new Map<string, string[]>();
  constructor(
    private readonly problems: FieldError[],
    private readonly notes: string[],
  ) {}

  /** Each value the package did not state and a default stood in for, with its path. */
  defaultsUsed(): FieldError[] {
    const total = [...this.used.values()].reduce((a, b) => a + b, 0);
    const more = total - this.listed.length;
    return more > 0
      ? [
          ...this.listed,
          { path: '', message: msg`and ${more} more defaults: ${this.defaults().join('; ')}` },
        ]
      : this.listed;
  }

  /** The defaults used, counted by what they stood in for. */
  defaults(): string[] {
    return [...this.used].map(
      ([what, n]) => msg`${what}: not in the package, a default was used (${n}×) — please check`,
    );
  }

  /**
   * The fields of the record at `path` (a package path, as the reader was given it) that a default
   * filled, other than those left empty (unknown is no guess).
   */
  defaultedAt(path: string): string[] {
    return this.defaulted.get(path) ?? [];
  }

  /** The fields our extension at `path` still marks as an earlier import's defaults (`defaults`). */
  stillGuessed(ext: Json | null, path: string): void {
    const marked = ext?.['defaults'];
    if (marked === undefined) return;
    if (!Array.isArray(marked) || !marked.every(isText)) {
      this.bad(path, 'defaults', msg`must be a list of field names`);
      return;
    }
    this.defaulted.set(path, [...this.defaultedAt(path), ...marked]);
  }

  private fallback<T>(what: string, value: T, path: string, key: string): T {
    this.used.set(what, (this.used.get(what) ?? 0) + 1);
    if (value !== '') this.defaulted.set(path, [...this.defaultedAt(path), key]);
    if (this.listed.length < MAX_DEFAULT_WARNINGS) {
      this.listed.push({
        path: `${path}.${key}`,
        message: msg`${what} is not in the package: ${JSON.stringify(value)} was used — please check`,
      });
    }
    return value;
  }

  private bad(path: string, key: string, message: string) {
    this.problems.push({ path: `${path}.${key}`, message });
  }

  /** A number within `limit` (a row of `LIMITS`); `dflt` when absent. */
  number(
    ext: Json | null,
    key: string,
    path: string,
    limit: NumberLimit,
    dflt: number,
    what = key,
  ): number {
    const v = ext?.[key];
    if (ext === null || v === undefined) return this.fallback(what, dflt, path, key);
    const { min, max, integer } = limit;
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (integer && !Number.isInteger(v))
    ) {
      const got = JSON.stringify(v);
      this.bad(
        path,
        key,
        integer
          ? msg`must be an integer from ${min} to ${max}, got ${got}`
          : msg`must be a number from ${min} to ${max}, got ${got}`,
      );
      return dflt;
    }
    return v;
  }

  nullableNumber(ext: Json | null, key: string, path: string, limit: NumberLimit): number | null {
    if (ext === null || ext[key] === null || ext[key] === undefined) return null;
    return this.number(ext, key, path, limit, limit.min);
  }

  bool(ext: Json | null, key: string, path: string, dflt: boolean): boolean {
    const v = ext?.[key];
    if (ext === null || v === undefined) return dflt;
    if (typeof v !== 'boolean') this.bad(path, key, msg`must be true or false`);
    return typeof v === 'boolean' ? v : dflt;
  }

  pattern(
    ext: Json | null,
    key: string,
    path: string,
    re: RegExp,
    dflt: string,
    what = key,
  ): string {
    const v = ext?.[key];
    if (ext === null || v === undefined) return this.fallback(what, dflt, path, key);
    if (!isText(v) || !re.test(v)) {
      this.bad(path, key, msg`is not a valid ${what}: ${JSON.stringify(v)}`);
      return dflt;
    }
    return v;
  }

  code(ext: Json | null, key: string, path: string, dflt: string): string {
    return this.pattern(ext, key, path, CODE_PATTERN, dflt, msg`curriculum code`);
  }

  nullableCode(ext: Json | null, key: string, path: string): string | null {
    if (ext === null || ext[key] === null || ext[key] === undefined) return null;
    return this.pattern(ext, key, path, CODE_PATTERN, '', msg`code`);
  }

  codes(ext: Json, key: string, path: string): string[] {
    const v = ext[key] as unknown[];
    return v.flatMap((c, k) => {
      if (isText(c)) return [c];
      this.bad(path, `${key}[${k}]`, msg`must be a unit code`);
      return [];
    });
  }

  language(ext: Json | null, key: string, path: string, dflt: string): string {
    return this.pattern(ext, key, path, LANGUAGE_PATTERN, dflt, msg`language`);
  }

  languages(ext: Json | null, path: string, primary: string): string[] {
    const v = ext?.['languages'];
    if (ext === null || v === undefined) return [primary];
    if (
      !Array.isArray(v) ||
      v.length === 0 ||
      v.length > LIMITS.curriculum.languages.max ||
      !v.every((l) => isText(l) && LANGUAGE_PATTERN.test(l))
    ) {
      this.bad(path, 'languages', msg`must be a list of 1 to 30 language codes`);
      return [primary];
    }
    if (!v.includes(primary))
      this.bad(path, 'languages', msg`must include the primary language ${primary}`);
    return v as string[];
  }

  /** The required languages, declared ones; absent: the primary one alone (undefined). */
  requiredLanguages(
    ext: Json | null,
    path: string,
    languages: readonly string[],
  ): string[] | undefined {
    const v = ext?.['requiredLanguages'];
    if (ext === null || v === undefined) return undefined;
    if (!Array.isArray(v) || !v.every((l) => isText(l) && languages.includes(l))) {
      this.bad(path, 'requiredLanguages', msg`must be a list of the curriculum's languages`);
      return undefined;
    }
    return v as string[];
  }

  localized(
    ext: Json | null,
    key: string,
    path: string,
    primary: string,
    statement: string,
  ): LocalizedText {
    const v = ext?.[key];
    if (ext === null || v === undefined) return statement === '' ? {} : { [primary]: statement };
    if (
      !isObject(v) ||
      !Object.entries(v).every(
        ([l, t]) => LANGUAGE_PATTERN.test(l) && isText(t) && t.length <= 20000,
      )
    ) {
      this.bad(path, key, msg`must map language codes to texts`);
      return {};
    }
    const texts = v as Record<string, string>;
    // Edited elsewhere: the CASE statement wins over the stored primary-language text.
    if (statement !== '' && (texts[primary] ?? '').trim() !== '' && texts[primary] !== statement) {
      this.notes.push(
        `${path}.${key}: the ${primary} text differs from the CASE statement; the statement is used`,
      );
      return { ...texts, [primary]: statement };
    }
    return texts;
  }

  enumValue<T extends string>(
    ext: Json | null,
    key: string,
    path: string,
    values: readonly T[],
    dflt: T,
    what: string,
  ): T {
    const v = ext?.[key];
    if (ext === null || v === undefined)
      return dflt === 'knowledge' ? this.fallback(what, dflt, path, key) : dflt;
    if (!values.includes(v as T)) {
      this.bad(path, key, msg`must be one of ${values.join(', ')}`);
      return dflt;
    }
    return v as T;
  }

  enumList<T extends string>(
    ext: Json | null,
    key: string,
    path: string,
    values: readonly T[],
  ): T[] {
    const v = ext?.[key];
    if (ext === null || v === undefined) return [];
    if (!Array.isArray(v) || !v.every((x) => values.includes(x as T))) {
      this.bad(path, key, msg`must be a list of ${values.join(', ')}`);
      return [];
    }
    return [...new Set(v as T[])];
  }

  esco(ext: Json | null, key: string, path: string): EscoReference | null {
    const v = ext?.[key];
    if (ext === null || v === undefined || v === null) return null;
    if (
      !isObject(v) ||
      !isText(v['uri']) ||
      !/^http:\/\/data\.europa\.eu\/esco\//.test(v['uri']) ||
      !isObject(v['label'])
    ) {
      this.bad(path, key, msg`must be an ESCO reference { uri, label }`);
      return null;
    }
    return { uri: v['uri'], label: this.localized(v, 'label', `${path}.${key}`, '', '') };
  }

  escoList(
    ext: Json | null,
    key: string,
    path: string,
    max = LIMITS.unit.escoSkills.max,
  ): EscoReference[] {
    const v = ext?.[key];
    if (ext === null || v === undefined) return [];
    if (!Array.isArray(v) || v.length > max) {
      this.bad(path, key, msg`must be a list of at most ${max} ESCO references`);
      return [];
    }
    return v.flatMap((_, k) => this.esco(v as unknown as Json, String(k), `${path}.${key}`) ?? []);
  }

  thresholds(ext: Json | null, path: string): RuleThresholds {
    const v = ext?.['thresholds'];
    if (ext === null || v === undefined) return DEFAULT_THRESHOLDS;
    if (!isObject(v)) {
      this.bad(path, 'thresholds', msg`must be an object`);
      return DEFAULT_THRESHOLDS;
    }
    const p = `${path}.thresholds`;
    const keys = Object.keys(LIMITS.thresholds) as (keyof RuleThresholds)[];
    return Object.fromEntries(
      keys.map((key) => [
        key,
        this.number(v, key, p, LIMITS.thresholds[key], DEFAULT_THRESHOLDS[key]),
      ]),
    ) as unknown as RuleThresholds;
  }

  electiveGroups(ext: Json | null, path: string, primary: string): ElectiveGroupInput[] {
    const v = ext?.['electiveGroups'];
    if (ext === null || v === undefined) return [];
    const { max } = LIMITS.curriculum.electiveGroups;
    if (!Array.isArray(v) || v.length > max) {
      this.bad(path, 'electiveGroups', msg`must be a list of at most ${max} groups`);
      return [];
    }
    return v.flatMap((g: unknown, i) => {
      const p = `${path}.electiveGroups[${i}]`;
      if (!isObject(g)) {
        this.problems.push({ path: p, message: msg`must be an object` });
        return [];
      }
      return [
        {
          code: this.pattern(g, 'code', p, CODE_PATTERN, 'G', msg`group code`),
          title: this.localized(g, 'title', p, primary, ''),
          pointsRequired: this.number(
            g,
            'pointsRequired',
            p,
            LIMITS.electiveGroup.pointsRequired,
            0,
          ),
          // Packages written before choice rules: "at least its points".
          rule: this.enumValue(g, 'rule', p, CHOICE_RULES, 'points-at-least', msg`choice rule`),
          unitsRequired: this.nullableNumber(
            g,
            'unitsRequired',
            p,
            LIMITS.electiveGroup.unitsRequired,
          ),
        },
      ];
    });
  }

  periods(
    ext: Json | null,
    path: string,
    primary: string,
    units: readonly ContentUnit[],
  ): ContentWorkBasedLearning[] {
    const v = ext?.['workBasedLearning'];
    if (ext === null || v === undefined) return [];
    if (!Array.isArray(v) || v.length > 500) {
      this.bad(path, 'workBasedLearning', msg`must be a list of at most 500 periods`);
      return [];
    }
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    const W = LIMITS.workBasedLearning;
    return v.flatMap((w: unknown, i) => {
      const p = `${path}.workBasedLearning[${i}]`;
      if (!isObject(w)) {
        this.problems.push({ path: p, message: msg`must be an object` });
        return [];
      }
      return [
        {
          title: this.localized(w, 'title', p, primary, ''),
          year: this.number(w, 'year', p, W.year, 1),
          term: this.nullableNumber(w, 'term', p, W.term),
          durationHours: this.number(w, 'durationHours', p, W.durationHours, 1),
          companyProfile: this.localized(w, 'companyProfile', p, primary, ''),
          mentorRole: this.localized(w, 'mentorRole', p, primary, ''),
          ...this.references(w, p, byCode),
          assessment: this.localized(w, 'assessment', p, primary, ''),
        },
      ];
    });
  }

  /** The assessment plan's parts; none when the extension has no `assessmentPlan`. */
  assessmentPlan(
    ext: Json | null,
    path: string,
    primary: string,
    units: readonly ContentUnit[],
  ): ContentAssessmentPart[] {
    const v = ext?.['assessmentPlan'];
    if (ext === null || v === undefined) return [];
    const P = LIMITS.assessmentPart;
    const { max } = LIMITS.curriculum.assessmentPlan;
    if (!Array.isArray(v) || v.length > max) {
      this.bad(path, 'assessmentPlan', msg`must be a list of at most ${max} parts`);
      return [];
    }
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    return v.flatMap((a: unknown, i) => {
      const p = `${path}.assessmentPlan[${i}]`;
      if (!isObject(a)) {
        this.problems.push({ path: p, message: msg`must be an object` });
        return [];
      }
      return [
        {
          code: this.pattern(a, 'code', p, CODE_PATTERN, `P${i + 1}`, msg`part code`),
          title: this.localized(a, 'title', p, primary, ''),
          weight: this.number(a, 'weight', p, P.weight, 0),
          year: this.number(a, 'year', p, P.year, 1),
          term: this.nullableNumber(a, 'term', p, P.term),
          methods: this.enumList(a, 'methods', p, ASSESSMENT_METHODS),
          ...this.references(a, p, byCode),
        },
      ];
    });
  }

  /** The partial qualifications of the document's extension (none when it has none). */
  partialQualifications(
    ext: Json | null,
    path: string,
    primary: string,
    units: readonly ContentUnit[],
  ): ContentPartialQualification[] {
    const v = ext?.['partialQualifications'];
    if (ext === null || v === undefined) return [];
    const { max } = LIMITS.curriculum.partialQualifications;
    if (!Array.isArray(v) || v.length > max) {
      this.bad(path, 'partialQualifications', msg`must be a list of at most ${max} entries`);
      return [];
    }
    const byCode = new Map(units.map((unit) => [unit.code, unit]));
    return v.flatMap((a: unknown, i) => {
      const p = `${path}.partialQualifications[${i}]`;
      if (!isObject(a)) {
        this.problems.push({ path: p, message: msg`must be an object` });
        return [];
      }
      return [
        {
          code: this.pattern(a, 'code', p, CODE_PATTERN, `TQ${i + 1}`, msg`code`),
          title: this.localized(a, 'title', p, primary, ''),
          unitCodes: this.references(a, p, byCode).unitCodes,
        },
      ];
    });
  }

  /** The units (by code) and outcomes (unit code, index) a period or a part names. */
  private references(
    record: Json,
    path: string,
    byCode: ReadonlyMap<string, ContentUnit>,
  ): Pick<ContentWorkBasedLearning, 'unitCodes' | 'outcomeRefs'> {
    const unitCodes = Array.isArray(record['unitCodes'])
      ? this.codes(record, 'unitCodes', path)
      : [];
    unitCodes.forEach((code, k) => {
      if (!byCode.has(code)) this.bad(path, `unitCodes[${k}]`, msg`no unit has the code ${code}`);
    });
    const refs = Array.isArray(record['outcomeRefs']) ? (record['outcomeRefs'] as unknown[]) : [];
    const outcomeRefs = refs.flatMap((r, k) => {
      const unit = isObject(r) && isText(r['unitCode']) ? byCode.get(r['unitCode']) : undefined;
      const index = isObject(r) ? r['index'] : undefined;
      if (
        unit === undefined ||
        !Number.isInteger(index) ||
        (index as number) < 0 ||
        (index as number) >= unit.outcomes.length
      ) {
        this.bad(
          path,
          `outcomeRefs[${k}]`,
          msg`must name a unit code and the index of one of its outcomes`,
        );
        return [];
      }
      return [{ unitCode: unit.code, index: index as number }];
    });
    return { unitCodes, outcomeRefs };
  }
}
