import { CHOICE_RULES } from '../model/curriculum';
import { finding, Finding } from './finding';
import {
  normalizeCurriculum,
  type NormalizedCurriculum,
  type NormalizedElectiveGroup,
  type NormalizedUnit,
} from './normalize';
import {
  approxEqual,
  count,
  ET,
  fmt,
  groupPoints,
  groupUnits,
  LT,
  LV,
  quote,
  unitName,
  unitPath,
  unitPoints,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** Sum of the points of the mandatory units (an add-on counts in no sum of the qualification). */
export function mandatoryPointsOf(c: NormalizedCurriculum): number {
  return c.units.filter((u) => u.mandatory && !u.addOn).reduce((sum, u) => sum + unitPoints(u), 0);
}

/** Sum of the points the elective groups require of a pathway. */
export function electivePointsRequiredOf(c: NormalizedCurriculum): number {
  return c.electiveGroups.reduce((sum, g) => sum + groupPoints(g.pointsRequired), 0);
}

/** Cents of a point: the precision at which a choice of units must hit the points required. */
const CENTS = 100;
/** Subset sums beyond this many cents are not computed (no finding rather than a slow check). */
const MAX_CENTS = 200_000;

/**
 * Whether some choice of `points` (each unit at most once) sums exactly to `required` (subset sum
 * over cents); undefined when the numbers are too large to tell cheaply.
 */
export function reachable(points: readonly number[], required: number): boolean | undefined {
  const target = Math.round(required * CENTS);
  if (target > MAX_CENTS) return undefined;
  const sums = new Uint8Array(target + 1);
  sums[0] = 1;
  for (const p of points) {
    const step = Math.round(p * CENTS);
    if (step <= 0) continue;
    for (let s = target; s >= step; s--) if (sums[s - step] === 1) sums[s] = 1;
    if (sums[target] === 1) return true;
  }
  return sums[target] === 1;
}

/**
 * ECVET-R2: mandatory unit points + the points each elective group counts = the qualification's
 * points (add-on units count outside); every group's choice rule can be met by its units (at least
 * or exactly its points by subset sum, or n of its m units); every elective unit belongs to a
 * declared group (codes are matched exactly); mandatory units and add-ons belong to none.
 */
export function checkElectivePoints(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  const mandatory = mandatoryPointsOf(c);
  const elective = electivePointsRequiredOf(c);
  const total = mandatory + elective;

  if (Number.isFinite(c.ecvetPoints) && !approxEqual(total, c.ecvetPoints)) {
    findings.push(
      finding('ECVET-R2', 'error', 'ecvetPoints', {
        en: `Mandatory units carry ${fmt(mandatory, 'en')} ECVET points and the elective groups require ${fmt(elective, 'en')}; together ${fmt(total, 'en')}, but the qualification has ${fmt(c.ecvetPoints, 'en')}.`,
        de: `Die Pflichteinheiten haben ${fmt(mandatory, 'de')} ECVET-Punkte und die Wahlpflichtbereiche verlangen ${fmt(elective, 'de')}; zusammen ${fmt(total, 'de')}, die Qualifikation hat aber ${fmt(c.ecvetPoints, 'de')}.`,
        lt: `Privalomieji moduliai turi ${count(mandatory, 'lt', LT.ecvetPointsAcc)}, o pasirenkamųjų modulių grupės reikalauja ${fmt(elective, 'lt')}; iš viso ${fmt(total, 'lt')}, tačiau kvalifikacijos vertė – ${count(c.ecvetPoints, 'lt', LT.ecvetPointsNom)}.`,
        lv: `Obligātajām vienībām ir ${count(mandatory, 'lv', LV.ecvetPointsNom)}, un izvēles grupas prasa ${fmt(elective, 'lv')}; kopā ${fmt(total, 'lv')}, taču kvalifikācijai ir ${count(c.ecvetPoints, 'lv', LV.ecvetPointsNom)}.`,
        et: `Kohustuslikel ühikutel on ${count(mandatory, 'et', ET.ecvetPoints)} ja valikrühmad nõuavad ${fmt(elective, 'et')}; kokku ${fmt(total, 'et')}, kuid kvalifikatsioonil on ${count(c.ecvetPoints, 'et', ET.ecvetPoints)}.`,
      }),
    );
  }

  c.electiveGroups.forEach((group, i) => {
    findings.push(...checkGroupChoice(c, group, i));
  });

  const declared = new Set(c.electiveGroups.map((g) => g.code));
  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    const path = unitPath(i, 'electiveGroup');
    const group = unit.electiveGroup;
    if (unit.addOn) {
      findings.push(...checkAddOn(unit, i));
    } else if (unit.mandatory) {
      if (group !== null) {
        findings.push(
          finding('ECVET-R2', 'warning', path, {
            en: `Mandatory unit ${name} names the elective group ${quote(group, 'en')}; mandatory units count in full and belong to no group.`,
            de: `Die Pflichteinheit ${name} nennt den Wahlpflichtbereich ${quote(group, 'de')}; Pflichteinheiten zählen voll und gehören zu keinem Wahlpflichtbereich.`,
            lt: `Privalomajam moduliui ${name} nurodyta pasirenkamųjų modulių grupė ${quote(group, 'lt')}; privalomieji moduliai įskaitomi visa apimtimi ir nepriklauso jokiai grupei.`,
            lv: `Obligātajai vienībai ${name} norādīta izvēles grupa ${quote(group, 'lv')}; obligātās vienības tiek ieskaitītas pilnā apjomā un nepieder nevienai grupai.`,
            et: `Kohustuslikul ühikul ${name} on märgitud valikrühm ${quote(group, 'et')}; kohustuslikud ühikud arvestatakse täies mahus ega kuulu ühtegi rühma.`,
          }),
        );
      }
    } else if (group === null) {
      findings.push(
        finding('ECVET-R2', 'error', path, {
          en: `Elective unit ${name} belongs to no elective group.`,
          de: `Die Wahlpflichteinheit ${name} gehört zu keinem Wahlpflichtbereich.`,
          lt: `Pasirenkamasis modulis ${name} nepriskirtas jokiai pasirenkamųjų modulių grupei.`,
          lv: `Izvēles vienība ${name} nav iekļauta nevienā izvēles grupā.`,
          et: `Valikühik ${name} ei kuulu ühtegi valikrühma.`,
        }),
      );
    } else if (!declared.has(group)) {
      findings.push(
        finding('ECVET-R2', 'error', path, {
          en: `Elective unit ${name} names the elective group ${quote(group, 'en')}, which is not declared.`,
          de: `Die Wahlpflichteinheit ${name} nennt den Wahlpflichtbereich ${quote(group, 'de')}, der nicht angelegt ist.`,
          lt: `Pasirenkamajam moduliui ${name} nurodyta pasirenkamųjų modulių grupė ${quote(group, 'lt')}, kuri nėra apibrėžta.`,
          lv: `Izvēles vienībai ${name} norādīta izvēles grupa ${quote(group, 'lv')}, kas nav definēta.`,
          et: `Valikühikul ${name} on märgitud valikrühm ${quote(group, 'et')}, mida pole määratletud.`,
        }),
      );
    }
  });
  return findings;
}

