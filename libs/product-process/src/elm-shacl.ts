import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/*
 * Europass ELM documents checked against the official LOQ SHACL shapes offline: the
 * JSON-LD is expanded with both contexts served from disk (the W3C credentials v1 context from the
 * `credentials-context` package, the EDC context from shared/standards/elm), turned into N-Quads by
 * `jsonld`, loaded into an `n3` store and validated with `rdf-validate-shacl`. rdf-validate-shacl is
 * an ES module, which Jest's CommonJS sandbox cannot load, so the validation runs in one plain Node
 * process per run (see `validateElm`).
 */

const workspaceRoot = resolve(__dirname, '../../..');
const STANDARDS = [
  resolve(workspaceRoot, '../shared/standards/elm'),
  '/work/shared/standards/elm',
].find((dir) => existsSync(join(dir, 'LOQ-constraints.ttl')));
const run = promisify(execFile);

export interface ShaclResult {
  readonly focusNode: string;
  readonly path: string;
  readonly message: string;
  readonly constraint: string;
  readonly value: string;
}

export interface ShaclReport {
  readonly conforms: boolean;
  readonly quads: number;
  readonly results: ShaclResult[];
}

/** SHACL validation of JSON-LD documents against LOQ-constraints.ttl, in a plain Node process. */
export async function validateElm(
  documents: Record<string, string>,
): Promise<Record<string, ShaclReport>> {
  if (STANDARDS === undefined) throw new Error('shared/standards/elm not found');
  const dir = mkdtempSync(join(tmpdir(), 'cb-elm-'));
  try {
    const paths: Record<string, string> = {};
    for (const [name, text] of Object.entries(documents)) {
      paths[name] = join(dir, `${name}.jsonld`);
      writeFileSync(paths[name], text, 'utf8');
    }
    const script = `
      import jsonld from 'jsonld';
      import { Parser, Store } from 'n3';
      import SHACLValidator from 'rdf-validate-shacl';
      import credentials from 'credentials-context';
      import { readFileSync } from 'node:fs';
      import { join } from 'node:path';
      const standards = process.env.ELM_STANDARDS;
      const contexts = {
        'https://www.w3.org/2018/credentials/v1': credentials.CONTEXT,
        'http://data.europa.eu/snb/model/context/edc-ap': JSON.parse(
          readFileSync(join(standards, 'edc-ap-context.jsonld'), 'utf8'),
        ),
      };
      // Offline: only the two contexts, from disk; anything else is an error.
      const documentLoader = async (url) => {
        if (!(url in contexts)) throw new Error('not available offline: ' + url);
        return { contextUrl: null, documentUrl: url, document: contexts[url] };
      };
      // The shapes use Java's inline (?i) flag, which JavaScript regular expressions reject; their
      // owl:imports name vocabularies, not shapes, and are not followed.
      const ttl = readFileSync(join(standards, 'LOQ-constraints.ttl'), 'utf8').replaceAll('(?i)', '');
      const shapes = new Store(
        new Parser().parse(ttl).filter((q) => q.predicate.value !== 'http://www.w3.org/2002/07/owl#imports'),
      );
      const files = JSON.parse(process.env.ELM_FILES);
      const out = {};
      for (const [name, path] of Object.entries(files)) {
        const doc = JSON.parse(readFileSync(path, 'utf8'));
        // safe: terms the contexts do not define are errors instead of being dropped silently.
        const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true });
        const data = new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
        const report = await new SHACLValidator(shapes).validate(data);
        out[name] = {
          conforms: report.conforms,
          quads: data.size,
          results: report.results.map((r) => ({
            focusNode: r.focusNode?.value ?? '',
            path: r.path?.value ?? '',
            message: r.message.map((m) => m.value).join(' '),
            constraint: r.sourceConstraintComponent?.value ?? '',
            value: r.value?.value ?? '',
          })),
        };
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: workspaceRoot,
      env: { ...process.env, ELM_FILES: JSON.stringify(paths), ELM_STANDARDS: STANDARDS },
      maxBuffer: 256 * 1024 * 1024,
    });
    return JSON.parse(stdout) as Record<string, ShaclReport>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
