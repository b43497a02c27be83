import type { Curriculum, LearningOutcome, Unit } from '@curriculum-builder/curriculum';
import { Client, client, createAuthor } from './support/accounts';
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
