/**
 * The API's layers, read from the source: every relative import of every file under src/ is
 * resolved to the feature folder it points into. Features import only features below them, the
 * shared parts (common/, infrastructure/, database/) import no feature, and other features reach
 * the curricula feature through its index only. A new feature takes its place in LAYERS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = __dirname;

/** Features from the bottom up: each may import those before it. */
const LAYERS = [
  'institutions',
  'accounts',
  'audit',
  'curricula',
  'translations',
  'esco',
  'notifications',
  'live',
  'reviews',
  'workflow',
  'library',
  'placements',
  'jobs',
  'interop',
  'exports',
  'mobility',
  'health',
  'demo',
] as const;
const SHARED = ['common', 'infrastructure', 'database'];
/** Features whose insides other features must not reach (their index is their surface). */
const BY_INDEX_ONLY = ['curricula'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

interface Place {
  /** `app/<feature>` → the feature; `common`, `infrastructure`, `database`; or the top level. */
  readonly area: string;
  /** The path inside the area (`index`, `entities/unit.entity` …). */
  readonly inside: string;
}

function placeOf(file: string): Place {
  const parts = relative(SRC, file).replace(/\.ts$/, '').split(sep);
  if (parts[0] === 'app' && parts.length > 2)
    return { area: parts[1], inside: parts.slice(2).join('/') };
  if (parts.length > 1) return { area: parts[0], inside: parts.slice(1).join('/') };
  return { area: '(top)', inside: parts[0] };
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/g)].map((m) => m[1]);
}

function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = placeOf(file);
    for (const specifier of imports(file)) {
      const to = placeOf(resolve(dirname(file), specifier));
      if (to.area === from.area || to.area === '(top)') continue;
      const where = `${relative(SRC, file)} → ${specifier}`;
      const fromLayer = LAYERS.indexOf(from.area as (typeof LAYERS)[number]);
      const toLayer = LAYERS.indexOf(to.area as (typeof LAYERS)[number]);
      if (SHARED.includes(from.area) && toLayer >= 0) {
        found.push(`${where}: ${from.area}/ is shared and imports no feature`);
      } else if (fromLayer >= 0 && toLayer >= 0 && toLayer > fromLayer) {
        found.push(`${where}: ${from.area} sits below ${to.area} (LAYERS)`);
      } else if (BY_INDEX_ONLY.includes(to.area) && to.inside !== 'index') {
        found.push(`${where}: other features use ${to.area} through its index only`);
      }
    }
  }
  return found;
}

describe('the API layers', () => {
  it('has every feature folder in LAYERS', () => {
    const features = readdirSync(join(SRC, 'app'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(features).toEqual([...LAYERS].sort());
  });

  it('imports only downwards, shared parts import no feature, curricula only through its index', () => {
    expect(violations()).toEqual([]);
  });

  it('sees the imports it checks (a broken reader would pass everything)', () => {
    const all = sourceFiles(SRC).flatMap((file) => imports(file));
    expect(all.length).toBeGreaterThan(300);
    expect(all).toContain('../curricula');
  });
});