/** An add-on is optional and outside every sum of the qualification: not mandatory, in no group. */
function checkAddOn(unit: NormalizedUnit, i: number): Finding[] {
  const name = unitName(unit, i);
  const findings: Finding[] = [];
  if (unit.mandatory) {
    findings.push(
      finding('ECVET-R2', 'error', unitPath(i, 'addOn'), {
        en: `Unit ${name} is both mandatory and an add-on; an add-on qualification is optional and counts outside the qualification's points.`,
        de: `Die Einheit ${name} ist zugleich Pflicht und Zusatzqualifikation; eine Zusatzqualifikation ist freiwillig und zählt außerhalb der Punkte der Qualifikation.`,
        lt: `Modulis ${name} pažymėtas ir kaip privalomasis, ir kaip papildoma kvalifikacija; papildoma kvalifikacija yra neprivaloma, o jos taškai į kvalifikacijos taškus neįskaitomi.`,
        lv: `Vienība ${name} ir gan obligāta, gan papildkvalifikācija; papildkvalifikācija ir brīvprātīga, un tās punkti netiek ieskaitīti kvalifikācijas punktos.`,
        et: `Ühik ${name} on korraga kohustuslik ja lisakvalifikatsioon; lisakvalifikatsioon on vabatahtlik ja selle punkte kvalifikatsiooni punktide hulka ei arvestata.`,
      }),
    );
  }
  if (unit.electiveGroup !== null) {
    findings.push(
      finding('ECVET-R2', 'warning', unitPath(i, 'electiveGroup'), {
        en: `Add-on unit ${name} names the elective group ${quote(unit.electiveGroup, 'en')}; add-ons belong to no group, their points count outside the qualification's.`,
        de: `Die Zusatzqualifikation ${name} nennt den Wahlpflichtbereich ${quote(unit.electiveGroup, 'de')}; Zusatzqualifikationen gehören zu keinem Wahlpflichtbereich, ihre Punkte zählen außerhalb der Qualifikation.`,
        lt: `Papildomos kvalifikacijos moduliui ${name} nurodyta pasirenkamųjų modulių grupė ${quote(unit.electiveGroup, 'lt')}; papildomos kvalifikacijos moduliai nepriklauso jokiai grupei, o jų taškai į kvalifikacijos taškus neįskaitomi.`,
        lv: `Papildkvalifikācijas vienībai ${name} norādīta izvēles grupa ${quote(unit.electiveGroup, 'lv')}; papildkvalifikācijas vienības nepieder nevienai grupai, un to punkti netiek ieskaitīti kvalifikācijas punktos.`,
        et: `Lisakvalifikatsiooni ühikul ${name} on märgitud valikrühm ${quote(unit.electiveGroup, 'et')}; lisakvalifikatsioonid ei kuulu ühtegi rühma ja nende punkte kvalifikatsiooni punktide hulka ei arvestata.`,
      }),
    );
  }
  return findings;
}

