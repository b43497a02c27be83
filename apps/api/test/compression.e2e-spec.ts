import type { CurriculumSummary } from '@curriculum-builder/curriculum';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { api } from './support/curricula';
import { startDemoApp, type DemoApp } from './support/demo';
import { startTestApp, type TestApp } from './support/test-app';

/** An answer as sent, its body not decoded (supertest would decode it), by Fastify's inject. */
async function raw(t: TestApp, path: string, headers: Record<string, string>) {
  const response = await t.app
    .getHttpAdapter()
    .getInstance()
    .inject({ method: 'GET', url: path, headers });
  return { status: response.statusCode, headers: response.headers, body: response.rawPayload };
}

/**
 * Compressed answers (issue #19, phones on slow networks): the API's text answers in brotli or
 * gzip as the client accepts, published versions compressed once; the web build's files from
 * their brotli and gzip copies made at build time.
 */
describe('compressed answers', () => {
  let demo: DemoApp;
  let cncId: string;

  beforeAll(async () => {
    demo = await startDemoApp();
    const catalogue = await demo.anonymous.get(`${api}/curricula`);
    cncId =
      (catalogue.body.items as CurriculumSummary[]).find((c) => c.code === 'ZM-CNC-2018')?.id ?? '';
  });

  afterAll(async () => {
    await demo?.t.close();
  });

  const get = (path: string, encoding: string) =>
    raw(demo.t, path, { 'accept-encoding': encoding });

  it('sends the published curriculum in brotli or gzip, each with its own tag, and 304 for it', async () => {
    const plain = await get(`${api}/curricula/${cncId}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Authorization, Cookie, Accept-Encoding');
    const br = await get(`${api}/curricula/${cncId}`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['etag']).toBe(String(plain.headers['etag']).replace(/"$/, '-br"'));
    const bytes = br.body;
    expect(brotliDecompressSync(bytes).equals(plain.body)).toBe(true);
    expect(bytes.length).toBeLessThan(plain.body.length / 3);
    const gzip = await get(`${api}/curricula/${cncId}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    const again = await raw(demo.t, `${api}/curricula/${cncId}`, {
      'accept-encoding': 'br',
      'if-none-match': String(br.headers['etag']),
    });
    expect(again.status).toBe(304);
    expect(again.headers['etag']).toBe(br.headers['etag']);
    console.info(
      `published CNC curriculum: ${plain.body.length} B → brotli ${bytes.length} B, gzip ${gzip.body.length} B`,
    );
  });

  it('compresses other JSON answers of 1 KiB and more, and leaves small ones and PDFs alone', async () => {
    const list = await get('/api/docs-json', 'br');
    expect(list.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(list.body).toString()).openapi).toMatch(/^3\./);
    const health = await get(`${api}/health`, 'br');
    expect(health.headers['content-encoding']).toBeUndefined();
    const pdf = await get(`${api}/curricula/${cncId}/export/pdf`, 'br');
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  describe('the web build', () => {
    let t: TestApp;
    let webRoot: string;
    const script = `console.info(${JSON.stringify('Zerspanung '.repeat(300))});`;
    const index = `<!doctype html><html lang="en"><body><cb-root></cb-root>${'<!-- · -->'.repeat(200)}</body></html>`;

    beforeAll(async () => {
      webRoot = mkdtempSync(join(tmpdir(), 'cb-web-'));
      writeFileSync(join(webRoot, 'index.html'), index);
      writeFileSync(join(webRoot, 'main-ABCD1234.js'), script);
      writeFileSync(join(webRoot, 'main-ABCD1234.js.br'), brotliCompressSync(script));
      writeFileSync(join(webRoot, 'main-ABCD1234.js.gz'), gzipSync(script));
      t = await startTestApp({}, { webRoot });
    });

    afterAll(async () => {
      await t?.close();
      rmSync(webRoot, { recursive: true, force: true });
    });

    const fetchAs = (path: string, encoding: string) =>
      raw(t, path, { 'accept-encoding': encoding });

    it('sends the brotli or gzip copy of a file to clients that accept it', async () => {
      const br = await fetchAs('/main-ABCD1234.js', 'gzip, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['content-type']).toMatch(/javascript/);
      expect(br.headers['cache-control']).toContain('immutable');
      expect(brotliDecompressSync(br.body).toString()).toBe(script);
      const gzip = await fetchAs('/main-ABCD1234.js', 'gzip');
      expect(gunzipSync(gzip.body).toString()).toBe(script);
      const plain = await fetchAs('/main-ABCD1234.js', 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(script);
    });

    it('sends the page of deep links compressed', async () => {
      const page = await fetchAs('/mobility/agreements/1', 'br');
      expect(page.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(page.body).toString()).toBe(index);
    });
  });
});
