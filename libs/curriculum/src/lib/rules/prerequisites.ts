import { finding, Finding } from './finding';
import { normalizeCurriculum, NormalizedCurriculum } from './normalize';
import {
  endSlot,
  inEveryLanguage,
  isValidTerm,
  isValidYear,
  quote,
  slotText,
  unitName,
  unitPath,
} from './rule-support';
import type { ValidatableCurriculum } from './validatable-curriculum';

/** At most this many cycles are spelled out; every cyclic group of units is reported anyway. */
const MAX_CYCLES = 25;
/** Work budget of the cycle enumeration (the number of elementary cycles can grow exponentially). */
const MAX_STEPS = 50_000;

interface Edge {
  /** Index of the prerequisite unit. */
  readonly to: number;
  /** Index of the entry in the unit's `prerequisites`. */
  readonly entry: number;
}

/** Edges unit → prerequisite unit, without unknown ids, self-references and repeated entries. */
function prerequisiteEdges(c: NormalizedCurriculum, indexById: Map<string, number>): Edge[][] {
  return c.units.map((unit, i) => {
    const seen = new Set<number>();
    const edges: Edge[] = [];
    unit.prerequisites.forEach((id, entry) => {
      const to = indexById.get(id);
      if (to === undefined || to === i || id === unit.id || seen.has(to)) return;
      seen.add(to);
      edges.push({ to, entry });
    });
    return edges;
  });
}

/** Strongly connected components (Tarjan, iterative); returns the component number of each node. */
function components(graph: readonly (readonly Edge[])[]): number[] {
  const n = graph.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const component = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [v, next] = top;
      if (next < graph[v].length) {
        top[1]++;
        const w = graph[v][next].to;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = false;
          component[w] = components;
        } while (w !== v);
        components++;
      }
    }
  }
  return component;
}

/**
 * The elementary cycles of the graph, each once, starting at its lowest unit index. Bounded by
 * MAX_CYCLES and MAX_STEPS; a cyclic component without a spelled-out cycle gets its shortest cycle
 * through its lowest unit, so that every cycle problem is reported.
 */
function findCycles(graph: readonly (readonly Edge[])[], component: readonly number[]): number[][] {
  const members = new Map<number, number[]>();
  component.forEach((comp, node) => {
    const nodes = members.get(comp);
    if (nodes) nodes.push(node);
    else members.set(comp, [node]);
  });
  const cyclic = [...members.values()].filter((nodes) => nodes.length > 1);
  const cycles: number[][] = [];
  let steps = 0;
  for (const nodes of cyclic) {
    for (const start of nodes) {
      if (cycles.length >= MAX_CYCLES || steps >= MAX_STEPS) break;
      const allowed = (w: number): boolean => component[w] === component[start] && w >= start;
      const path = [start];
      const onPath = new Set<number>([start]);
      const cursor = [0];
      while (path.length > 0 && cycles.length < MAX_CYCLES && steps < MAX_STEPS) {
        steps++;
        const v = path[path.length - 1];
        const k = cursor[cursor.length - 1];
        if (k >= graph[v].length) {
          path.pop();
          cursor.pop();
          onPath.delete(v);
          continue;
        }
        cursor[cursor.length - 1]++;
        const w = graph[v][k].to;
        if (w === start) {
          cycles.push([...path]);
        } else if (allowed(w) && !onPath.has(w)) {
          path.push(w);
          onPath.add(w);
          cursor.push(0);
        }
      }
    }
  }
  for (const nodes of cyclic) {
    if (cycles.some((cycle) => component[cycle[0]] === component[nodes[0]])) continue;
    cycles.push(shortestCycle(graph, component, nodes[0]));
  }
  return cycles;
}

function shortestCycle(
  graph: readonly (readonly Edge[])[],
  component: readonly number[],
  start: number,
): number[] {
  const parent = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const { to: w } of graph[v]) {
      if (component[w] !== component[start] || parent.has(w)) continue;
      parent.set(w, v);
      if (w === start) {
        const cycle: number[] = [];
        let x = v;
        while (x !== start) {
          cycle.unshift(x);
          x = parent.get(x) as number;
        }
        return [start, ...cycle];
      }
      queue.push(w);
    }
  }
  return [start];
}

