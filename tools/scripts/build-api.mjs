#!/usr/bin/env node
// The API build (ADR 0011): the TypeScript compiler itself, no bundler. Nest needs the decorator
// metadata that `tsc` emits; the @nestjs/swagger plugin adds the OpenAPI schemas of the DTOs.
//
//   node tools/scripts/build-api.mjs          one build into dist/apps/api (exit 1 on a type error)
//   node tools/scripts/build-api.mjs --watch  rebuild on every change and restart the server
//
// Layout: dist/apps/api/out/ mirrors the workspace (apps/api/src/…, libs/curriculum/src/…), and
// dist/apps/api/{main,cli,worker}.js are the entry points `npm start`, `npm run cli` and a
// deployment's job workers (ADR 0032) run.
// node_modules stay where they are (native modules such as better-sqlite3 load from there).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const openApiPlugin = require('../../apps/api/openapi-plugin.cjs');
const swaggerPlugin = require('@nestjs/swagger/plugin');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = join(root, 'dist/apps/api');
const outDir = join(distDir, 'out');
const tsconfigPath = join(root, 'apps/api/tsconfig.app.json');
const entries = ['main', 'cli', 'worker'];

function readConfig() {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    { rootDir: root, outDir, sourceMap: true, noEmitOnError: true, declaration: false },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => fail([d]) },
  );
  if (parsed.errors.length > 0) fail(parsed.errors);
  return parsed;
}

/**
 * The workspace's path aliases (tsconfig.base.json `paths`) become relative requires in the
 * emitted JavaScript, so that plain `node` finds libs/curriculum without a resolver hook.
 */
function aliasRewriter(options) {
  const aliases = Object.entries(options.paths ?? {}).map(([alias, [target]]) => ({
    alias,
    output: join(outDir, relative(root, resolve(options.baseUrl ?? root, target))).replace(
      /\.ts$/,
      '.js',
    ),
  }));
  const pattern = /require\("([^"]+)"\)/g;
  return (fileName, text) => {
    if (!fileName.endsWith('.js')) return text;
    return text.replace(pattern, (whole, specifier) => {
      const hit = aliases.find((a) => a.alias === specifier);
      if (hit === undefined) return whole;
      let path = relative(dirname(fileName), hit.output).replace(/\\/g, '/');
      if (!path.startsWith('.')) path = `./${path}`;
      return `require(${JSON.stringify(path)})`;
    });
  };
}

function emit(program, options) {
  const rewrite = aliasRewriter(options);
  const writeFile = (fileName, text, bom) =>
    ts.sys.writeFile(fileName, rewrite(fileName, text), bom);
  const result = program.emit(undefined, writeFile, undefined, false, {
    before: [swaggerPlugin.before(openApiPlugin.options, program)],
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0 || result.emitSkipped) return diagnostics;
  for (const entry of entries) {
    const target = `./out/apps/api/src/${entry}.js`;
    writeFileSync(
      join(distDir, `${entry}.js`),
      `// Entry point written by tools/scripts/build-api.mjs.\nrequire(${JSON.stringify(target)});\n`,
    );
  }
  return [];
}

const host = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => root,
  getNewLine: () => '\n',
};

function fail(diagnostics) {
  process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
  process.exit(1);
}

function buildOnce() {
  const started = Date.now();
  const config = readConfig();
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  const diagnostics = emit(program, config.options);
  if (diagnostics.length > 0) fail(diagnostics);
  copyData();
  process.stdout.write(
    `API built into ${relative(root, distDir)} (${config.fileNames.length} files, ${Date.now() - started} ms)\n`,
  );
}

/** Data the API reads beside its code: the shipped ESCO subset (ADR 0027), where `out/` mirrors it. */
function copyData() {
  cpSync(join(root, 'apps/api/esco'), join(outDir, 'apps/api/esco'), { recursive: true });
}

function watch() {
  let server;
  const restart = () => {
    if (server !== undefined) server.kill('SIGTERM');
    server = spawn(process.execPath, ['--enable-source-maps', join(distDir, 'main.js')], {
      stdio: 'inherit',
      env: process.env,
    });
  };
  const watchHost = ts.createWatchCompilerHost(
    tsconfigPath,
    { rootDir: root, outDir, sourceMap: true, declaration: false },
    ts.sys,
    ts.createSemanticDiagnosticsBuilderProgram,
    (d) => process.stderr.write(ts.formatDiagnosticsWithColorAndContext([d], host)),
    (d) => process.stdout.write(`${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n`),
  );
  watchHost.afterProgramCreate = (builder) => {
    const program = builder.getProgram();
    const diagnostics = emit(program, program.getCompilerOptions());
    if (diagnostics.length > 0)
      process.stderr.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
    else restart();
  };
  mkdirSync(distDir, { recursive: true });
  copyData();
  ts.createWatchProgram(watchHost);
  process.once('SIGINT', () => {
    server?.kill('SIGTERM');
    process.exit(0);
  });
}

if (process.argv.includes('--watch')) watch();
else buildOnce();
