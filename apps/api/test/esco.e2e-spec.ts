import type {
  EscoOccupation,
  EscoPage,
  EscoSkill,
  EscoSuggestion,
} from '@curriculum-builder/curriculum';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EscoCatalogueService } from '../src/app/esco/esco-catalogue.service';
import { SHIPPED_ESCO } from '../src/app/esco/esco-files';
import { EscoCatalogue1763685500000 as Migration } from '../src/database/migrations/1763685500000-EscoCatalogue';
import { client, Client, createAuthor } from './support/accounts';
import { api } from './support/curricula';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

const CNC = 'http://data.europa.eu/esco/occupation/5c082067-ea18-4ccb-8c43-e70b18ad8120';
/** "program a CNC controller", an essential skill of the CNC operator. */
const CNC_CONTROLLER = 'http://data.europa.eu/esco/skill/bf942c60-8539-4951-83ee-63f770da1cb8';
const relationsOf = (occupation: string) =>
  readFileSync(join(SHIPPED_ESCO, 'occupationSkillRelations.csv'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith(`${occupation},`));

/**
 * Issue #20, point 1 (ADR 0027): the ESCO catalogue — the shipped subset stored on first use,
 * searched by labels and alternative labels, ranked; an occupation's skills; a newer download
 * imported over it.
 */
describe(`ESCO catalogue (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;

  beforeAll(async () => {
    t = await startTestApp();
    author = client(t.server, (await createAuthor(t)).token);
  });

  afterAll(async () => {
    await t.close();
  });

  const occupations = async (query: string) =>
    (await author.get(`${api}/esco/occupations?${query}`).expect(200))
      .body as EscoPage<EscoOccupation>;
  const skills = async (query: string) =>
    (await author.get(`${api}/esco/skills?${query}`).expect(200)).body as EscoPage<EscoSkill>;

  it('stores the shipped subset on first use and names its source', async () => {
    const all = await occupations('limit=1');
    expect(all.total).toBe(225);
    expect(all.source).toBe('ESCO v1.1.1, © European Union');
    expect((await skills('limit=1')).total).toBe(2196);
  });

  it('ranks a label that starts with the words first, then word matches', async () => {
    const found = await occupations('q=computer%20numerical');
    expect(found.items[0]).toMatchObject({
      uri: CNC,
      label: { text: 'computer numerical control machine operator', language: 'en' },
      iscoGroup: '7223',
      code: '7223.4',
    });
    expect(found.items[0].matched).toBeUndefined();
  });

  it('finds an occupation by an alternative label, and says which one matched', async () => {
    const found = await occupations('q=CNC%20machinist');
    expect(found.items[0]).toMatchObject({ uri: CNC, matched: 'CNC machinist' });
    // A word of a label finds every occupation it starts a word of, label matches first.
    const cnc = await occupations('q=cnc&limit=100');
    expect(cnc.total).toBeGreaterThan(4);
    expect(
      cnc.items.slice(0, 5).every((o) => /cnc/i.test(`${o.label.text} ${o.matched ?? ''}`)),
    ).toBe(true);
  });

  it('finds skills with their type and reuse level, accents and case aside', async () => {
    const found = await skills('q=TEND%20cnc%20M%C3%ADLLING');
    expect(found.items[0]).toMatchObject({
      label: { text: 'tend CNC milling machine', language: 'en' },
      skillType: 'skill/competence',
      reuseLevel: 'cross-sector',
    });
  });

  it("lists an occupation's skills, essential first, and searches within them", async () => {
    const relations = relationsOf(CNC);
    const all = await skills(`occupation=${encodeURIComponent(CNC)}&limit=100`);
    expect(all.total).toBe(relations.length);
    const kinds = all.items.map((s) => s.relation);
    const essential = relations.filter((line) => line.includes(',essential,')).length;
    expect(kinds.slice(0, Math.min(essential, 100))).toEqual(
      Array(Math.min(essential, 100)).fill('essential'),
    );
    const within = await skills(`occupation=${encodeURIComponent(CNC)}&q=cnc`);
    expect(within.total).toBeGreaterThan(0);
    expect(within.total).toBeLessThan(all.total);
  });

  it('refuses what is no search, and names an occupation it does not know', async () => {
    await author.get(`${api}/esco/skills?occupation=cnc`).expect(400);
    await author.get(`${api}/esco/occupations?limit=1000`).expect(400);
    await author.get(`${api}/esco/occupations?occupation=${encodeURIComponent(CNC)}`).expect(400);
    const unknown = CNC.replace('5c082067', '00000000');
    const answer = await author
      .get(`${api}/esco/skills?occupation=${encodeURIComponent(unknown)}`)
      .expect(404);
    expect(answer.body.message).toContain(unknown);
    await client(t.server).get(`${api}/esco/occupations?q=cnc`).expect(401);
  });

  it('imports a download in another language over the catalogue: labels in that language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esco-de-'));
    try {
      writeFileSync(
        join(dir, 'occupations_de.csv'),
        'conceptUri,iscoGroup,code,preferredLabel,altLabels,description\n' +
          `${CNC},7223,7223.4,Zerspanungsmechaniker/in CNC,"CNC-Fräser/in\nCNC-Dreher/in",Bedient CNC-Maschinen.\n`,
      );
      writeFileSync(
        join(dir, 'skills_de.csv'),
        'conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n' +
          `${CNC_CONTROLLER},skill/competence,cross-sector,CNC-Steuerung programmieren,CNC-Steuerung einrichten,Die Steuerung einer CNC-Maschine programmieren.\n`,
      );
      const stored = await t.app.get(EscoCatalogueService).import(dir);
      expect(stored).toMatchObject({ occupations: 1, skills: 1, languages: ['de'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const german = await occupations('q=cnc-fraser&lang=de');
    expect(german.items[0]).toMatchObject({
      uri: CNC,
      label: { text: 'Zerspanungsmechaniker/in CNC', language: 'de' },
      matched: 'CNC-Fräser/in',
    });
    // Occupations without a German label show the English one, and say so; nothing was lost.
    const english = await occupations('q=grinding%20machine%20operator&lang=de');
    expect(english.items[0].label).toEqual({ text: 'grinding machine operator', language: 'en' });
    expect((await occupations('limit=1')).total).toBe(225);
    // German text finds the skill by its German labels, shown in German.
    const text = encodeURIComponent(
      'Die Lernenden programmieren die CNC-Steuerung der Fräsmaschine.',
    );
    const suggested = (
      await author
        .get(`${api}/esco/suggestions?text=${text}&lang=de&occupation=${encodeURIComponent(CNC)}`)
        .expect(200)
    ).body as EscoPage<EscoSuggestion>;
    expect(suggested.items[0]).toMatchObject({
      uri: CNC_CONTROLLER,
      label: { text: 'CNC-Steuerung programmieren', language: 'de' },
      relation: 'essential',
    });
  });

  it('refuses a folder that is no ESCO download, storing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esco-bad-'));
    try {
      writeFileSync(join(dir, 'skills_en.csv'), 'uri,label\nx,y\n');
      await expect(t.app.get(EscoCatalogueService).import(dir)).rejects.toThrow(
        'skills_en.csv has no column conceptUri, preferredLabel',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await skills('limit=1')).total).toBe(2196);
  });

  it('migrates: the tables go down and up again', async () => {
    await runMigration(t, new Migration(), 'down');
    expect(await t.dataSource.createQueryRunner().hasTable('esco_concept')).toBe(false);
    await runMigration(t, new Migration(), 'up');
    expect(await t.dataSource.createQueryRunner().hasTable('esco_relation')).toBe(true);
  });
});
