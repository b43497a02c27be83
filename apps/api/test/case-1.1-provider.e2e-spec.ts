import type { Curriculum, CurriculumSummary } from '@curriculum-builder/curriculum';
import Ajv2020 from 'ajv/dist/2020';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { createInstitution, createUser } from './support/accounts';
import { api } from './support/curricula';
import { DEMO_PASSWORD } from './support/demo';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

/** The strict CASE 1.1 CFPackage schema (a copy, see fixtures/case-1.1/README.md). */
function strictCase11() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const { $schema, ...schema } = JSON.parse(
    readFileSync(join(__dirname, 'fixtures/case-1.1/case-v1p1-cfpackage-schema.json'), 'utf8'),
  ) as Record<string, unknown>;
  // The binding names draft 2020-12 as `http://…/schema` (Ajv knows it as `https://…`): Ajv2020
  // validates by that draft anyway.
  expect($schema).toBe('http://json-schema.org/draft/2020-12/schema');
  return ajv.compile(schema);
}

/** The permissive CASE 1.0 schema of the shared standards folder. */
function permissiveCase10() {
  const near = resolve(__dirname, '../../../../shared/standards/case');
  const folder = existsSync(near) ? near : '/work/shared/standards/case';
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(
    JSON.parse(readFileSync(join(folder, 'case-v1p0-cfpackage-schema.json'), 'utf8')) as object,
  );
}

type Package = {
  CFDocument: Record<string, unknown>;
  CFItems: Record<string, unknown>[];
  CFAssociations: Record<string, unknown>[];
  CFDefinitions?: {
    CFItemTypes: Record<string, unknown>[];
    CFLicenses?: Record<string, unknown>[];
  };
};

/**
 * Issue #16: the CASE export is strict CASE 1.1 by default (CFDefinitions included) and CASE 1.0 on
 * request; the product answers as a CASE 1.1 provider for published curricula, with URIs under its
 * public URL that resolve.
 */