/** The group's points and choice rule against the units it offers. */
function checkGroupChoice(
  c: NormalizedCurriculum,
  group: NormalizedElectiveGroup,
  i: number,
): Finding[] {
  const code = group.code.trim() === '' ? `#${i + 1}` : group.code;
  const path = `electiveGroups[${i}].pointsRequired`;
  const required = group.pointsRequired;
  if (!Number.isFinite(required) || required < 0) {
    return [
      finding('ECVET-R2', 'error', path, {
        en: `Elective group ${code} must require a number of points of 0 or more (found: ${fmt(required, 'en')}).`,
        de: `Der Wahlpflichtbereich ${code} muss eine Punktzahl von 0 oder mehr verlangen (gefunden: ${fmt(required, 'de')}).`,
        lt: `Pasirenkamųjų modulių grupės ${code} reikalaujamas taškų skaičius turi būti 0 arba didesnis (dabartinė reikšmė: ${fmt(required, 'lt')}).`,
        lv: `Izvēles grupas ${code} prasītajam punktu skaitam jābūt 0 vai lielākam (pašreizējā vērtība: ${fmt(required, 'lv')}).`,
        et: `Valikrühma ${code} nõutav punktide arv peab olema 0 või suurem (praegune väärtus: ${fmt(required, 'et')}).`,
      }),
    ];
  }
  if (group.rule === '') {
    return [
      finding('ECVET-R2', 'error', `electiveGroups[${i}].rule`, {
        en: `Elective group ${code} has no valid choice rule (one of ${CHOICE_RULES.join(', ')}).`,
        de: `Der Wahlpflichtbereich ${code} hat keine gültige Auswahlregel (eine von ${CHOICE_RULES.join(', ')}).`,
        lt: `Pasirenkamųjų modulių grupė ${code} neturi tinkamos pasirinkimo taisyklės (galimos: ${CHOICE_RULES.join(', ')}).`,
        lv: `Izvēles grupai ${code} nav derīga izvēles noteikuma (iespējamie: ${CHOICE_RULES.join(', ')}).`,
        et: `Valikrühmal ${code} puudub kehtiv valikureegel (võimalikud: ${CHOICE_RULES.join(', ')}).`,
      }),
    ];
  }
  const units = groupUnits(c, group);
  if (group.rule === 'units') return checkUnitsChoice(group, code, i, units.map(unitPoints));

  const points = units.map(unitPoints).filter((p) => p > 0);
  const offered = points.reduce((sum, p) => sum + p, 0);
  if (offered < required && !approxEqual(offered, required)) {
    return [
      finding('ECVET-R2', 'error', path, {
        en: `Elective group ${code} requires ${fmt(required, 'en')} ECVET points, but its units carry only ${fmt(offered, 'en')}.`,
        de: `Der Wahlpflichtbereich ${code} verlangt ${fmt(required, 'de')} ECVET-Punkte, seine Einheiten haben aber nur ${fmt(offered, 'de')}.`,
        lt: `Pasirenkamųjų modulių grupė ${code} reikalauja ${count(required, 'lt', LT.ecvetPointsGen)}, tačiau jos moduliai turi tik ${fmt(offered, 'lt')}.`,
        lv: `Izvēles grupa ${code} prasa ${count(required, 'lv', LV.ecvetPointsAcc)}, taču tās vienībām ir tikai ${fmt(offered, 'lv')}.`,
        et: `Valikrühm ${code} nõuab ${count(required, 'et', ET.ecvetPointsPart)}, kuid selle ühikutel on ainult ${fmt(offered, 'et')}.`,
      }),
    ];
  }
  if (required > 0 && reachable(points, required) === false) {
    // "Exactly" cannot be met at all; "at least" only by taking more than the group counts.
    const exactly = group.rule === 'points-exactly';
    return [
      finding('ECVET-R2', exactly ? 'error' : 'warning', path, {
        en: `Elective group ${code} requires ${exactly ? 'exactly ' : ''}${fmt(required, 'en')} ECVET points, but no choice of its units makes exactly that (they carry ${points.map((p) => fmt(p, 'en')).join(', ')}).`,
        de: `Der Wahlpflichtbereich ${code} verlangt ${exactly ? 'genau ' : ''}${fmt(required, 'de')} ECVET-Punkte, aber keine Auswahl seiner Einheiten ergibt genau so viele (sie haben ${points.map((p) => fmt(p, 'de')).join('; ')}).`,
        lt: `Pasirenkamųjų modulių grupė ${code} reikalauja ${exactly ? 'lygiai ' : ''}${count(required, 'lt', LT.ecvetPointsGen)}, tačiau jokiu jos modulių deriniu negalima surinkti lygiai tiek (jų taškai: ${points.map((p) => fmt(p, 'lt')).join('; ')}).`,
        lv: `Izvēles grupa ${code} prasa ${exactly ? 'tieši ' : ''}${count(required, 'lv', LV.ecvetPointsAcc)}, taču neviena tās vienību kombinācija nedod tieši tik daudz (to punkti: ${points.map((p) => fmt(p, 'lv')).join('; ')}).`,
        et: `Valikrühm ${code} nõuab ${exactly ? 'täpselt ' : ''}${count(required, 'et', ET.ecvetPointsPart)}, kuid ükski selle ühikute valik ei anna täpselt nii palju (nende punktid: ${points.map((p) => fmt(p, 'et')).join('; ')}).`,
      }),
    ];
  }
  return [];
}

