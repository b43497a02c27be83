import type { Curriculum } from '@curriculum-builder/curriculum';
import { generateCurriculum } from '@curriculum-builder/curriculum/testing';
import { client, Client, createAuthor } from './support/accounts';
import { foreignPackage, item } from './support/case-packages';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Issue #17: "competence", the category of ECVET 2009 and the EQF of 2008 (and of many imported
 * frameworks), is taken as responsibility and autonomy on input and on import, not refused.
 */
describe(`outcome category aliases (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let institution: string;

  beforeAll(async () => {
    t = await startTestApp();
    const user = await createAuthor(t);
    author = client(t.server, user.token);
    institution = user.institutionId as string;
  });

  afterAll(async () => {
    await t.close();
  });

  const tree = async (id: string) =>
    (await author.get(`${api}/curricula/${id}`).expect(200)).body as Curriculum;
  const content = () =>
    generateCurriculum({
      units: 2,
      outcomesPerUnit: 3,
      workBasedLearningPeriods: 0,
      languages: ['de'],
    });

  it('takes "competence" in a new or edited outcome, refuses an unknown category', async () => {
    const id = await storeContent(t, content(), institution);
    const unit = (await tree(id)).units[0];
    const outcomes = `${api}/curricula/${id}/units/${unit.id}/outcomes`;
    const created = await author
      .post(outcomes)
      .send({ category: 'competence', text: { de: 'Arbeitsaufträge selbstständig planen' } })
      .expect(201);
    expect(created.body.category).toBe('responsibility-autonomy');
    const edited = await author
      .patch(`${outcomes}/${unit.outcomes[0].id}`)
      .send({ version: unit.outcomes[0].version, category: 'Competence' })
      .expect(200);
    expect(edited.body.category).toBe('responsibility-autonomy');
    const refused = await author
      .post(outcomes)
      .send({ category: 'attitude', text: { de: 'x' } })
      .expect(400);
    expect(refused.body.errors[0].path).toBe('category');
  });

  it('imports "competence" from CSV and from a CASE item type', async () => {
    const id = await storeContent(t, content(), institution);
    const csv = (await author.get(`${api}/curricula/${id}/export/csv`).expect(200)).text;
    expect(csv).toContain('responsibility-autonomy');
    const imported = await author
      .post(`${api}/curricula/import/csv`)
      .set('Content-Type', 'text/csv')
      .send(csv.replaceAll('responsibility-autonomy', 'competence'))
      .expect(201);
    const fromCsv = await tree(imported.body.id);
    expect(fromCsv.units.map((u) => u.outcomes.map((o) => o.category))).toEqual(
      (await tree(id)).units.map((u) => u.outcomes.map((o) => o.category)),
    );

    const unit = item('Fräsen', { humanCodingScheme: 'LF 5' });
    const outcome = item('Arbeit selbstständig planen', { CFItemType: 'Competence' });
    const response = await author
      .post(`${api}/curricula/import/case`)
      .send(
        foreignPackage({
          items: [unit, outcome],
          links: [
            [unit.identifier, undefined, 'isChildOf'],
            [outcome.identifier, unit.identifier, 'isChildOf'],
          ],
        }),
      )
      .expect(201);
    expect((await tree(response.body.id)).units[0].outcomes[0].category).toBe(
      'responsibility-autonomy',
    );
  });
});