describe(`CASE 1.1 export and provider API (${testDatabase()})`, () => {
  let t: TestApp;
  let published: CurriculumSummary;
  let draftId: string;
  const publicUrl = 'https://curricula.schule.example';
  const v11 = strictCase11();
  const v10 = permissiveCase10();

  beforeAll(async () => {
    t = await startTestApp({
      DEMO_DATA: 'true',
      DEMO_PASSWORD,
      PUBLIC_URL: publicUrl,
      CONTENT_LICENSE: 'CC-BY-SA-4.0',
    });
    const catalogue = await request(t.server).get(`${api}/curricula`).expect(200);
    published = catalogue.body.items.find((c: CurriculumSummary) => c.status === 'published');
    const admin = await createUser(t, 'admin');
    const all = await request(t.server)
      .get(`${api}/curricula?pageSize=100`)
      .set('Authorization', `Bearer ${admin.token}`)
      .expect(200);
    draftId = all.body.items.find((c: CurriculumSummary) => c.status === 'draft').id;
  });

  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => request(t.server).get(path);

  it('exports strict CASE 1.1 by default: caseVersion, item types defined, URIs under PUBLIC_URL', async () => {
    const pkg = (await get(`${api}/curricula/${published.id}/export/case`).expect(200))
      .body as Package;
    expect(v11(pkg)).toBe(true);
    expect(v11.errors ?? []).toEqual([]);
    // It is still valid for tools that read the permissive 1.0 schema.
    expect(v10(pkg)).toBe(true);
    expect(pkg.CFDocument['caseVersion']).toBe('1.1');
    expect(pkg.CFDocument['uri']).toBe(
      `${publicUrl}/ims/case/v1p1/CFDocuments/${pkg.CFDocument['identifier']}`,
    );
    expect(pkg.CFDefinitions?.CFItemTypes.map((type) => type['title'])).toEqual([
      'Unit',
      'Learning outcome',
    ]);
    for (const item of pkg.CFItems) {
      expect(item['uri']).toBe(`${publicUrl}/ims/case/v1p1/CFItems/${item['identifier']}`);
      expect(item).not.toHaveProperty('CFDocumentURI');
    }
    // The licence the deployment publishes under (CONTENT_LICENSE), linked and defined.
    const license = pkg.CFDefinitions?.CFLicenses?.[0] as Record<string, unknown>;
    expect(license).toMatchObject({
      title: 'Creative Commons Attribution-ShareAlike 4.0 International',
      uri: 'https://creativecommons.org/licenses/by-sa/4.0/',
    });
    expect(pkg.CFDocument['licenseURI']).toEqual({
      title: license['title'],
      identifier: license['identifier'],
      uri: license['uri'],
    });
  });

  it('exports CASE 1.0 on request for older tools: document links, no extensions', async () => {
    const response = await get(`${api}/curricula/${published.id}/export/case?version=1.0`).expect(
      200,
    );
    expect(response.headers['content-disposition']).toContain('-case-1.0.json');
    const pkg = response.body as Package;
    expect(v10(pkg)).toBe(true);
    expect(pkg.CFDocument).toHaveProperty('CFPackageURI');
    expect(pkg.CFDocument).not.toHaveProperty('extensions');
    expect(pkg.CFDocument).not.toHaveProperty('caseVersion');
    for (const item of pkg.CFItems) {
      expect(item).toHaveProperty('CFDocumentURI');
      expect(item).not.toHaveProperty('extensions');
    }
    // What a 1.0 tool reads without extensions: points, level and kind of units, categories.
    const units = pkg.CFItems.filter((item) => item['CFItemType'] === 'Unit');
    expect(units[0]['conceptKeywords']).toEqual([
      expect.stringMatching(/^ECVET points: \d+/),
      expect.stringMatching(/^EQF level \d$/),
      expect.stringMatching(/^(mandatory|elective|add-on)$/),
    ]);
    expect(units[0]['educationLevel']).toEqual([expect.stringMatching(/^EQF level \d$/)]);
    // Another school imports the 1.0 package: the points, levels and categories come back, read
    // from the keywords, not guessed.
    const other = await createUser(t, 'author', await createInstitution(t, 'school'));
    const imported = await request(t.server)
      .post(`${api}/curricula/import/case`)
      .set('Authorization', `Bearer ${other.token}`)
      .send(pkg)
      .expect(201);
    const original = (await get(`${api}/curricula/${published.id}`).expect(200)).body as Curriculum;
    const copy = (
      await request(t.server)
        .get(`${api}/curricula/${imported.body.id}`)
        .set('Authorization', `Bearer ${other.token}`)
        .expect(200)
    ).body as Curriculum;
    const facts = (c: Curriculum) =>
      c.units.map((u) => [u.ecvetPoints, u.eqfLevel, u.outcomes.map((o) => o.category)]);
    expect(facts(copy)).toEqual(facts(original));
    const guessed = copy.units.flatMap((u) => u.case?.defaults ?? []);
    expect(guessed).not.toContain('ecvetPoints');
    expect(guessed).not.toContain('eqfLevel');
    const wrong = await get(`${api}/curricula/${published.id}/export/case?version=2.0`).expect(400);
    expect(wrong.body.errors[0]).toEqual({ path: 'version', message: 'must be one of 1.1, 1.0' });
  });

  it('answers as a CASE provider: documents, packages, items and associations resolve', async () => {
    const list = (await get('/ims/case/v1p1/CFDocuments').expect(200)).body;
    const ids = list.CFDocuments.map((d: { identifier: string }) => d.identifier);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draftId);

    const pkg = (await get(`/ims/case/v1p1/CFPackages/${published.id}`).expect(200))
      .body as Package;
    expect(v11(pkg)).toBe(true);
    expect(pkg).toEqual(
      (await get(`${api}/curricula/${published.id}/export/case`).expect(200)).body,
    );
    const document = (await get(`/ims/case/v1p1/CFDocuments/${published.id}`).expect(200)).body;
    expect(document.CFPackageURI.uri).toBe(`${publicUrl}/ims/case/v1p1/CFPackages/${published.id}`);

    // Every uri of the package is the path of its record at this provider.
    const resolve = async (uri: unknown) => {
      const path = String(uri).replace(publicUrl, '');
      return (await get(path).expect(200)).body as Record<string, unknown>;
    };
    const unit = pkg.CFItems.find((i) => i['CFItemType'] === 'Unit') as Record<string, unknown>;
    const outcome = pkg.CFItems.find((i) => i['CFItemType'] === 'Learning outcome') as Record<
      string,
      unknown
    >;
    for (const item of [unit, outcome]) {
      const served = await resolve(item['uri']);
      expect(served).toEqual({
        ...item,
        CFDocumentURI: {
          title: pkg.CFDocument['title'],
          identifier: published.id,
          uri: pkg.CFDocument['uri'],
        },
      });
    }
    const association = pkg.CFAssociations[0];
    expect(await resolve(association['uri'])).toMatchObject(association);
    expect(await resolve((unit['CFItemTypeURI'] as { uri: string }).uri)).toMatchObject({
      title: 'Unit',
    });
  });

  it('serves no draft and answers unknown identifiers with 404 (JSON, not the web app)', async () => {
    await get(`/ims/case/v1p1/CFPackages/${draftId}`).expect(404);
    await get(`/ims/case/v1p1/CFDocuments/${draftId}`).expect(404);
    for (const path of [
      '/ims/case/v1p1/CFItems/6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f',
      '/ims/case/v1p1/CFAssociations/6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f',
      '/ims/case/v1p1/CFItems/not-an-identifier',
      '/ims/case/v1p1/CFSomethingElse',
    ]) {
      const response = await get(path).expect(404);
      expect(response.headers['content-type']).toMatch(/application\/json/);
    }
  });
});
