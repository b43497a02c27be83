import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  childEnvironment,
  startProductionServer,
  tempDir,
  workspaceRoot,
} from '@curriculum-builder/product-process';
import Database from 'better-sqlite3';
import { apiCall, apiToken, DEMO, DEMO_PASSWORD } from './support/session';

const cli = join(workspaceRoot, 'dist/apps/api/cli.js');

/** The command line on the database of `dir`, without any server running. */
function run(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    env: childEnvironment({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` }),
    encoding: 'buffer',
    timeout: 60000,
  });
  return {
    code: result.status,
    stdout: result.stdout,
    text: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
  };
}

describe('command line (npm run cli)', () => {
  let dir: string;
  let cnc: string;

  beforeAll(async () => {
    // A first start of the server seeds the demo data; then the server is gone.
    dir = tempDir('cb-cli-');
    const server = await startProductionServer(
      { DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, DEMO_PASSWORD },
      dir,
    );
    const list = (await (await fetch(`${server.url}/api/v1/curricula`)).json()) as {
      items: { id: string; code: string }[];
    };
    cnc = list.items.find((c) => c.code === 'ZM-CNC-2018')?.id ?? '';
    expect(await server.stop('SIGTERM')).toBe(0);
  });

  it('prints help with exit code 0, and usage errors with exit code 2', () => {
    const help = run(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.text).toContain('npm run cli -- export <id>');
    const wrong = run(dir, 'frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('unknown command "frobnicate"');
    expect(run(dir, 'export', cnc, '--format', 'odt').code).toBe(2);
  });

  it('validates a curriculum: findings and exit code 0 without errors', () => {
    const result = run(dir, 'validate', cnc, '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.text).summary).toMatchObject({ errorCount: 0, declaredPoints: 210 });
  });

  it('exits with 1 for an unknown curriculum', () => {
    const result = run(dir, 'validate', '6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not found');
  });

  it('exports the PDF in Lithuanian to a file', () => {
    const out = join(dir, 'cnc-lt.pdf');
    expect(run(dir, 'export', cnc, '--format', 'pdf', '--lang', 'lt', '--out', out).code).toBe(0);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
  });

  it('exports the curriculum as Europass ELM JSON-LD', () => {
    const out = join(dir, 'cnc.jsonld');
    expect(run(dir, 'export', cnc, '--format', 'elm', '--out', out).code).toBe(0);
    const elm = JSON.parse(readFileSync(out, 'utf8'));
    expect(elm.type).toBe('Qualification');
    expect(elm.creditPoint.point).toBe('210');
    expect(elm.eqfLevel.id).toBe('http://data.europa.eu/snb/eqf/4');
  });

  it('exports a CASE package and imports it as a new draft with the same content', () => {
    const out = join(dir, 'cnc-case.json');
    expect(run(dir, 'export', cnc, '--format', 'case', '--out', out).code).toBe(0);
    const pkg = JSON.parse(readFileSync(out, 'utf8'));
    expect(pkg.CFItems.filter((i: { CFItemType: string }) => i.CFItemType === 'Unit')).toHaveLength(
      23,
    );
    // The school's own package is the same curriculum: imported back, it changes nothing.
    const own = run(dir, 'import', out, '--format', 'case', '--as', 'teacher@demo.local');
    expect(own.code).toBe(0);
    expect(own.text).toBe(`${cnc}\n`);
    expect(own.stderr).toMatch(/already holds this package: nothing changed/);
    // Under another document identifier it is another framework: a new draft.
    const copy = join(dir, 'cnc-case-copy.json');
    writeFileSync(
      copy,
      readFileSync(out, 'utf8').replaceAll(pkg.CFDocument.identifier, randomUUID()),
    );
    const imported = run(dir, 'import', copy, '--format', 'case', '--as', 'teacher@demo.local');
    expect(imported.code).toBe(0);
    // The import report on standard error; standard output is the new draft's id alone.
    expect(imported.stderr).toMatch(
      /^\d+ items, \d+ associations → 23 units, \d+ learning outcomes$/m,
    );
    expect(imported.text).toMatch(/^[0-9a-f-]{36}\n$/);
    const again = run(dir, 'export', imported.text.trim(), '--format', 'csv');
    expect(again.text).toContain('Metalo apdirbimo pjovimu mechanikas');
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "CFDocument": ');
    const broken = run(dir, 'import', notJson, '--format', 'case', '--as', 'teacher@demo.local');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('is not JSON');
    // A file in Latin-1 is refused, not stored with replacement characters.
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from(readFileSync(out, 'utf8'), 'latin1'));
    const refused = run(dir, 'import', latin1, '--format', 'case', '--as', 'teacher@demo.local');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not valid UTF-8');
  });

  it('exports CSV and imports it again as a new draft of the author', () => {
    const out = join(dir, 'cnc.csv');
    expect(run(dir, 'export', cnc, '--format', 'csv', '--out', out).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('Metalo apdirbimo pjovimu mechanikas');
    const imported = run(dir, 'import', out, '--format', 'csv', '--as', 'teacher@demo.local');
    expect(imported.code).toBe(0);
    const id = imported.text.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const again = join(dir, 'again.csv');
    expect(run(dir, 'export', id, '--format', 'csv', '--out', again).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(csv);
  });

  it('reports the problems of a broken import with exit code 1, and refuses a non-author with 2', () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'record,code\ncurriculum,\noutcome,X\n');
    const result = run(dir, 'import', broken, '--format', 'csv', '--as', 'teacher@demo.local');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The import cannot be taken');
    expect(run(dir, 'import', broken, '--format', 'csv', '--as', 'learner@demo.local').code).toBe(
      2,
    );
  });

  it('backs up the database while the server is under write load, and restores the backup', async () => {
    const server = await startProductionServer(
      { DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` },
      dir,
    );
    try {
      const token = await apiToken(server.url, DEMO.teacher);
      const draft = await apiCall<{ id: string }>(server.url, token, 'POST', '/curricula', {
        code: 'LOAD',
        title: { de: 'Lastprobe' },
        eqfLevel: 4,
        durationMonths: 12,
        primaryLanguage: 'de',
      });
      const unit = await apiCall<{ id: string }>(
        server.url,
        token,
        'POST',
        `/curricula/${draft.id}/units`,
        {
          code: 'L-1',
          title: { de: 'Einheit' },
          eqfLevel: 4,
          ecvetPoints: 60,
          year: 1,
        },
      );
      let writing = true;
      let acknowledged = 0;
      const load = (async () => {
        while (writing) {
          await apiCall(
            server.url,
            token,
            'POST',
            `/curricula/${draft.id}/units/${unit.id}/outcomes`,
            {
              category: 'skill',
              text: { de: `Prüft Maß ${acknowledged}` },
            },
          );
          acknowledged += 1;
        }
      })();
      await new Promise((done) => setTimeout(done, 300));
      const before = acknowledged;
      const backup = join(dir, 'backup.sqlite');
      const result = spawnSync(process.execPath, [cli, 'backup', backup], {
        cwd: dir,
        env: childEnvironment({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` }),
        encoding: 'utf8',
      });
      writing = false;
      await load;
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Backed up \d+ pages/);
      const copy = new Database(backup, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = copy
        .prepare("SELECT COUNT(*) AS n FROM learning_outcome WHERE text LIKE '%Prüft Maß%'")
        .get() as { n: number };
      copy.close();
      expect(stored.n).toBeGreaterThanOrEqual(before);
      expect(acknowledged).toBeGreaterThan(before);
    } finally {
      await server.stop('SIGTERM');
    }
    // Restore into a fresh database and read it back through the server.
    const restoredDir = tempDir('cb-restore-');
    const restore = spawnSync(process.execPath, [cli, 'restore', join(dir, 'backup.sqlite')], {
      cwd: restoredDir,
      env: childEnvironment({ DATABASE_URL: `sqlite:${join(restoredDir, 'db.sqlite')}` }),
      encoding: 'utf8',
    });
    expect(restore.status).toBe(0);
    const restored = await startProductionServer(
      { DATABASE_URL: `sqlite:${join(restoredDir, 'db.sqlite')}` },
      restoredDir,
    );
    try {
      const list = (await (await fetch(`${restored.url}/api/v1/curricula`)).json()) as {
        items: { code: string }[];
      };
      expect(list.items.map((c) => c.code)).toContain('ZM-CNC-2018');
    } finally {
      await restored.stop('SIGTERM');
    }
    writeFileSync(join(dir, 'junk.sqlite'), 'not a database');
    const junk = run(dir, 'restore', join(dir, 'junk.sqlite'));
    expect(junk.code).toBe(1);
    expect(junk.stderr).toContain('not an SQLite database');
    const foreign = new Database(join(dir, 'other-product.sqlite'));
    foreign.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    foreign.close();
    const other = run(dir, 'restore', join(dir, 'other-product.sqlite'));
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('not a curriculum builder database');
  });
});
