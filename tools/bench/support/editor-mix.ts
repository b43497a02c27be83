import type { Curriculum } from '@curriculum-builder/curriculum';
import { LatencyStats, summarise } from './latency';

/** One author at work: a bearer token and the id of the author's own draft. */
export interface Author {
  readonly token: string;
  readonly curriculumId: string;
}

export type EditorOperation = 'read' | 'edit' | 'reorder';

export interface EditorMixResult {
  readonly authors: number;
  readonly seconds: number;
  /** Pause of each author between the answer to one request and the next request, in ms. */
  readonly pauseMs: number;
  readonly all: LatencyStats;
  readonly byOperation: Record<EditorOperation, LatencyStats>;
  /** Answers other than 200 (a 409 counts: each author edits only its own draft) and network errors. */
  readonly errors: number;
  readonly firstErrors: string[];
}

/**
 * The editor mix: every author, in a closed loop for `seconds`, reads the whole tree of its draft
 * (60 %), edits the text of a random outcome (30 %) or moves its last unit to the front (10 %),
 * each write based on the version it last saw, exactly as the editor does; `pauseMs` after each
 * answer (0: as fast as the server answers, which measures capacity rather than what a person
 * waits).
 */
export async function editorMix(
  baseUrl: string,
  authors: readonly Author[],
  seconds: number,
  pauseMs: number,
  seed = 42,
): Promise<EditorMixResult> {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const latencies: Record<EditorOperation, number[]> = { read: [], edit: [], reorder: [] };
  const firstErrors: string[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;

  const work = async (author: Author) => {
    const api = `${baseUrl}/api/v1/curricula/${author.curriculumId}`;
    const headers = {
      authorization: `Bearer ${author.token}`,
      'content-type': 'application/json',
    };
    const call = async (
      operation: EditorOperation,
      method: string,
      path: string,
      body?: unknown,
    ): Promise<unknown> => {
      const started = performance.now();
      try {
        const response = await fetch(`${api}${path}`, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        latencies[operation].push(performance.now() - started);
        if (response.status !== 200) {
          errors++;
          if (firstErrors.length < 5)
            firstErrors.push(`${method} ${path} → ${response.status} ${text.slice(0, 200)}`);
          return undefined;
        }
        return JSON.parse(text);
      } catch (error) {
        errors++;
        if (firstErrors.length < 5) firstErrors.push(`${method} ${path} → ${String(error)}`);
        return undefined;
      }
    };
    let tree = (await call('read', 'GET', '')) as Curriculum | undefined;
    while (tree !== undefined && performance.now() < deadline) {
      if (pauseMs > 0) await new Promise((done) => setTimeout(done, pauseMs));
      const dice = random();
      if (dice < 0.6) {
        tree = ((await call('read', 'GET', '')) as Curriculum | undefined) ?? tree;
      } else if (dice < 0.9) {
        const unit = tree.units[Math.floor(random() * tree.units.length)];
        const index = Math.floor(random() * unit.outcomes.length);
        const outcome = unit.outcomes[index];
        if (outcome === undefined) continue;
        const updated = (await call('edit', 'PATCH', `/units/${unit.id}/outcomes/${outcome.id}`, {
          version: outcome.version,
          text: { ...outcome.text, en: `Edit ${Math.floor(random() * 1e6)}: checks ±0,01 mm` },
        })) as Curriculum['units'][number]['outcomes'][number] | undefined;
        if (updated !== undefined) {
          const outcomes = [...unit.outcomes];
          outcomes[index] = updated;
          tree = {
            ...tree,
            units: tree.units.map((u) => (u.id === unit.id ? { ...u, outcomes } : u)),
          };
        }
      } else {
        const ids = tree.units.map((u) => u.id);
        ids.unshift(ids.pop() as string);
        tree =
          ((await call('reorder', 'POST', '/units/reorder', {
            version: tree.version,
            ids,
          })) as Curriculum | undefined) ?? tree;
      }
    }
  };

  await Promise.all(authors.map(work));
  const all = [...latencies.read, ...latencies.edit, ...latencies.reorder];
  return {
    authors: authors.length,
    seconds,
    pauseMs,
    all: summarise(all, 1, seconds),
    byOperation: {
      read: summarise(latencies.read, 1, seconds),
      edit: summarise(latencies.edit, 1, seconds),
      reorder: summarise(latencies.reorder, 1, seconds),
    },
    errors,
    firstErrors,
  };
}
