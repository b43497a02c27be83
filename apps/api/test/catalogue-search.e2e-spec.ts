import type { Curriculum, CurriculumSummary, Page } from '@curriculum-builder/curriculum';
import { CreateCurriculumSearch1763684000000 as Migration } from '../src/database/migrations/1763684000000-CreateCurriculumSearch';
import { api } from './support/curricula';
import { DemoApp, startDemoApp } from './support/demo';
import { testDatabase } from './support/test-app';

/**
 * The catalogue's full-text search (issue #14): titles, codes, unit titles, outcomes and the target
 * occupation of the published version, in every language; German stemming on PostgreSQL, word
 * prefixes without diacritics on SQLite (FTS5).
 */
describe(`catalogue search over the published versions (${testDatabase()})`, () => {
  let demo: DemoApp;
  let cnc: CurriculumSummary;

  beforeAll(async () => {
    demo = await startDemoApp();
    const all: Page<CurriculumSummary> = (await demo.anonymous.get(`${api}/curricula`).expect(200))
      .body;
    const found = all.items.find((c) => c.code === 'ZM-CNC-2018');
    if (!found) throw new Error('demo curriculum missing');
    cnc = found;
  });

  afterAll(async () => {
    await demo?.t.close();
  });

  const codes = async (q: string): Promise<string[]> => {
    const page: Page<CurriculumSummary> = (
      await demo.anonymous.get(`${api}/curricula?q=${encodeURIComponent(q)}`).expect(200)
    ).body;
    return page.items.map((c) => c.code);
  };

  it.each([
    ['Fräsen', 'a German word of its outcomes'],
    ['cnc operator', 'the target occupation, word by word'],
    ['Operator CNC', 'in any order and case'],
    ['staklių operatorius', 'the Lithuanian title'],
  ])('finds the CNC curriculum by "%s" (%s)', async (q) => {
    expect(await codes(q)).toContain('ZM-CNC-2018');
  });

  it('finds a unit title and an outcome that the curriculum title does not have', async () => {
    const tree: Curriculum = (await demo.anonymous.get(`${api}/curricula/${cnc.id}`).expect(200))
      .body;
    const outcomeWords = (tree.units[3].outcomes[0].text['de'] ?? '').split(/\s+/).slice(0, 3);
    expect(await codes(outcomeWords.join(' '))).toContain('ZM-CNC-2018');
    expect(await codes(tree.units[5].code)).toContain('ZM-CNC-2018');
  });

  it('finds nothing for words that are not there, and takes search syntax as plain words', async () => {
    expect(await codes('Quantenchromodynamik')).toEqual([]);
    for (const q of ['"', 'NEAR(', '*', 'a OR b', "'); DROP TABLE curriculum; --", '-fräsen']) {
      const response = await demo.anonymous.get(`${api}/curricula?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
    }
  });

  it('builds the index from the published versions already stored, when migrated', async () => {
    const runner = demo.t.dataSource.createQueryRunner();
    try {
      await new Migration().down(runner);
      await new Migration().up(runner);
    } finally {
      await runner.release();
    }
    expect(await codes('Fräsen')).toContain('ZM-CNC-2018');
  });
});
