import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

describe('single-page app served beside the API', () => {
  let t: TestApp;
  let webRoot: string;
  const indexHtml =
    '<!doctype html><html lang="en"><head><title>CB</title></head><body><cb-root></cb-root></body></html>';

  beforeAll(async () => {
    webRoot = join(mkdtempSync(join(tmpdir(), 'cb-web-')), 'browser');
    mkdirSync(webRoot);
    writeFileSync(join(webRoot, 'index.html'), indexHtml);
    writeFileSync(join(webRoot, 'main-ABCD1234.js'), 'console.info("app");');
    // What tools/scripts/route-preloads.mjs writes beside the build's browser folder.
    writeFileSync(
      join(webRoot, '..', 'route-preloads.json'),
      JSON.stringify({
        '/catalogue': ['chunk-CAT12345.js'],
        '/catalogue/:id': ['chunk-PATH1234.js'],
      }),
    );
    t = await startTestApp({}, { webRoot });
  });

  afterAll(async () => {
    await t.close();
    rmSync(join(webRoot, '..'), { recursive: true, force: true });
  });

  it('serves index.html at / without caching it', async () => {
    const response = await request(t.server).get('/').expect(200);
    expect(response.text).toBe(indexHtml);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('falls back to index.html for deep links', async () => {
    const response = await request(t.server).get('/curricula/0d9c/units').expect(200);
    expect(response.text).toBe(indexHtml);
  });

  it("names what the page fetches first, for the browser to preload: the session, a pathway's data", async () => {
    const home = await request(t.server).get('/').expect(200);
    expect(home.headers['link']).toBe('</api/v1/auth/session>; rel=preload; as=fetch; crossorigin');
    const pathway = await request(t.server).get('/catalogue/0d9c-77ab').expect(200);
    expect(pathway.headers['link']).toBe(
      [
        '</api/v1/auth/session>; rel=preload; as=fetch; crossorigin',
        '</api/v1/curricula/0d9c-77ab>; rel=preload; as=fetch; crossorigin',
        '</api/v1/curricula/0d9c-77ab/versions>; rel=preload; as=fetch; crossorigin',
      ].join(', '),
    );
    // The catalogue's list, unless the address asks for a search.
    const catalogue = await request(t.server).get('/catalogue').expect(200);
    expect(catalogue.headers['link']).toContain(
      '</api/v1/curricula?pageSize=100>; rel=preload; as=fetch; crossorigin',
    );
    const search = await request(t.server).get('/catalogue?q=CNC').expect(200);
    expect(search.headers['link']).not.toContain('pageSize');
    // Anything else in the address is not copied into a header.
    const odd = await request(t.server).get('/catalogue/%3Cx%3E%3B%20rel%3Dstylesheet').expect(200);
    expect(odd.headers['link']).toBe('</api/v1/auth/session>; rel=preload; as=fetch; crossorigin');
  });

  it("names the lazy code of the catalogue and a pathway in their page's HTML", async () => {
    const catalogue = await request(t.server).get('/catalogue').expect(200);
    expect(catalogue.text).toContain('<link rel="modulepreload" href="chunk-CAT12345.js">');
    const pathway = await request(t.server).get('/catalogue/0d9c-77ab').expect(200);
    expect(pathway.text).toContain('<link rel="modulepreload" href="chunk-PATH1234.js">');
    expect(pathway.text).not.toContain('chunk-CAT12345.js');
    const other = await request(t.server).get('/curricula').expect(200);
    expect(other.text).toBe(indexHtml);
  });

  it('serves hashed assets as immutable', async () => {
    const response = await request(t.server).get('/main-ABCD1234.js').expect(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers a missing file with 404 rather than the page', async () => {
    await request(t.server).get('/main-MISSING1.js').expect(404);
  });

  it('keeps the API answering JSON, including its 404s', async () => {
    await request(t.server).get('/api/v1/health').expect(200).expect('Content-Type', /json/);
    const response = await request(t.server).get('/api/v1/curricula-that-do-not-exist').expect(404);
    expect(response.body.statusCode).toBe(404);
  });
});
