import { similarPairs } from './near-duplicates';
import { checkOutcomeQuality } from './outcome-quality';
import { actionsOf, namesCondition, nonVerbOpening } from './outcome-statement';
import { validCurriculum, withOutcome } from './testing/curriculum-builder';

const ALL = ['en', 'de', 'lt', 'lv', 'et'];

describe('OUTCOME-QUALITY: how a statement is built', () => {
  it.each([
    ['en', 'The safety rules at the machine', 'The'],
    ['en', 'Programming of CNC lathes', null], // a gerund: left alone, not known to be a noun
    ['en', 'Documentation of inspection results', 'Documentation'],
    ['de', 'Die Programmierung von CNC-Drehmaschinen', 'Die'],
    ['de', 'Programmierung von CNC-Drehmaschinen', 'Programmierung'],
    ['lt', 'Programavimas CNC staklėmis', 'Programavimas'],
    ['lv', 'Programmēšana CNC virpām', 'Programmēšana'],
    ['et', 'Programmeerimine CNC-treipinkidel', 'Programmeerimine'],
  ])('finds no action verb opening %s: %s', (language, statement, opening) => {
    expect(nonVerbOpening(language as 'en', statement)).toBe(opening);
  });

  it.each([
    ['en', 'Sets up the CNC lathe according to the set-up sheet'],
    ['en', 'The learner can set up the CNC lathe according to the set-up sheet'],
    ['de', 'Richtet die CNC-Drehmaschine nach Einrichteblatt ein'],
    ['de', 'Die CNC-Drehmaschine nach Einrichteblatt einrichten'],
    ['de', 'Die Lernenden können die Maschine nach Einrichteblatt einrichten'],
    ['lt', 'Paruošia CNC stakles pagal derinimo lapą'],
    ['lv', 'Sagatavo CNC virpu atbilstoši iestatīšanas lapai'],
    ['et', 'Seadistab CNC-treipingi vastavalt seadistuskaardile'],
  ])('accepts an action verb opening (or German ending) %s: %s', (language, statement) => {
    expect(nonVerbOpening(language as 'en', statement)).toBeNull();
  });

  it('counts the actions a statement joins, in each language', () => {
    expect(
      actionsOf('en', 'Measures workpieces, evaluates reports and documents results in the CAQ'),
    ).toEqual(['measure', 'evaluate', 'document']);
    // "and lead times" and "and documents" keep no verb form of the opening one.
    expect(actionsOf('en', 'Analyses process data and lead times and presents them')).toEqual([
      'analyse',
      'present',
    ]);
    expect(actionsOf('en', 'Measure workpieces and documents')).toEqual(['measure']);
    expect(
      actionsOf('de', 'Misst Werkstücke, bewertet Messprotokolle und dokumentiert Ergebnisse'),
    ).toEqual(['bewerten', 'dokumentieren']); // "misst" is irregular: not known, not counted
    expect(actionsOf('de', 'Werkstücke prüfen, bewerten und dokumentieren')).toEqual([
      'prüfen',
      'bewerten',
      'dokumentieren',
    ]);
    // German nouns are capitalised: "beim Drehen, Fräsen" names no action.
    expect(actionsOf('de', 'Erklärt Vorgänge beim Drehen, Fräsen und Schleifen')).toEqual([
      'erklären',
    ]);
    expect(
      actionsOf('lt', 'Matuoja detales, analizuoja protokolus ir dokumentuoja rezultatus'),
    ).toEqual(['matuoti', 'analizuoti', 'dokumentuoti']);
    expect(actionsOf('et', 'Seadistab, programmeerib ja kontrollib pinki')).toEqual([
      'seadistama',
      'programmeerima',
      'kontrollima',
    ]);
  });

  it('sees a condition or a standard in a skill statement', () => {
    expect(namesCondition('en', 'Sets up the lathe according to the set-up sheet')).toBe(true);
    expect(namesCondition('en', 'Turns shafts to the tolerances of the drawing')).toBe(true);
    expect(namesCondition('en', 'Sets up the lathe')).toBe(false);
    expect(namesCondition('de', 'Richtet die Drehmaschine normgerecht ein')).toBe(true);
    expect(namesCondition('de', 'Richtet die Drehmaschine ein')).toBe(false);
    expect(namesCondition('lt', 'Tekina velenus pagal brėžinį')).toBe(true);
    expect(namesCondition('lv', 'Virpo vārpstas atbilstoši rasējumam')).toBe(true);
    expect(namesCondition('et', 'Treib võlle vastavalt joonisele')).toBe(true);
    expect(namesCondition('et', 'Treib võlle')).toBe(false);
  });

  it('warns of an outcome opening with a noun, in the language it is written in', () => {
    const c = withOutcome({ ...validCurriculum(), languages: ALL }, 2, 0, (o) => ({
      text: { ...o.text, lt: 'Programavimas CNC staklėmis' },
    }));
    expect(checkOutcomeQuality(c).map((f) => [f.path, f.message])).toEqual([
      [
        'units[2].outcomes[0].text',
        'Outcome 1 of unit CNC-03 (lt) opens with "Programavimas", not with an action verb: begin with what the learner does (sets up, measures, programs …).',
      ],
    ]);
  });

  it('warns of more than two actions and of a skill without condition, in the primary language', () => {
    let c = withOutcome(validCurriculum(), 0, 1, (o) => ({
      text: {
        ...o.text,
        en: 'Clamps tools, measures them on the presetter and stores the offsets safely',
      },
    }));
    c = withOutcome(c, 1, 1, (o) => ({ text: { ...o.text, en: 'Sets up the lathe' } }));
    expect(checkOutcomeQuality(c).map((f) => [f.path, f.messages['de']])).toEqual([
      [
        'units[0].outcomes[1].text',
        'Lernergebnis 2 der Einheit CNC-01 nennt 3 Handlungen („clamp“, „measure“, „store“): höchstens zwei Hauptverben, damit jedes Lernergebnis als eines geprüft werden kann; aufteilen.',
      ],
      [
        'units[1].outcomes[1].text',
        'Lernergebnis 2 der Einheit CNC-02 ist eine Fertigkeit ohne Bedingung oder Maßstab: sagen, wie gut oder unter welchen Bedingungen (nach Zeichnung, innerhalb der Toleranz, mit …).',
      ],
    ]);
    // A knowledge outcome needs no condition.
    const knowledge = withOutcome(validCurriculum(), 1, 0, (o) => ({
      text: { ...o.text, en: 'Explains chip formation' },
    }));
    expect(checkOutcomeQuality(knowledge)).toEqual([]);
  });

  it('warns of an outcome that nearly repeats another, within and across units', () => {
    const statement = 'Sets up the CNC lathe for shafts according to the set-up sheet';
    let c = withOutcome(validCurriculum(), 0, 1, (o) => ({ text: { ...o.text, en: statement } }));
    c = withOutcome(c, 4, 1, (o) => ({
      text: { ...o.text, en: statement.replace('shafts', 'flanges') },
    }));
    expect(checkOutcomeQuality(c).map((f) => [f.path, f.message])).toEqual([
      [
        'units[4].outcomes[1].text',
        'Outcome 2 of unit CNC-05 nearly repeats outcome 2 of unit CNC-01: merge them, or say what differs.',
      ],
    ]);
  });
});