/**
 * ECVET-PREREQ (error): prerequisites name units of the curriculum, no unit requires itself, the
 * prerequisites form no cycle (each cycle reported once, on its first unit), and a unit is scheduled
 * after its prerequisite: a later year, or the same year and a later term. A null term means the
 * whole year and overlaps every term of it.
 */
export function checkPrerequisites(input: ValidatableCurriculum): Finding[] {
  const c = normalizeCurriculum(input);
  const findings: Finding[] = [];
  const indexById = new Map<string, number>();
  c.units.forEach((unit, i) => {
    if (unit.id !== '' && !indexById.has(unit.id)) indexById.set(unit.id, i);
  });

  c.units.forEach((unit, i) => {
    const name = unitName(unit, i);
    unit.prerequisites.forEach((id, k) => {
      const path = unitPath(i, `prerequisites[${k}]`);
      if (id.trim() === '') {
        findings.push(
          finding('ECVET-PREREQ', 'error', path, {
            en: `Unit ${name} has an empty prerequisite entry.`,
            de: `Einheit ${name} hat einen leeren Eintrag bei den Voraussetzungen.`,
            lt: `Modulio ${name} išankstinių reikalavimų sąraše yra tuščias įrašas.`,
            lv: `Vienības ${name} priekšnosacījumu sarakstā ir tukšs ieraksts.`,
            et: `Ühiku ${name} eelduste loetelus on tühi kirje.`,
          }),
        );
      } else if (id === unit.id) {
        findings.push(
          finding('ECVET-PREREQ', 'error', path, {
            en: `Unit ${name} is its own prerequisite.`,
            de: `Einheit ${name} ist ihre eigene Voraussetzung.`,
            lt: `Modulis ${name} nurodytas kaip savo paties išankstinis reikalavimas.`,
            lv: `Vienība ${name} ir norādīta kā savs priekšnosacījums.`,
            et: `Ühik ${name} on iseenda eeldus.`,
          }),
        );
      } else if (!indexById.has(id)) {
        findings.push(
          finding('ECVET-PREREQ', 'error', path, {
            en: `Unit ${name} requires ${quote(id, 'en')}, which is no unit of this curriculum.`,
            de: `Einheit ${name} setzt ${quote(id, 'de')} voraus; das ist keine Einheit dieses Curriculums.`,
            lt: `Moduliui ${name} kaip išankstinis reikalavimas nurodytas ${quote(id, 'lt')}, tačiau tokio modulio šioje mokymo programoje nėra.`,
            lv: `Vienībai ${name} kā priekšnosacījums norādīts ${quote(id, 'lv')}, taču šādas vienības šajā mācību programmā nav.`,
            et: `Ühiku ${name} eelduseks on märgitud ${quote(id, 'et')}, kuid sellist ühikut selles õppekavas pole.`,
          }),
        );
      }
    });
  });

  const graph = prerequisiteEdges(c, indexById);
  const component = components(graph);
  for (const cycle of findCycles(graph, component)) {
    const codes = [...cycle, cycle[0]].map((i) => unitName(c.units[i], i)).join(' → ');
    findings.push(
      finding('ECVET-PREREQ', 'error', unitPath(cycle[0], 'prerequisites'), {
        en: `Prerequisite cycle: ${codes} (each unit requires the next one).`,
        de: `Zyklus bei den Voraussetzungen: ${codes} (jede Einheit setzt die nächste voraus).`,
        lt: `Išankstinių reikalavimų ciklas: ${codes} (kiekvienam moduliui būtinas kitas).`,
        lv: `Priekšnosacījumu cikls: ${codes} (katrai vienībai priekšnosacījums ir nākamā).`,
        et: `Eelduste tsükkel: ${codes} (iga ühiku eelduseks on järgmine).`,
      }),
    );
  }

  graph.forEach((edges, i) => {
    const unit = c.units[i];
    for (const { to, entry } of edges) {
      const prerequisiteUnit = c.units[to];
      // A mandatory unit cannot require what a learner may choose not to take.
      if (unit.mandatory && (!prerequisiteUnit.mandatory || prerequisiteUnit.addOn)) {
        const name = unitName(unit, i);
        const other = unitName(prerequisiteUnit, to);
        const addOn = prerequisiteUnit.addOn;
        findings.push(
          finding('ECVET-PREREQ', 'error', unitPath(i, `prerequisites[${entry}]`), {
            en: `Mandatory unit ${name} requires the ${addOn ? 'add-on' : 'elective'} unit ${other}, which a learner may not choose.`,
            de: `Die Pflichteinheit ${name} setzt die ${addOn ? 'Zusatzqualifikation' : 'Wahlpflichteinheit'} ${other} voraus, die Lernende nicht wählen müssen.`,
            lt: `Privalomajam moduliui ${name} būtinas ${addOn ? 'papildomos kvalifikacijos' : 'pasirenkamasis'} modulis ${other}, kurio besimokantysis gali nepasirinkti.`,
            lv: `Obligātajai vienībai ${name} priekšnosacījums ir ${addOn ? 'papildkvalifikācijas' : 'izvēles'} vienība ${other}, kuru izglītojamais var neizvēlēties.`,
            et: `Kohustusliku ühiku ${name} eelduseks on ${addOn ? 'lisakvalifikatsiooni ühik' : 'valikühik'} ${other}, mida õppija ei pruugi valida.`,
          }),
        );
      }
      // Within a cycle the order cannot be right; the cycle finding says so.
      if (component[to] === component[i]) continue;
      // A prerequisite that spans terms or years must have ended before the unit starts.
      const prerequisite = { ...c.units[to], ...endSlot(c.units[to]) };
      const slots = [unit, prerequisite];
      if (!slots.every((s) => isValidYear(s.year) && isValidTerm(s.term))) continue;
      const sameYear = unit.year === prerequisite.year;
      const before =
        unit.year < prerequisite.year ||
        (sameYear &&
          unit.term !== null &&
          prerequisite.term !== null &&
          unit.term < prerequisite.term);
      const sameSlot =
        sameYear &&
        (unit.term === null || prerequisite.term === null || unit.term === prerequisite.term);
      if (!before && !sameSlot) continue;
      const name = unitName(unit, i);
      const other = unitName(prerequisite, to);
      const mine = inEveryLanguage((l) => slotText(unit.year, unit.term, l));
      const theirs = inEveryLanguage((l) => slotText(prerequisite.year, prerequisite.term, l));
      findings.push(
        finding('ECVET-PREREQ', 'error', unitPath(i, `prerequisites[${entry}]`), {
          en: before
            ? `Unit ${name} (${mine.en}) is scheduled before its prerequisite ${other} (${theirs.en}).`
            : `Unit ${name} (${mine.en}) is scheduled in the same period as its prerequisite ${other} (${theirs.en}); it must come later.`,
          de: before
            ? `Einheit ${name} (${mine.de}) liegt vor ihrer Voraussetzung ${other} (${theirs.de}).`
            : `Einheit ${name} (${mine.de}) liegt im selben Zeitraum wie ihre Voraussetzung ${other} (${theirs.de}); sie muss später kommen.`,
          lt: before
            ? `Modulis ${name} (${mine.lt}) suplanuotas anksčiau nei jam būtinas modulis ${other} (${theirs.lt}).`
            : `Modulis ${name} (${mine.lt}) suplanuotas tuo pačiu metu kaip jam būtinas modulis ${other} (${theirs.lt}); jis turi būti vėliau.`,
          lv: before
            ? `Vienība ${name} (${mine.lv}) ir ieplānota pirms tās priekšnosacījuma ${other} (${theirs.lv}).`
            : `Vienība ${name} (${mine.lv}) ir ieplānota tajā pašā laikā kā tās priekšnosacījums ${other} (${theirs.lv}); tai jābūt vēlāk.`,
          et: before
            ? `Ühik ${name} (${mine.et}) toimub varem kui selle eeldus ${other} (${theirs.et}).`
            : `Ühik ${name} (${mine.et}) toimub samal ajal kui selle eeldus ${other} (${theirs.et}); see peab toimuma hiljem.`,
        }),
      );
    }
  });
  return findings;
}
