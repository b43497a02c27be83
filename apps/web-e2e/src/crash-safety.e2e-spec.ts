import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Curriculum, LearningOutcome } from '@curriculum-builder/curriculum';
import {
  RunningServer,
  startProductionServer,
  tempDir,
  workspaceRoot,
} from '@curriculum-builder/product-process';
import { apiCall, apiToken, DEMO, DEMO_PASSWORD } from './support/session';

/**
 * Crash safety of the embedded SQLite database: bursts of acknowledged writes against the built
 * server, SIGKILL at a random moment, then the file is checked offline and through a restarted
 * server. CRASH_CYCLES raises the number of cycles (default 20), CRASH_SEED repeats a run.
 */
const CYCLES = Math.max(1, Number(process.env['CRASH_CYCLES'] ?? 20));
const SEED = Number(process.env['CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const KILL_WINDOW_MS = [20, 400] as const;
const summaryFile = join(workspaceRoot, 'dist/reliability/crash-safety.json');

/** A small seeded generator (xorshift32), so that a failing run can be repeated with its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

/** Long, non-ASCII texts: a torn write would show as a shortened or garbled text. */
const filler = ' – prüft Rundlauf und Planlauf auf ±0,01 mm, dokumentiert Maße (Ø, µm, °C).'.repeat(
  8,
);

type Kind = 'outcome' | 'unit' | 'wbl' | 'outcome-edit' | 'curriculum-edit';

/**
 * A write whose request went out: `acknowledged` once a 2xx response was fully received, `refused`
 * when answered otherwise (a 409), `in-flight` when the server died before answering.
 */
interface Write {
  readonly kind: Kind;
  /** What identifies it in the stored tree (the unique text, code or title). */
  readonly key: string;
  state: 'in-flight' | 'acknowledged' | 'refused';
  /** The body of the acknowledged response. */
  response?: unknown;
}

interface CycleReport {
  cycle: number;
  killAfterMs: number;
  acknowledged: number;
  acknowledgedByKind: Record<Kind, number>;
  inFlightAtKill: number;
  inFlightLanded: number;
  /** Size of the write-ahead log the killed server left behind (what recovery had to read). */
  walBytesAtKill: number;
  integrityCheck: string;
  foreignKeyViolations: number;
  /** Start-up of the server the burst ran on (after cycle 1: a restart after SIGKILL, with recovery). */
  startMs: number;
}

/** What the database must hold: every acknowledged write, plus in-flight writes that landed. */
interface Model {
  readonly curriculumId: string;
  readonly boardId: string;
  readonly unitIds: readonly string[];
  readonly editedOutcomeId: string;
  /** Outcome text → outcome, for every outcome known to be stored. */
  readonly outcomes: Map<string, LearningOutcome>;
  readonly units: Set<string>;
  readonly periods: Set<string>;
  edited: LearningOutcome;
  board: { version: number; description: string };
}

class ServerGone extends Error {}

/** One HTTP write: its status and body once fully received; ServerGone when the server died. */
async function send(
  url: string,
  token: string,
  method: 'POST' | 'PATCH',
  path: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    text = await response.text();
  } catch (error) {
    throw new ServerGone(error instanceof Error ? error.message : String(error));
  }
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

describe('crash safety of the SQLite database (SIGKILL during bursts of writes)', () => {
  const dir = tempDir('cb-crash-');
  const file = join(dir, 'curriculum.sqlite');
  const env = { DATABASE_URL: `sqlite:${file}`, DEMO_DATA: 'true', DEMO_PASSWORD };
  const random = seeded(SEED);
  let server: RunningServer | undefined;

  afterAll(async () => {
    if (server !== undefined && server.process.exitCode === null) await server.stop('SIGKILL');
  });

  async function start(): Promise<{ server: RunningServer; ms: number }> {
    const started = Date.now();
    server = await startProductionServer(env, dir);
    return { server, ms: Date.now() - started };
  }

  /**
   * Opens the file of the dead server read-only (so the server's WAL stays as it was left, for the
   * restart to recover) and checks it, and that the outcomes acknowledged in the cycle are there.
   */
  function checkFile(acknowledgedOutcomeIds: readonly string[]) {
    const wal = `${file}-wal`;
    const walBytes = existsSync(wal) ? statSync(wal).size : 0;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const integrity = String(db.pragma('integrity_check', { simple: true }));
      const violations = db.pragma('foreign_key_check') as unknown[];
      const find = db.prepare('SELECT COUNT(*) AS n FROM learning_outcome WHERE id = ?');
      const missing = acknowledgedOutcomeIds.filter(
        (id) => (find.get(id) as { n: number }).n !== 1,
      );
      return { walBytes, integrity, foreignKeyViolations: violations.length, missing };
    } finally {
      db.close();
    }
  }

  /** Set-up through the API on the first start: a curriculum with two units, and a second one. */
  async function setUp(url: string, token: string): Promise<Model> {
    const call = <T>(method: string, path: string, body?: unknown) =>
      apiCall<T>(url, token, method, path, body);
    const draft = {
      title: { en: 'Crash test curriculum' },
      eqfLevel: 4,
      durationMonths: 36,
      primaryLanguage: 'en',
    };
    const curriculum = await call<Curriculum>('POST', '/curricula', { ...draft, code: 'CRASH' });
    const board = await call<Curriculum>('POST', '/curricula', {
      ...draft,
      code: 'CRASH-BOARD',
      description: { en: 'start' },
    });
    const unitIds: string[] = [];
    for (const code of ['U0', 'U1']) {
      unitIds.push(
        (
          await call<{ id: string }>('POST', `/curricula/${curriculum.id}/units`, {
            code,
            title: { en: `Unit ${code}` },
            eqfLevel: 4,
            ecvetPoints: 10,
            year: 1,
          })
        ).id,
      );
    }
    const edited = await call<LearningOutcome>(
      'POST',
      `/curricula/${curriculum.id}/units/${unitIds[0]}/outcomes`,
      { category: 'skill', text: { en: `edited 0.0${filler}` } },
    );
    return {
      curriculumId: curriculum.id,
      boardId: board.id,
      unitIds,
      editedOutcomeId: edited.id,
      outcomes: new Map([[edited.text['en'], edited]]),
      units: new Set(['U0', 'U1']),
      periods: new Set(),
      edited,
      board: { version: board.version, description: 'start' },
    };
  }

  /**
   * Fires writes from seven concurrent clients until `stopped()`. Each client sends one request
   * at a time, as a person in the editor does, so at most one of its writes is in flight.
   */
  async function burst(
    url: string,
    token: string,
    model: Model,
    cycle: number,
    stopped: () => boolean,
  ): Promise<Write[]> {
    const writes: Write[] = [];
    const failures: string[] = [];
    const base = `/curricula/${model.curriculumId}`;
    const track = async (
      kind: Kind,
      key: string,
      method: 'POST' | 'PATCH',
      path: string,
      body: unknown,
    ): Promise<{ status: number; body: unknown } | undefined> => {
      const write: Write = { kind, key, state: 'in-flight' };
      writes.push(write);
      try {
        const result = await send(url, token, method, path, body);
        if (result.status >= 200 && result.status < 300) {
          write.state = 'acknowledged';
          write.response = result.body;
        } else {
          write.state = 'refused';
          // Only the two clients that edit one curriculum may collide (409, then a retry).
          if (result.status !== 409 || kind !== 'curriculum-edit')
            failures.push(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
        }
        return result;
      } catch (error) {
        if (!(error instanceof ServerGone)) throw error;
        return undefined;
      }
    };
    const loop = async (client: (n: number) => Promise<boolean>) => {
      for (let n = 0; !stopped(); n++) if (!(await client(n))) return;
    };
    const creator = (unit: number) => (n: number) => {
      const text = `outcome ${cycle}.${unit}.${n}${filler}`;
      return track('outcome', text, 'POST', `${base}/units/${model.unitIds[unit]}/outcomes`, {
        category: 'knowledge',
        text: { en: text },
      }).then((r) => r !== undefined);
    };
    let edited = model.edited;
    let board = model.board.version;
    const boardEditor = (who: string) => async (n: number) => {
      const description = `board ${cycle}.${who}.${n}`;
      for (;;) {
        if (stopped()) return false;
        const result = await track(
          'curriculum-edit',
          description,
          'PATCH',
          `/curricula/${model.boardId}`,
          {
            version: board,
            description: { en: description },
          },
        );
        if (result === undefined) return false;
        const tree = (
          result.status === 409 ? (result.body as { current: Curriculum }).current : result.body
        ) as Curriculum;
        board = Math.max(board, tree.version);
        if (result.status !== 409) return true;
      }
    };
    await Promise.all([
      loop(creator(0)),
      loop(creator(1)),
      loop(async (n) => {
        const code = `C${cycle}-${n}`;
        const result = await track('unit', code, 'POST', `${base}/units`, {
          code,
          title: { en: `Unit ${code}` },
          description: { en: `Unit ${code}${filler}` },
          eqfLevel: 4,
          ecvetPoints: 1,
          year: 2,
        });
        return result !== undefined;
      }),
      loop(async (n) => {
        const title = `placement ${cycle}.${n}`;
        const result = await track('wbl', title, 'POST', `${base}/work-based-learning`, {
          title: { en: title },
          year: 2,
          durationHours: 40 + n,
          unitIds: model.unitIds,
        });
        return result !== undefined;
      }),
      loop(async (n) => {
        const text = `edited ${cycle}.${n}${filler}`;
        const result = await track(
          'outcome-edit',
          text,
          'PATCH',
          `${base}/units/${model.unitIds[0]}/outcomes/${model.editedOutcomeId}`,
          { version: edited.version, text: { en: text } },
        );
        if (result?.status === 200) edited = result.body as LearningOutcome;
        return result?.status === 200;
      }),
      loop(boardEditor('a')),
      loop(boardEditor('b')),
    ]);
    expect(failures).toEqual([]);
    return writes;
  }

  /**
   * Reads the trees through the restarted server and checks them against the model and the
   * writes of the last cycle; updates the model with what is stored now. Returns how many of the
   * in-flight writes had landed.
   */
  async function verify(url: string, token: string, model: Model, writes: Write[]) {
    const tree = await apiCall<Curriculum>(url, token, 'GET', `/curricula/${model.curriculumId}`);
    const board = await apiCall<Curriculum>(url, token, 'GET', `/curricula/${model.boardId}`);
    const acknowledged = writes.filter((w) => w.state === 'acknowledged');
    const inFlight = writes.filter((w) => w.state === 'in-flight');
    const inFlightKeys = (kind: Kind) =>
      new Set(inFlight.filter((w) => w.kind === kind).map((w) => w.key));
    let landed = 0;

    // Created outcomes: every acknowledged one as acknowledged; an in-flight one whole or absent.
    const outcomes = tree.units.flatMap((u) => u.outcomes);
    expect(new Set(outcomes.map((o) => o.id)).size).toBe(outcomes.length);
    for (const w of acknowledged.filter((w) => w.kind === 'outcome')) {
      model.outcomes.set(w.key, w.response as LearningOutcome);
    }
    const stored = new Map(outcomes.map((o) => [o.text['en'], o]));
    const created = inFlightKeys('outcome');
    const strangers: string[] = [];
    for (const outcome of outcomes) {
      const text = outcome.text['en'];
      if (model.outcomes.has(text) || outcome.id === model.editedOutcomeId) continue;
      // Not acknowledged: it must be an in-flight creation, stored whole.
      if (!created.has(text)) strangers.push(text);
      model.outcomes.set(text, outcome);
      landed++;
    }
    for (const [text, outcome] of model.outcomes) {
      if (outcome.id === model.editedOutcomeId) continue;
      expect(stored.get(text)).toEqual(outcome);
    }

    // The edited outcome: the last acknowledged text, or the one edit that was in flight.
    const lastEdit = acknowledged.filter((w) => w.kind === 'outcome-edit').at(-1);
    if (lastEdit !== undefined) model.edited = lastEdit.response as LearningOutcome;
    const edited = outcomes.find((o) => o.id === model.editedOutcomeId) as LearningOutcome;
    if (edited.version === model.edited.version) {
      expect(edited).toEqual(model.edited);
    } else {
      expect(edited.version).toBe(model.edited.version + 1);
      expect(inFlightKeys('outcome-edit').has(edited.text['en'])).toBe(true);
      landed++;
    }
    model.edited = edited;
    model.outcomes.delete([...model.outcomes].find(([, o]) => o.id === edited.id)?.[0] ?? '');
    model.outcomes.set(edited.text['en'], edited);

    // Units and work-based learning: acknowledged ones present, nothing else but in-flight ones.
    for (const [kind, known, names] of [
      ['unit', model.units, tree.units.map((u) => u.code)],
      ['wbl', model.periods, tree.workBasedLearning.map((p) => p.title['en'])],
    ] as const) {
      for (const w of acknowledged.filter((w) => w.kind === kind)) known.add(w.key);
      expect(new Set(names).size).toBe(names.length);
      for (const name of known) expect(names).toContain(name);
      const maybe = inFlightKeys(kind);
      for (const name of names.filter((n) => !known.has(n))) {
        if (!maybe.has(name)) strangers.push(name);
        known.add(name);
        landed++;
      }
    }
    expect(strangers).toEqual([]);
    for (const unit of tree.units.filter((u) => !model.unitIds.includes(u.id))) {
      expect(unit.description['en']).toBe(`Unit ${unit.code}${filler}`);
    }
    const unitIds = new Set(tree.units.map((u) => u.id));
    for (const period of tree.workBasedLearning) {
      for (const id of period.unitIds) expect(unitIds.has(id)).toBe(true);
    }

    // The curriculum edited by two clients: the newest acknowledged version, or newer ones from
    // edits in flight (each of the two clients may have had one).
    for (const w of acknowledged.filter((w) => w.kind === 'curriculum-edit')) {
      const response = w.response as Curriculum;
      if (response.version > model.board.version) {
        model.board = { version: response.version, description: w.key };
      }
    }
    const description = board.description['en'];
    const boardEdits = inFlightKeys('curriculum-edit');
    if (board.version === model.board.version) {
      expect(description).toBe(model.board.description);
    } else {
      expect(board.version).toBeGreaterThan(model.board.version);
      expect(board.version - model.board.version).toBeLessThanOrEqual(boardEdits.size);
      expect(boardEdits.has(description)).toBe(true);
      landed += board.version - model.board.version;
    }
    model.board = { version: board.version, description };
    return landed;
  }

  it(
    `keeps every acknowledged write and a sound file over ${CYCLES} SIGKILLs`,
    async () => {
      const began = Date.now();
      process.stdout.write(`crash safety: seed ${SEED} (repeat with CRASH_SEED=${SEED})\n`);
      const first = await start();
      const token = await apiToken(first.server.url, DEMO.teacher);
      const model = await setUp(first.server.url, token);
      const reports: CycleReport[] = [];
      let previous: Write[] = [];
      let current = first;

      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        const { server: running, ms: startMs } = current;
        if (cycle > 1)
          reports[reports.length - 1].inFlightLanded = await verify(
            running.url,
            token,
            model,
            previous,
          );

        const killAfterMs = Math.round(
          KILL_WINDOW_MS[0] + random() * (KILL_WINDOW_MS[1] - KILL_WINDOW_MS[0]),
        );
        let killed = false;
        const timer = setTimeout(() => {
          killed = true;
          running.process.kill('SIGKILL');
        }, killAfterMs);
        const writes = await burst(running.url, token, model, cycle, () => killed);
        clearTimeout(timer);
        await running.stop('SIGKILL');

        const acknowledged = writes.filter((w) => w.state === 'acknowledged');
        const { walBytes, integrity, foreignKeyViolations, missing } = checkFile(
          acknowledged
            .filter((w) => w.kind === 'outcome')
            .map((w) => (w.response as LearningOutcome).id),
        );
        expect(integrity).toBe('ok');
        expect(foreignKeyViolations).toBe(0);
        expect(missing).toEqual([]);

        const byKind = {} as Record<Kind, number>;
        for (const kind of ['outcome', 'unit', 'wbl', 'outcome-edit', 'curriculum-edit'] as const)
          byKind[kind] = acknowledged.filter((w) => w.kind === kind).length;
        reports.push({
          cycle,
          killAfterMs,
          acknowledged: acknowledged.length,
          acknowledgedByKind: byKind,
          inFlightAtKill: writes.filter((w) => w.state === 'in-flight').length,
          inFlightLanded: 0,
          walBytesAtKill: walBytes,
          integrityCheck: integrity,
          foreignKeyViolations,
          startMs,
        });
        previous = writes;
        current = await start();
      }
      reports[reports.length - 1].inFlightLanded = await verify(
        current.server.url,
        token,
        model,
        previous,
      );
      expect(await current.server.stop('SIGTERM')).toBe(0);
      rmSync(dir, { recursive: true, force: true });

      const total = (pick: (r: CycleReport) => number) => reports.reduce((s, r) => s + pick(r), 0);
      const summary = {
        test: 'apps/web-e2e/src/crash-safety.e2e-spec.ts',
        database: 'SQLite (better-sqlite3), WAL, synchronous=NORMAL',
        seed: SEED,
        cycles: CYCLES,
        killWindowMs: KILL_WINDOW_MS,
        concurrentClients: 7,
        acknowledgedWrites: total((r) => r.acknowledged),
        inFlightAtKill: total((r) => r.inFlightAtKill),
        inFlightLanded: total((r) => r.inFlightLanded),
        acknowledgedPerCycle: {
          min: Math.min(...reports.map((r) => r.acknowledged)),
          max: Math.max(...reports.map((r) => r.acknowledged)),
        },
        storedAtEnd: {
          outcomes: model.outcomes.size,
          units: model.units.size,
          workBasedLearningPeriods: model.periods.size,
        },
        allVerified: true,
        durationSeconds: Math.round((Date.now() - began) / 100) / 10,
        node: process.version,
        perCycle: reports,
      };
      mkdirSync(join(workspaceRoot, 'dist/reliability'), { recursive: true });
      writeFileSync(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
      process.stdout.write(
        `crash safety: ${CYCLES} SIGKILL cycles, ${summary.acknowledgedWrites} acknowledged writes all present, ` +
          `${summary.inFlightAtKill} in flight at the kill (${summary.inFlightLanded} landed whole, the rest absent), ` +
          `integrity_check ok and no foreign key violations after every kill; seed ${SEED}; ` +
          `${summary.durationSeconds} s → ${summaryFile}\n`,
      );
    },
    Math.max(180000, CYCLES * 9000),
  );
});