/**
 * "Choose n of m units": n is a whole number from 1 to m, and every choice of n units earns the
 * points the group counts — the n smallest units not fewer (error), the n largest not more (warning:
 * learners would earn more than the qualification counts).
 */
function checkUnitsChoice(
  group: NormalizedElectiveGroup,
  code: string,
  i: number,
  points: readonly number[],
): Finding[] {
  const n = group.unitsRequired;
  const at = `electiveGroups[${i}].unitsRequired`;
  if (n === null || !Number.isInteger(n) || n < 1) {
    return [
      finding('ECVET-R2', 'error', at, {
        en: `Elective group ${code} lets learners choose units: say how many (a whole number of 1 or more).`,
        de: `Im Wahlpflichtbereich ${code} wählen Lernende Einheiten: Geben Sie an, wie viele (eine ganze Zahl ab 1).`,
        lt: `Pasirenkamųjų modulių grupėje ${code} besimokantieji renkasi modulius: nurodykite, kiek jų reikia pasirinkti (sveikasis skaičius, ne mažesnis kaip 1).`,
        lv: `Izvēles grupā ${code} izglītojamie izvēlas vienības: norādiet, cik vienību jāizvēlas (vesels skaitlis, ne mazāks par 1).`,
        et: `Valikrühmas ${code} valivad õppijad ühikuid: märkige, mitu ühikut tuleb valida (täisarv, vähemalt 1).`,
      }),
    ];
  }
  if (n > points.length) {
    return [
      finding('ECVET-R2', 'error', at, {
        en: `Elective group ${code} requires choosing ${n} of its units, but it has ${points.length}.`,
        de: `Im Wahlpflichtbereich ${code} sind ${n} Einheiten zu wählen, er hat aber ${points.length}.`,
        lt: `Pasirenkamųjų modulių grupėje ${code} reikia pasirinkti ${count(n, 'lt', LT.unitsAcc)}, tačiau joje yra ${count(points.length, 'lt', LT.unitsNom)}.`,
        lv: `Izvēles grupā ${code} jāizvēlas ${count(n, 'lv', LV.unitsNom)}, taču tajā ir ${count(points.length, 'lv', LV.unitsNom)}.`,
        et: `Valikrühmas ${code} tuleb valida ${count(n, 'et', ET.units)}, kuid selles on ${count(points.length, 'et', ET.units)}.`,
      }),
    ];
  }
  const sorted = [...points].sort((a, b) => a - b);
  const least = sorted.slice(0, n).reduce((sum, p) => sum + p, 0);
  const most = sorted.slice(-n).reduce((sum, p) => sum + p, 0);
  const required = group.pointsRequired;
  const path = `electiveGroups[${i}].pointsRequired`;
  if (least < required && !approxEqual(least, required)) {
    return [
      finding('ECVET-R2', 'error', path, {
        en: `Choosing ${n} of the units of elective group ${code} can give as little as ${fmt(least, 'en')} ECVET points, but the group counts ${fmt(required, 'en')} towards the qualification.`,
        de: `Die Wahl von ${n} Einheiten des Wahlpflichtbereichs ${code} kann nur ${fmt(least, 'de')} ECVET-Punkte ergeben, der Bereich zählt aber ${fmt(required, 'de')} zur Qualifikation.`,
        lt: `Pasirinkus ${n} iš pasirenkamųjų modulių grupės ${code} modulių, galima surinkti vos ${count(least, 'lt', LT.ecvetPointsAcc)}, tačiau į kvalifikaciją įskaitomas grupės taškų skaičius yra ${fmt(required, 'lt')}.`,
        lv: `Izvēloties ${n} no izvēles grupas ${code} vienībām, var iegūt tikai ${count(least, 'lv', LV.ecvetPointsAcc)}, taču kvalifikācijā ieskaitāmais grupas punktu skaits ir ${fmt(required, 'lv')}.`,
        et: `Valides valikrühma ${code} ühikutest ${n}, võib saada kõigest ${count(least, 'et', ET.ecvetPointsPart)}, kuid rühm arvestatakse kvalifikatsiooni ${fmt(required, 'et')} punktiga.`,
      }),
    ];
  }
  if (most > required && !approxEqual(most, required)) {
    return [
      finding('ECVET-R2', 'warning', path, {
        en: `Choosing ${n} of the units of elective group ${code} can give up to ${fmt(most, 'en')} ECVET points, more than the ${fmt(required, 'en')} the group counts towards the qualification; give its units the same points.`,
        de: `Die Wahl von ${n} Einheiten des Wahlpflichtbereichs ${code} kann bis zu ${fmt(most, 'de')} ECVET-Punkte ergeben, mehr als die ${fmt(required, 'de')}, die der Bereich zur Qualifikation zählt; geben Sie seinen Einheiten gleich viele Punkte.`,
        lt: `Pasirinkus ${n} iš pasirenkamųjų modulių grupės ${code} modulių, galima surinkti iki ${count(most, 'lt', LT.ecvetPointsGen)}, t. y. daugiau nei į kvalifikaciją įskaitomas grupės taškų skaičius (${fmt(required, 'lt')}); suteikite šios grupės moduliams vienodą taškų skaičių.`,
        lv: `Izvēloties ${n} no izvēles grupas ${code} vienībām, var iegūt pat ${count(most, 'lv', LV.ecvetPointsAcc)}, vairāk nekā kvalifikācijā ieskaitāmais grupas punktu skaits (${fmt(required, 'lv')}); piešķiriet tās vienībām vienādu punktu skaitu.`,
        et: `Valides valikrühma ${code} ühikutest ${n}, võib saada kuni ${count(most, 'et', ET.ecvetPointsPart)}, rohkem kui ${fmt(required, 'et')}, millega rühm kvalifikatsiooni arvestatakse; andke rühma ühikutele võrdselt punkte.`,
      }),
    ];
  }
  return [];
}
