import type { CurriculumSummary, ExportFormatInfo } from '@curriculum-builder/curriculum';
import request from 'supertest';
import { contentType } from '../src/app/exports/exports.service';
import { EXPORT_FORMATS } from '../src/app/exports/formats';
import { attachment } from '../src/infrastructure/web/content-disposition';
import type { Client } from './support/accounts';
import { api } from './support/curricula';
import { startDemoApp } from './support/demo';
import { TestApp, testDatabase } from './support/test-app';

/**
 * The export registry (exports/formats) is the one list of formats: each is served at its path with
 * its media type and file name, in the languages it offers; the OpenAPI document, the formats
 * endpoint and the 404 for an unknown format list exactly its names.
 */
describe(`the export registry (${testDatabase()})`, () => {
  let t: TestApp;
  let anonymous: Client;
  let cnc: CurriculumSummary;

  beforeAll(async () => {
    ({ t, anonymous } = await startDemoApp());
    const list: CurriculumSummary[] = (await anonymous.get(`${api}/curricula`).expect(200)).body
      .items;
    const found = list.find((c) => c.code === 'ZM-CNC-2018');
    if (found === undefined) throw new Error('demo curriculum missing');
    cnc = found;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it.each(EXPORT_FORMATS.map((format) => [format.name, format] as const))(
    'serves %s at its path with its media type and file name',
    async (_name, format) => {
      const language = format.languages ? 'lt' : cnc.primaryLanguage;
      const response = await anonymous
        .get(`${api}/curricula/${cnc.id}/export/${format.name}`)
        .query(format.languages ? { lang: 'LT' } : {})
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toBe(contentType(format));
      const name = format.fileName({
        curriculum: { code: cnc.code } as never,
        institution: null,
        language,
        version: format.versions?.[0] ?? '',
        publicUrl: undefined,
      });
      expect(response.headers['content-disposition']).toBe(attachment(name));
      expect((response.body as Buffer).length).toBeGreaterThan(500);
    },
  );

  it('lists the registry for clients, and in the OpenAPI document', async () => {
    const listed: ExportFormatInfo[] = (await anonymous.get(`${api}/export-formats`).expect(200))
      .body;
    expect(listed).toEqual(
      EXPORT_FORMATS.map(({ name, mediaType, summary, languages, versions }) => ({
        name,
        mediaType,
        summary,
        languages,
        versions: versions ?? [],
      })),
    );
    const document = (await request(t.server).get('/api/docs-json').expect(200)).body;
    const operation = document.paths['/api/v1/curricula/{id}/export/{format}'].get;
    const format = operation.parameters.find((p: { name: string }) => p.name === 'format');
    expect(format.schema.enum).toEqual(EXPORT_FORMATS.map((f) => f.name));
    for (const old of ['pdf', 'pathway-pdf', 'elm', 'case', 'csv'])
      expect(document.paths[`/api/v1/curricula/{id}/export/${old}`]).toBeUndefined();
  });

  it('answers an unknown format with 404 naming the formats there are', async () => {
    const response = await anonymous.get(`${api}/curricula/${cnc.id}/export/odt`).expect(404);
    expect(response.body.message).toBe(
      `Export format (one of ${EXPORT_FORMATS.map((f) => f.name).join(', ')}) odt not found`,
    );
  });
});
