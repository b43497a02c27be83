import { finding, Finding } from './finding';
import { normalizeCurriculum } from './normalize';
import { type Messages, quote, unitName, unitPath, wblPath } from './rule-support';
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
        lt: 'Mokymo programai nenurodytas kodas.',
        lv: 'Mācību programmai nav koda.',
        et: 'Õppekaval puudub kood.',
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
          lt: `Moduliui Nr. ${i + 1} nenurodytas kodas.`,
          lv: `${i + 1}. vienībai nav koda.`,
          et: `${i + 1}. ühikul puudub kood.`,
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
        lt: `Modulio Nr. ${i + 1} kodas ${quote(code, 'lt')} kartoja modulio Nr. ${first + 1} kodą; modulių kodai turi būti unikalūs (neatsižvelgiant į didžiąsias ir mažąsias raides bei tarpus pradžioje ir pabaigoje).`,
        lv: `${i + 1}. vienībai ir tas pats kods ${quote(code, 'lv')} kā ${first + 1}. vienībai; vienību kodiem jābūt unikāliem (neņemot vērā lielos un mazos burtus un atstarpes sākumā un beigās).`,
        et: `${i + 1}. ühikul on sama kood ${quote(code, 'et')} mis ${first + 1}. ühikul; ühikute koodid peavad olema kordumatud (suur- ja väiketähti ning algus- ja lõputühikuid arvestamata).`,
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
          de: `Wahlpflichtbereich ${i + 1} hat keinen Code.`,
          lt: `Pasirenkamųjų modulių grupei Nr. ${i + 1} nenurodytas kodas.`,
          lv: `${i + 1}. izvēles grupai nav koda.`,
          et: `${i + 1}. valikrühmal puudub kood.`,
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
        de: `Wahlpflichtbereich ${i + 1} wiederholt den Code ${quote(code, 'de')} von Wahlpflichtbereich ${first + 1}; Codes von Wahlpflichtbereichen müssen eindeutig sein.`,
        lt: `Pasirenkamųjų modulių grupės Nr. ${i + 1} kodas ${quote(code, 'lt')} kartoja grupės Nr. ${first + 1} kodą; grupių kodai turi būti unikalūs.`,
        lv: `${i + 1}. izvēles grupai ir tas pats kods ${quote(code, 'lv')} kā ${first + 1}. izvēles grupai; grupu kodiem jābūt unikāliem.`,
        et: `${i + 1}. valikrühmal on sama kood ${quote(code, 'et')} mis ${first + 1}. valikrühmal; rühmade koodid peavad olema kordumatud.`,
      }),
    );
  });

  /** Lithuanian, Latvian and Estonian in the genitive: "the id of …". */
  type Label = Messages;
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
        lt: `${capitalize(subject.lt)} ID ${quote(id, 'lt')} sutampa su ${first.lt} ID; identifikatoriai turi būti unikalūs.`,
        lv: `${capitalize(subject.lv)} ID ${quote(id, 'lv')} sakrīt ar ${first.lv} ID; identifikatoriem jābūt unikāliem.`,
        et: `${capitalize(subject.et)} ID ${quote(id, 'et')} on sama mis ${first.et} ID; identifikaatorid peavad olema kordumatud.`,
      }),
    );
  };
  const unitIds = new Map<string, Label>();
  const outcomeIds = new Map<string, Label>();
  const wblIds = new Map<string, Label>();
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    duplicateId(unitIds, unit.id, unitPath(i, 'id'), {
      en: `unit ${name}`,
      de: `Einheit ${name}`,
      lt: `modulio ${name}`,
      lv: `vienības ${name}`,
      et: `ühiku ${name}`,
    });
    unit.outcomes.forEach((outcome, j) => {
      duplicateId(outcomeIds, outcome.id, unitPath(i, `outcomes[${j}].id`), {
        en: `outcome ${j + 1} of unit ${name}`,
        de: `Lernergebnis ${j + 1} der Einheit ${name}`,
        lt: `modulio ${name} mokymosi rezultato Nr. ${j + 1}`,
        lv: `vienības ${name} ${j + 1}. mācīšanās rezultāta`,
        et: `ühiku ${name} ${j + 1}. õpiväljundi`,
      });
    });
  });
  c.workBasedLearning.forEach((period, i) => {
    duplicateId(wblIds, period.id, wblPath(i, 'id'), {
      en: `work-based learning period ${i + 1}`,
      de: `betriebliche Phase ${i + 1}`,
      lt: `mokymosi darbo vietoje laikotarpio Nr. ${i + 1}`,
      lv: `${i + 1}. darba vidē balstīto mācību perioda`,
      et: `${i + 1}. töökohapõhise õppe perioodi`,
    });
  });
  return findings;
}
