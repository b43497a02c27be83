import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { quote, unitName, unitPath, wblPath } from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** Codes are compared trimmed and case-insensitively: `CNC-01` and ` cnc-01` are the same code. */
export function codeKey(code: string): string {
  return code.trim().toLowerCase();
}

/**
 * ECVET-CODE-UNIQUE (error): the curriculum, every unit and every elective group has a code; unit
 * codes are unique within the curriculum and so are elective group codes (trimmed, ignoring case).
 * One finding per repetition after the first.
 * ECVET-ID-UNIQUE (error): unit ids, outcome ids and WBL period ids are unique, because
 * prerequisites and WBL periods refer to them. Empty ids (not yet saved) are not reported.
 */
export function checkUniqueCodes(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  if (c.code.trim() === '') {
    findings.push(
      finding('ECVET-CODE-UNIQUE', 'error', 'code', {
        en: 'The curriculum has no code.',
        de: 'Das Curriculum hat keinen Code.',
      }),
    );
  }

  const unitCodes = new Map<string, number>();
  c.units.forEach((unit, i) => {
    const key = codeKey(unit.code);
    if (key === '') {
      findings.push(
        finding('ECVET-CODE-UNIQUE', 'error', unitPath(i, 'code'), {
          en: `Unit ${i + 1} has no code.`,
          de: `Einheit ${i + 1} hat keinen Code.`,
        }),
      );
      return;
    }
    const first = unitCodes.get(key);
    if (first === undefined) {
      unitCodes.set(key, i);
      return;
    }
    const code = unit.code.trim();
    findings.push(
      finding('ECVET-CODE-UNIQUE', 'error', unitPath(i, 'code'), {
        en: `Unit ${i + 1} repeats the code ${quote(code, 'en')} of unit ${first + 1}; unit codes must be unique (ignoring case and surrounding spaces).`,
        de: `Einheit ${i + 1} wiederholt den Code ${quote(code, 'de')} von Einheit ${first + 1}; Codes von Einheiten müssen eindeutig sein (ohne Rücksicht auf Groß- und Kleinschreibung und Leerzeichen am Rand).`,
      }),
    );
  });

  const groupCodes = new Map<string, number>();
  c.electiveGroups.forEach((group, i) => {
    const path = `electiveGroups[${i}].code`;
    const key = codeKey(group.code);
    if (key === '') {
      findings.push(
        finding('ECVET-CODE-UNIQUE', 'error', path, {
          en: `Elective group ${i + 1} has no code.`,
          de: `Wahlpflichtgruppe ${i + 1} hat keinen Code.`,
        }),
      );
      return;
    }
    const first = groupCodes.get(key);
    if (first === undefined) {
      groupCodes.set(key, i);
      return;
    }
    const code = group.code.trim();
    findings.push(
      finding('ECVET-CODE-UNIQUE', 'error', path, {
        en: `Elective group ${i + 1} repeats the code ${quote(code, 'en')} of elective group ${first + 1}; group codes must be unique.`,
        de: `Wahlpflichtgruppe ${i + 1} wiederholt den Code ${quote(code, 'de')} von Wahlpflichtgruppe ${first + 1}; Gruppencodes müssen eindeutig sein.`,
      }),
    );
  });

  type Label = { readonly en: string; readonly de: string };
  const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  const duplicateId = (
    seen: Map<string, Label>,
    id: string,
    path: string,
    subject: Label,
  ): void => {
    if (id === '') return;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, subject);
      return;
    }
    findings.push(
      finding('ECVET-ID-UNIQUE', 'error', path, {
        en: `${capitalize(subject.en)} has the same id ${quote(id, 'en')} as ${first.en}; ids must be unique.`,
        de: `${capitalize(subject.de)} hat dieselbe ID ${quote(id, 'de')} wie ${first.de}; IDs müssen eindeutig sein.`,
      }),
    );
  };
  const unitIds = new Map<string, Label>();
  const outcomeIds = new Map<string, Label>();
  const wblIds = new Map<string, Label>();
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    duplicateId(unitIds, unit.id, unitPath(i, 'id'), { en: `unit ${name}`, de: `Einheit ${name}` });
    unit.outcomes.forEach((outcome, j) => {
      duplicateId(outcomeIds, outcome.id, unitPath(i, `outcomes[${j}].id`), {
        en: `outcome ${j + 1} of unit ${name}`,
        de: `Lernergebnis ${j + 1} der Einheit ${name}`,
      });
    });
  });
  c.workBasedLearning.forEach((period, i) => {
    duplicateId(wblIds, period.id, wblPath(i, 'id'), {
      en: `work-based learning period ${i + 1}`,
      de: `betriebliche Lernphase ${i + 1}`,
    });
  });
  return findings;
}
