import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../apps/api/src/common/csv-format';

/** The size of the full ESCO v1.1 classification. */
export const FULL_ESCO = { skills: 13_896, occupations: 3_008 } as const;
const ESSENTIAL = 15;
const OPTIONAL = 25;

/** A deterministic generator (LCG), so that every run measures the same catalogue. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** A UUID-shaped name made from a text (not random, so that reruns give the same URIs). */
function uuidOf(text: string): string {
  const h = createHash('sha1').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** RFC 4180 as ESCO's downloads are written: quoted where needed, no BOM, cells as they are. */
function csv(rows: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}

function rows(file: string): string[][] {
  return parseCsv(readFileSync(file, 'utf8')).records.map((r) => r.cells);
}

/**
 * Writes an ESCO CSV download the size of the full classification into `dir`: the subset's
 * concepts as they are, and further skills and occupations whose labels and descriptions combine
 * words of the subset's (so the text index sees a realistic vocabulary), each occupation with 15
 * essential and 25 optional skills.
 */
export function synthesiseFullEsco(
  subset: string,
  dir: string,
): { skills: number; occupations: number; relations: number } {
  const next = random(20);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const [skillHeader, ...skills] = rows(join(subset, 'skills_en.csv'));
  const [occupationHeader, ...occupations] = rows(join(subset, 'occupations_en.csv'));
  const [relationHeader, ...relations] = rows(join(subset, 'occupationSkillRelations.csv'));
  const labels = skills.map((s) => s[3]);
  const descriptions = skills.map((s) => s[5]);

  const allSkills = [...skills];
  for (let i = allSkills.length; i < FULL_ESCO.skills; i++) {
    const verb = pick(labels).split(' ')[0];
    const object = pick(labels).split(' ').slice(1).join(' ') || pick(labels);
    allSkills.push([
      `http://data.europa.eu/esco/skill/${uuidOf(`skill ${i}`)}`,
      next() < 0.7 ? 'skill/competence' : 'knowledge',
      pick(['sector-specific', 'occupation-specific', 'cross-sector', 'transversal']),
      `${verb} ${object}`,
      [pick(labels), pick(labels)].join('|'),
      `${pick(descriptions)} ${pick(descriptions)}`,
    ]);
  }
  const allOccupations = [...occupations];
  for (let i = allOccupations.length; i < FULL_ESCO.occupations; i++) {
    const base = pick(occupations);
    allOccupations.push([
      `http://data.europa.eu/esco/occupation/${uuidOf(`occupation ${i}`)}`,
      base[1],
      `${base[2]}.${i}`,
      `${base[3]} ${pick(labels).split(' ').slice(-1)[0]} specialist`,
      base[4],
      base[5],
    ]);
  }
  const allRelations = [...relations];
  for (const occupation of allOccupations.slice(occupations.length)) {
    const chosen = new Set<string[]>();
    while (chosen.size < ESSENTIAL + OPTIONAL) chosen.add(pick(allSkills));
    [...chosen].forEach((skill, i) =>
      allRelations.push([
        occupation[0],
        i < ESSENTIAL ? 'essential' : 'optional',
        skill[1],
        skill[0],
      ]),
    );
  }
  writeFileSync(join(dir, 'skills_en.csv'), csv([skillHeader, ...allSkills]));
  writeFileSync(join(dir, 'occupations_en.csv'), csv([occupationHeader, ...allOccupations]));
  writeFileSync(join(dir, 'occupationSkillRelations.csv'), csv([relationHeader, ...allRelations]));
  return {
    skills: allSkills.length,
    occupations: allOccupations.length,
    relations: allRelations.length,
  };
}