describe('similarPairs', () => {
  const jaccard = (a: readonly string[], b: readonly string[]) => {
    const x = new Set(a);
    const y = new Set(b);
    const shared = [...x].filter((w) => y.has(w)).length;
    return shared / (x.size + y.size - shared);
  };

  it('finds exactly the pairs a comparison of every pair finds', () => {
    // Pseudo-random word sets from a small vocabulary, so that many pairs are alike.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const sets = Array.from({ length: 300 }, () =>
      Array.from({ length: 3 + Math.floor(next() * 6) }, () => `w${Math.floor(next() * 12)}`),
    );
    for (const threshold of [0.5, 0.8, 1]) {
      const expected: [number, number][] = [];
      sets.forEach((later, j) =>
        sets.slice(0, j).forEach((earlier, i) => {
          if (jaccard(earlier, later) >= threshold) expected.push([i, j]);
        }),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(similarPairs(sets, threshold, Infinity)).toEqual(expected);
    }
  });

  it('compares a set with at most the given number of earlier ones, the first found', () => {
    const sets = Array.from({ length: 10 }, () => ['same', 'words']);
    const pairs = similarPairs(sets, 0.8, 3);
    expect(pairs.filter(([, later]) => later === 9)).toEqual([
      [0, 9],
      [1, 9],
      [2, 9],
    ]);
    expect(pairs).toHaveLength(3 * 7 + 0 + 1 + 2);
  });
});
