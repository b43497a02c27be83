// Benchmark: the precision of the ESCO suggestions while writing (issue #20, point 2; ADR 0028).
// For each unit of the demo CNC curriculum, the text a teacher has written (the unit's English
// title, description and outcomes) is asked for its top 5 skills, with the curriculum's target
// occupation; a reviewer's judgement of every suggestion (accepted or not) is kept in
// tools/bench/esco/judgements.json. Prints precision@5 over the units, per unit, and the
// suggestions no one has judged yet (they count as not accepted; `--pool` prints them to judge).
//
//   npx tsx --tsconfig tools/tsconfig.json tools/bench/esco-suggestions.ts [--pool]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cncMachiningCurriculum } from '../../apps/api/src/app/demo/content';
import { SHIPPED_ESCO } from '../../apps/api/src/app/esco/esco-files';
import { EscoSuggestIndex } from '../../apps/api/src/app/esco/esco-suggest';
import { readIndexed } from './esco/catalogue';

const { values } = parseArgs({ options: { pool: { type: 'boolean', default: false } } });
const TOP = 5;

/** The reviewer's verdicts: unit code → skill URI → accepted. */
type Judgements = Record<string, Record<string, boolean>>;
const judgements = JSON.parse(
  readFileSync(join(__dirname, 'esco/judgements.json'), 'utf8'),
) as Judgements;

const concepts = readIndexed(SHIPPED_ESCO);
const labelOf = new Map(concepts.map((c) => [c.uri, c.labels.get('en')?.preferred ?? c.uri]));
const index = new EscoSuggestIndex(concepts);
const occupationUri = cncMachiningCurriculum.occupation?.uri ?? '';
const occupation = new Map<string, 'essential' | 'optional'>();
for (const line of readFileSync(join(SHIPPED_ESCO, 'occupationSkillRelations.csv'), 'utf8').split(
  '\n',
)) {
  const [occ, relation, , skill] = line.split(',');
  if (occ === occupationUri && (relation === 'essential' || relation === 'optional'))
    occupation.set(skill.trim(), relation);
}

let accepted = 0;
let unjudged = 0;
const rows: string[] = [];
const pool: Record<string, Record<string, string>> = {};
for (const unit of cncMachiningCurriculum.units) {
  const text = [
    unit.title['en'],
    unit.description['en'],
    ...unit.outcomes.map((outcome) => outcome.text['en']),
  ].join('. ');
  const top = index.suggest(text, { limit: TOP, occupation });
  const verdicts = judgements[unit.code] ?? {};
  const ok = top.filter((s) => verdicts[s.concept.uri] === true).length;
  const open = top.filter((s) => verdicts[s.concept.uri] === undefined);
  accepted += ok;
  unjudged += open.length;
  pool[unit.code] = Object.fromEntries(
    open.map((s) => [s.concept.uri, labelOf.get(s.concept.uri) ?? '']),
  );
  rows.push(
    `| ${unit.code} | ${ok} of ${TOP} | ${top.map((s) => `${verdicts[s.concept.uri] === true ? '✓' : verdicts[s.concept.uri] === false ? '✗' : '?'} ${labelOf.get(s.concept.uri)}`).join('; ')} |`,
  );
}
const units = cncMachiningCurriculum.units.length;
if (values.pool) {
  console.log(JSON.stringify(pool, null, 2));
} else {
  console.log('| unit | accepted | top 5 (✓ accepted, ✗ not, ? not judged) |');
  console.log('| --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(
    `\nprecision@${TOP} over ${units} units: ${((accepted / (units * TOP)) * 100).toFixed(1)} % (${accepted} of ${units * TOP} accepted; ${unjudged} not judged)`,
  );
}
