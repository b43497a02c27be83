import type {
  Curriculum,
  LearningOutcome,
  Unit,
  WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import { spawn } from 'node:child_process';
import { Client as PgClient } from 'pg';
import type request from 'supertest';
import { Client, client, createAuthor, createInstitution, createUser } from './support/accounts';
import { api, createDraft } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

describe(`concurrent authors (${testDatabase()})`, () => {
  let t: TestApp;
  let as: Client;
  let curriculum: Curriculum;
  let unit: Unit;

  beforeAll(async () => {
    t = await startTestApp();
    as = client(t.server, (await createAuthor(t)).token);
    curriculum = await createDraft(as);
    unit = (
      await as
        .post(`${api}/curricula/${curriculum.id}/units`)
        .send({
          code: 'CNC',
          title: { de: 'CNC-Technik', en: 'CNC technology' },
          eqfLevel: 4,
          ecvetPoints: 30,
          year: 1,
        })
        .expect(201)
    ).body;
  });

  afterAll(async () => {
    await t.close();
  });

  it('two writers on one version: exactly one wins, the other gets 409, nothing is lost', async () => {
    const path = `${api}/curricula/${curriculum.id}/units/${unit.id}/outcomes`;
    const outcome: LearningOutcome = (
      await as
        .post(path)
        .send({ category: 'skill', text: { en: 'sets up the machine' } })
        .expect(201)
    ).body;
    const [a, b] = await Promise.all([
      as.patch(`${path}/${outcome.id}`).send({ version: 1, text: { en: 'writer A' } }),
      as.patch(`${path}/${outcome.id}`).send({ version: 1, text: { en: 'writer B' } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(loser.body.current).toEqual(winner.body);
    const tree = (await as.get(`${api}/curricula/${curriculum.id}`)).body as Curriculum;
    expect(tree.units[0].outcomes[0]).toEqual(winner.body);
  });

  it('many concurrent writes all land, with no server error', async () => {
    const path = `${api}/curricula/${curriculum.id}/units/${unit.id}/outcomes`;
    const texts = Array.from({ length: 40 }, (_, i) => `outcome ${i}: prüft Maße ±0,01 mm`);
    const created = await Promise.all(
      texts.map((text) => as.post(path).send({ category: 'skill', text: { de: text } })),
    );
    expect(created.map((r) => r.status)).toEqual(texts.map(() => 201));
    const edits = await Promise.all(
      created.map((r) =>
        as.patch(`${path}/${r.body.id}`).send({ version: 1, category: 'knowledge' }),
      ),
    );
    expect(edits.map((r) => r.status)).toEqual(texts.map(() => 200));
    const tree = (await as.get(`${api}/curricula/${curriculum.id}`)).body as Curriculum;
    const stored = tree.units[0].outcomes.map((o) => o.text['de']);
    for (const text of texts) expect(stored).toContain(text);
    const positions = new Set(tree.units[0].outcomes.map((o) => o.id));
    expect(positions.size).toBe(tree.units[0].outcomes.length);
  });

  it('concurrent reorders of the same version: one wins, the other gets 409', async () => {
    const fresh = (await as.get(`${api}/curricula/${curriculum.id}`)).body as Curriculum;
    const second: Unit = (
      await as
        .post(`${api}/curricula/${curriculum.id}/units`)
        .send({ code: 'MESS', title: { de: 'Messtechnik' }, eqfLevel: 4, ecvetPoints: 10, year: 1 })
        .expect(201)
    ).body;
    const ids = [second.id, unit.id];
    const [a, b] = await Promise.all([
      as
        .post(`${api}/curricula/${curriculum.id}/units/reorder`)
        .send({ version: fresh.version, ids }),
      as
        .post(`${api}/curricula/${curriculum.id}/units/reorder`)
        .send({ version: fresh.version, ids }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });
});

/** Every status that a client under contention may get: the write landed, or a clean 409. */
const LANDED_OR_CONFLICT = [200, 201, 409];

/**
 * A second connection, from outside the app, that takes the write lock and holds it for `ms`:
 * another process with its own better-sqlite3 connection on the same file (as the command line
 * importing, or a backup tool), or a PostgreSQL session holding the shared write lock and the
 * curriculum's row.
 * `released` resolves with the instant just before its COMMIT.
 */
function holdWriteLock(
  t: TestApp,
  curriculumId: string,
  ms: number,
): { ready: Promise<void>; released: Promise<number> } {
  const database = t.config.database;
  if (database.kind === 'sqlite') {
    const script = `
      const [driver, file, id, ms] = process.argv.slice(1);
      const db = new (require(driver))(file);
      db.exec('BEGIN IMMEDIATE');
      db.prepare('UPDATE curriculum SET updated_at = updated_at WHERE id = ?').run(id);
      process.stdout.write('locked\\n');
      setTimeout(() => {
        const at = Date.now();
        db.exec('COMMIT');
        db.close();
        process.stdout.write('released ' + at + '\\n');
      }, Number(ms));`;
    const child = spawn(
      process.execPath,
      ['-e', script, require.resolve('better-sqlite3'), database.path, curriculumId, String(ms)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    const printed = (pattern: RegExp) =>
      new Promise<RegExpExecArray>((done, fail) => {
        const check = () => {
          const match = pattern.exec(output);
          if (match) done(match);
        };
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          check();
        });
        child.once('exit', (code) => {
          check();
          fail(new Error(`lock holder exited with ${code}: ${output}`));
        });
      });
    return {
      ready: printed(/locked/).then(() => undefined),
      released: printed(/released (\d+)/).then((match) => Number(match[1])),
    };
  }
  const pg = new PgClient({ connectionString: database.url });
  const ready = (async () => {
    await pg.connect();
    await pg.query('BEGIN');
    // As another process of this product would: the curriculum's row, locked until commit.
    await pg.query(
      `UPDATE "${database.schema}".curriculum SET updated_at = updated_at WHERE id = $1`,
      [curriculumId],
    );
  })();
  const released = ready.then(async () => {
    await new Promise((done) => setTimeout(done, ms));
    const at = Date.now();
    await pg.query('COMMIT');
    await pg.end();
    return at;
  });
  return { ready, released };
}

describe(`many concurrent writers (${testDatabase()})`, () => {
  let t: TestApp;
  /** Two authors of school A, two of school B. */
  let a: Client[];
  let b: Client[];
  let curriculumA: Curriculum;
  let curriculumB: Curriculum;

  const unitBody = (code: string, overrides: Record<string, unknown> = {}) => ({
    code,
    title: { de: `Lernfeld ${code}`, en: `Unit ${code}` },
    eqfLevel: 4,
    ecvetPoints: 5,
    year: 1,
    ...overrides,
  });

  async function createUnit(as: Client, curriculumId: string, code: string): Promise<Unit> {
    return (
      await as.post(`${api}/curricula/${curriculumId}/units`).send(unitBody(code)).expect(201)
    ).body;
  }

  async function createOutcome(
    as: Client,
    curriculumId: string,
    unitId: string,
    text: string,
  ): Promise<LearningOutcome> {
    return (
      await as
        .post(`${api}/curricula/${curriculumId}/units/${unitId}/outcomes`)
        .send({ category: 'skill', text: { en: text } })
        .expect(201)
    ).body;
  }

  /** The whole tree, read by an author of its school. */
  async function tree(id: string): Promise<Curriculum> {
    const as = id === curriculumB.id ? b[0] : a[0];
    return (await as.get(`${api}/curricula/${id}`).expect(200)).body;
  }

  beforeAll(async () => {
    t = await startTestApp();
    const [schoolA, schoolB] = [
      await createInstitution(t, 'school'),
      await createInstitution(t, 'school'),
    ];
    const author = async (school: string) =>
      client(t.server, (await createUser(t, 'author', school)).token);
    a = [await author(schoolA), await author(schoolA)];
    b = [await author(schoolB), await author(schoolB)];
    curriculumA = await createDraft(a[0], { code: 'CONC-A' });
    curriculumB = await createDraft(b[0], { code: 'CONC-B' });
  });

  afterAll(async () => {
    await t.close();
  });

  it('no lost update: 30 clients add to one unit at once, retrying on 409, and all 30 count', async () => {
    const start: Unit = (
      await a[0]
        .post(`${api}/curricula/${curriculumA.id}/units`)
        .send(unitBody('COUNTER', { ecvetPoints: 0, description: { en: 'log:' } }))
        .expect(201)
    ).body;
    const path = `${api}/curricula/${curriculumA.id}/units/${start.id}`;
    const statuses: number[] = [];
    const writer = async (i: number) => {
      let base = start;
      for (let attempt = 1; attempt <= 100; attempt++) {
        const response = await a[i % 2].patch(path).send({
          version: base.version,
          ecvetPoints: base.ecvetPoints + 1,
          description: { en: `${base.description['en']} w${i};` },
        });
        statuses.push(response.status);
        if (response.status === 200) return;
        if (response.status !== 409) return;
        base = response.body.current as Unit;
      }
    };
    await Promise.all(Array.from({ length: 30 }, (_, i) => writer(i)));

    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    const unit = (await tree(curriculumA.id)).units.find((u) => u.id === start.id);
    expect(unit?.ecvetPoints).toBe(30);
    expect(unit?.version).toBe(31);
    const log = unit?.description['en'] ?? '';
    for (let i = 0; i < 30; i++) expect(log.split(` w${i};`)).toHaveLength(2);
  });

  it('200 concurrent mixed writes by four authors on two curricula: 2xx or 409, never 5xx, none lost', async () => {
    // Set-up: the parts the burst works on.
    const [unitA1, unitA2] = [
      await createUnit(a[0], curriculumA.id, 'A-1'),
      await createUnit(a[0], curriculumA.id, 'A-2'),
    ];
    const outcomeA = await createOutcome(a[0], curriculumA.id, unitA1.id, 'edited by many');
    const [unitB1, unitB2, unitB3] = [
      await createUnit(b[0], curriculumB.id, 'B-1'),
      await createUnit(b[0], curriculumB.id, 'B-2'),
      await createUnit(b[0], curriculumB.id, 'B-3'),
    ];
    for (const n of [1, 2, 3]) await createOutcome(b[0], curriculumB.id, unitB3.id, `ordered ${n}`);
    const periodB: WorkBasedLearningPeriod = (
      await b[0]
        .post(`${api}/curricula/${curriculumB.id}/work-based-learning`)
        .send({ title: { en: 'Placement' }, year: 1, durationHours: 160 })
        .expect(201)
    ).body;
    const beforeA = await tree(curriculumA.id);
    const beforeB = await tree(curriculumB.id);
    const orderedB3 = beforeB.units.find((u) => u.id === unitB3.id) as Unit;

    // The burst: each write knows what it expects and how to find itself in the final tree.
    type Kind = 'create' | 'race';
    interface Write {
      readonly kind: Kind;
      /** Writes that race for one version: exactly one of a group wins. */
      readonly group?: string;
      readonly path: string;
      readonly send: () => request.Test;
      readonly body: Record<string, unknown>;
    }
    const writes: Write[] = [];
    const add = (
      kind: Kind,
      as: Client,
      method: 'post' | 'patch',
      path: string,
      body: Record<string, unknown>,
      group?: string,
    ) => writes.push({ kind, group, path, body, send: () => as[method](path).send(body) });
    const onA = `${api}/curricula/${curriculumA.id}`;
    const onB = `${api}/curricula/${curriculumB.id}`;
    const permutation = (ids: string[], i: number) =>
      ids.map((_, k) => ids[(k + i) % ids.length]).reverse();
    for (let i = 0; i < 40; i++) {
      const unit = i % 2 === 0 ? unitA1 : unitA2;
      add('create', a[i % 2], 'post', `${onA}/units/${unit.id}/outcomes`, {
        category: 'knowledge',
        text: { en: `A outcome ${i}: misst Rundlauf ±0,01 mm` },
      });
    }
    for (let i = 0; i < 20; i++)
      add('create', a[i % 2], 'post', `${onA}/units`, unitBody(`A-N${i}`));
    for (let i = 0; i < 15; i++) {
      add('create', a[i % 2], 'post', `${onA}/work-based-learning`, {
        title: { en: `A placement ${i}` },
        year: 2,
        durationHours: 40 + i,
        unitIds: [unitA1.id],
      });
      add('race', a[i % 2], 'patch', `${onA}/units/${unitA1.id}/outcomes/${outcomeA.id}`, {
        version: outcomeA.version,
        text: { en: `A outcome edit ${i}` },
      });
    }
    for (let i = 0; i < 10; i++) {
      add('race', a[i % 2], 'patch', onA, {
        version: beforeA.version,
        title: { de: `Titel A ${i}` },
      });
    }
    for (let i = 0; i < 30; i++) {
      add('create', b[i % 2], 'post', `${onB}/units/${unitB1.id}/outcomes`, {
        category: 'skill',
        text: { de: `B Ergebnis ${i}: rüstet die Maschine` },
      });
    }
    for (let i = 0; i < 15; i++) {
      add('create', b[i % 2], 'post', `${onB}/work-based-learning`, {
        title: { en: `B placement ${i}` },
        year: 3,
        durationHours: 80 + i,
        unitIds: [unitB1.id, unitB2.id],
      });
      add('race', b[i % 2], 'patch', `${onB}/work-based-learning/${periodB.id}`, {
        version: periodB.version,
        durationHours: 200 + i,
      });
    }
    for (let i = 0; i < 10; i++) {
      // Reorders of the units and edits of the curriculum both build on the curriculum's version.
      add(
        'race',
        b[i % 2],
        'post',
        `${onB}/units/reorder`,
        { version: beforeB.version, ids: permutation([unitB1.id, unitB2.id, unitB3.id], i) },
        'curriculum B',
      );
      add(
        'race',
        b[i % 2],
        'patch',
        onB,
        { version: beforeB.version, title: { de: `Titel B ${i}` } },
        'curriculum B',
      );
      add('race', b[i % 2], 'post', `${onB}/units/${unitB3.id}/outcomes/reorder`, {
        version: orderedB3.version,
        ids: permutation(
          orderedB3.outcomes.map((o) => o.id),
          i,
        ),
      });
      add('race', b[i % 2], 'patch', `${onB}/units/${unitB2.id}`, {
        version: unitB2.version,
        title: { de: `Lernfeld B-2, Fassung ${i}` },
      });
    }
    expect(writes).toHaveLength(200);
    // Interleave the kinds, then fire all 200 at once.
    const shuffled = writes
      .map((write, i) => ({ write, key: (i * 7919) % writes.length }))
      .sort((x, y) => x.key - y.key)
      .map(({ write }) => write);
    const responses = await Promise.all(shuffled.map((write) => write.send()));
    const results = shuffled.map((write, i) => ({ write, response: responses[i] }));

    const unexpected = results
      .filter(({ response }) => !LANDED_OR_CONFLICT.includes(response.status))
      .map(({ response }) => `${response.status} ${JSON.stringify(response.body)}`);
    expect(unexpected).toEqual([]);
    for (const { write, response } of results) {
      if (write.kind === 'create') expect(response.status).toBe(201);
      if (response.status === 409) expect(response.body.current).toBeDefined();
    }

    const afterA = await tree(curriculumA.id);
    const afterB = await tree(curriculumB.id);
    const outcomesOf = (c: Curriculum) => c.units.flatMap((u) => u.outcomes);
    const find = <T extends { id: string }>(items: readonly T[], id: string) =>
      items.find((item) => item.id === id);

    // Every acknowledged creation is in the tree exactly as it was acknowledged.
    for (const { response } of results.filter(({ write }) => write.kind === 'create')) {
      const created = response.body as { id: string };
      const stored =
        find(outcomesOf(afterA), created.id) ??
        find(outcomesOf(afterB), created.id) ??
        find(afterA.units, created.id) ??
        find(afterA.workBasedLearning, created.id) ??
        find(afterB.workBasedLearning, created.id);
      expect(stored).toEqual(created);
    }
    expect(afterA.units).toHaveLength(beforeA.units.length + 20);
    expect(outcomesOf(afterA)).toHaveLength(outcomesOf(beforeA).length + 40);
    expect(afterA.workBasedLearning).toHaveLength(beforeA.workBasedLearning.length + 15);
    expect(outcomesOf(afterB)).toHaveLength(outcomesOf(beforeB).length + 30);
    expect(afterB.workBasedLearning).toHaveLength(beforeB.workBasedLearning.length + 15);

    // Each race on one version has exactly one winner, and the tree holds the winner's value.
    const groups = new Map<string, typeof results>();
    for (const result of results.filter(({ write }) => write.kind === 'race')) {
      const key = result.write.group ?? result.write.path;
      groups.set(key, [...(groups.get(key) ?? []), result]);
    }
    expect(groups.size).toBe(6);
    const winners = new Map<string, (typeof results)[number]>();
    for (const [key, group] of groups) {
      const won = group.filter(({ response }) => response.status === 200);
      expect({ key, winners: won.length }).toEqual({ key, winners: 1 });
      winners.set(key, won[0]);
    }
    const winner = (path: string) => winners.get(path)?.response.body;
    expect(find(outcomesOf(afterA), outcomeA.id)).toEqual(
      winner(`${onA}/units/${unitA1.id}/outcomes/${outcomeA.id}`),
    );
    expect(afterA.title).toEqual(winner(onA).title);
    expect(afterA.version).toBe(beforeA.version + 1);
    expect(find(afterB.workBasedLearning, periodB.id)).toEqual(
      winner(`${onB}/work-based-learning/${periodB.id}`),
    );
    const { outcomes: _o, ...unitB2After } = find(afterB.units, unitB2.id) as Unit;
    const { outcomes: _w, ...unitB2Won } = winner(`${onB}/units/${unitB2.id}`) as Unit;
    expect(unitB2After).toEqual(unitB2Won);
    expect(find(afterB.units, unitB3.id)?.outcomes.map((o) => o.id)).toEqual(
      winners.get(`${onB}/units/${unitB3.id}/outcomes/reorder`)?.write.body['ids'],
    );
    const curriculumWinner = winners.get('curriculum B');
    expect(afterB.version).toBe(beforeB.version + 1);
    if (curriculumWinner?.write.path.endsWith('/reorder')) {
      expect(afterB.units.map((u) => u.id)).toEqual(curriculumWinner.write.body['ids']);
      expect(afterB.title).toEqual(beforeB.title);
    } else {
      expect(afterB.title).toEqual(curriculumWinner?.write.body['title']);
      expect(afterB.units.map((u) => u.id)).toEqual(beforeB.units.map((u) => u.id));
    }

    // Appended parts got distinct positions (a stable order), as the tree reads them.
    const duplicates = await t.dataSource.query(
      `SELECT kind, parent, position, COUNT(*) AS n FROM (
         SELECT 'outcome' AS kind, unit_id AS parent, position FROM learning_outcome
         UNION ALL SELECT 'unit', curriculum_id, position FROM unit
         UNION ALL SELECT 'wbl', curriculum_id, position FROM work_based_learning
       ) parts GROUP BY kind, parent, position HAVING COUNT(*) > 1`,
    );
    expect(duplicates).toEqual([]);
  });

  it('a second connection holds the write lock for a second: the app waits for it and succeeds', async () => {
    const unit = await createUnit(a[0], curriculumA.id, 'WAIT');
    const lock = holdWriteLock(t, curriculumA.id, 1000);
    await lock.ready;
    const writes = Array.from({ length: 8 }, (_, i) =>
      a[i % 2]
        .post(`${api}/curricula/${curriculumA.id}/units/${unit.id}/outcomes`)
        .send({ category: 'skill', text: { en: `written while locked ${i}` } })
        .then((response) => ({ response, at: Date.now() })),
    );
    const edit = a[0]
      .patch(`${api}/curricula/${curriculumA.id}/units/${unit.id}`)
      .send({ version: unit.version, ecvetPoints: 7 })
      .then((response) => ({ response, at: Date.now() }));
    const done = await Promise.all([...writes, edit]);
    const released = await lock.released;

    expect(done.map(({ response }) => response.status)).toEqual([...writes.map(() => 201), 200]);
    for (const { at } of done) expect(at).toBeGreaterThanOrEqual(released);
    const stored = (await tree(curriculumA.id)).units.find((u) => u.id === unit.id);
    expect(stored?.ecvetPoints).toBe(7);
    expect(stored?.outcomes.map((o) => o.text['en']).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `written while locked ${i}`).sort(),
    );
  });
});
