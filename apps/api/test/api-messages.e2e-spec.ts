import type request from 'supertest';
import type { FieldError, Finding } from '@curriculum-builder/curriculum';
import { cncMachiningCurriculum } from '../src/app/demo/content/cnc';
import {
  CATALOGUES,
  translateMessage,
  type ServerLanguage,
} from '../src/common/i18n/server-messages';
import { client, Client, createInstitution, createUser, link } from './support/accounts';
import { api, storeContent } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

type ErrorBody = { message: string; errors?: FieldError[]; problems?: FieldError[] };

/** The messages of each field or problem of an error answer. */
const fieldMessages = (body: ErrorBody) =>
  (body.errors ?? body.problems ?? []).map((e) => e.message);

/**
 * ADR 0026: the API answers its messages in the language the caller asks for with
 * `Accept-Language` (the web app sends the interface language), the same answer otherwise.
 */
describe(`the API's messages in the caller's language (${testDatabase()})`, () => {
  let t: TestApp;
  let author: Client;
  let id: string;

  beforeAll(async () => {
    t = await startTestApp();
    const school = await createInstitution(t, 'school');
    await link(t, school, await createInstitution(t, 'association'));
    author = client(t.server, (await createUser(t, 'author', school)).token);
    id = await storeContent(t, cncMachiningCurriculum, school);
  });

  afterAll(async () => {
    await t.close();
  });

  /** The same request in English and in `language`: status, headers, messages compared. */
  async function inBoth(
    send: (language: string | null) => request.Test,
    language: ServerLanguage,
    status: number,
  ): Promise<{ english: string[]; translated: string[] }> {
    const english = await send(null).expect(status);
    const translated = await send(language).expect(status);
    expect(english.headers['content-language']).toBe('en');
    expect(translated.headers['content-language']).toBe(language);
    expect(translated.headers['vary']).toMatch(/Accept-Language/i);
    const en = english.body as ErrorBody;
    const other = translated.body as ErrorBody;
    // Each field's message is its translation, and none is left in English …
    expect(fieldMessages(other)).toEqual(
      fieldMessages(en).map((m) => translateMessage(m, language)),
    );
    fieldMessages(other).forEach((m, i) => expect(m).not.toBe(fieldMessages(en)[i]));
    // … and the summary is written again from them, or translated as a whole.
    expect(other.message).toBe(
      en.errors === undefined
        ? translateMessage(en.message, language)
        : (other.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; '),
    );
    expect(other.message).not.toBe(en.message);
    return {
      english: [en.message, ...fieldMessages(en)],
      translated: [other.message, ...fieldMessages(other)],
    };
  }

  it('answers a refused request body field by field in Lithuanian', async () => {
    const { translated } = await inBoth(
      (language) => {
        const test = author.post(`${api}/curricula`);
        if (language !== null) test.set('Accept-Language', `${language}-LT,${language};q=0.9`);
        return test.send({
          code: '',
          title: 5,
          eqfLevel: 99,
          durationMonths: 1.5,
          primaryLanguage: 'de',
          languages: ['de', 'xx yy'],
          iscedFCode: '0715',
        });
      },
      'lt',
      400,
    );
    expect(translated.length).toBeGreaterThan(4);
    expect(translated[1]).toMatch(/^[a-zA-Z]+ /);
  });

  it('names a resource that is not there in German, its kind translated too', async () => {
    const { translated } = await inBoth(
      (language) => {
        const test = author.get(`${api}/curricula/7b0f6d3e-1a2b-4c3d-9e8f-0123456789ab`);
        return language === null ? test : test.set('Accept-Language', language);
      },
      'de',
      404,
    );
    expect(translated[0]).toContain(CATALOGUES.de['Curriculum']);
    expect(translated[0]).toContain('7b0f6d3e-1a2b-4c3d-9e8f-0123456789ab');
  });

  it("lists an import's problems in Latvian", async () => {
    const csv = 'record,code,title.de,ecvetPoints\ncurriculum,X,Titel,abc\nunit,,Einheit,-1\n';
    await inBoth(
      (language) => {
        const test = author.post(`${api}/curricula/import/csv`).set('Content-Type', 'text/csv');
        return (language === null ? test : test.set('Accept-Language', language)).send(csv);
      },
      'lv',
      422,
    );
  });

  it('refuses a review with the rule findings in Estonian', async () => {
    const tree = (await author.get(`${api}/curricula/${id}`).expect(200)).body as {
      version: number;
    };
    await author
      .patch(`${api}/curricula/${id}`)
      .send({ version: tree.version, requiredLanguages: ['en', 'lt'] })
      .expect(200);
    const findings = (await author.get(`${api}/curricula/${id}/validation`).expect(200)).body
      .findings as Finding[];
    const first = findings.find((f) => f.severity === 'error');
    if (first === undefined) throw new Error('a required language without texts is an error');
    const english = await author.post(`${api}/curricula/${id}/submit`).send({}).expect(409);
    const estonian = await author
      .post(`${api}/curricula/${id}/submit`)
      .set('Accept-Language', 'et')
      .send({})
      .expect(409);
    expect(english.body.message).toContain(first.messages['en']);
    expect(estonian.body.message).toContain(first.messages['et']);
    expect(estonian.body.message).not.toContain('rule error');
  });

  it('keeps English for languages it does not speak, and for no header', async () => {
    const ask = (header?: string) => {
      const test = author.get(`${api}/curricula/7b0f6d3e-1a2b-4c3d-9e8f-0123456789ab`);
      return (header === undefined ? test : test.set('Accept-Language', header)).expect(404);
    };
    const plain = await ask();
    expect(plain.body.message).toBe('Curriculum 7b0f6d3e-1a2b-4c3d-9e8f-0123456789ab not found');
    for (const header of ['fr-FR,fr;q=0.9', '*', 'en-GB']) {
      const answer = await ask(header);
      expect(answer.body.message).toBe(plain.body.message);
      expect(answer.headers['content-language']).toBe('en');
    }
  });
});
