import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { may, validateCurriculum } from '@curriculum-builder/curriculum';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { UserEntity } from './app/accounts/entities/user.entity';
import { AppModule } from './app/app.module';
import { CurriculaService } from './app/curricula';
import { ExportsService } from './app/exports/exports.service';
import { EXPORT_FORMAT_NAMES, exportFormat } from './app/exports/formats';
import { interopCommands } from './app/interop/interop-commands';
import type { Caller } from './common/caller';
import {
  ImportRejectedError,
  InvalidInputError,
  NotFoundError,
} from './common/errors/domain.errors';
import { normalizeEmail } from './common/email';
import { UnitOfWork } from './infrastructure/database/unit-of-work';
import { hashPassword } from './app/accounts/password-hasher';
import { checkPassword, PasswordsService } from './app/accounts/passwords.service';
import { SecurityLogService } from './app/accounts/security-log.service';
import { UsersService } from './app/accounts/users.service';
import { ConfigError, loadConfig } from './infrastructure/config/app-config';
import { EscoCatalogueService } from './app/esco/esco-catalogue.service';
import { EscoFilesError } from './app/esco/esco-files';
import { backupSqlite, restoreSqlite } from './infrastructure/database/sqlite-backup';

const USAGE = `Curriculum builder command line — works on the configured database (DATABASE_URL), no server needed.

Usage:
  npm run cli -- export <id> --format ${EXPORT_FORMAT_NAMES.join('|')} [--lang xx] [--out FILE]
  npm run cli -- import FILE --format case|csv --as <author e-mail>
  npm run cli -- validate <id> [--json]
  npm run cli -- esco import DIR        an ESCO CSV download (occupations_<lang>.csv, skills_<lang>.csv,
                                        occupationSkillRelations.csv; any languages) into the
                                        ESCO catalogue: what is there is updated, the rest added
  npm run cli -- backup FILE            (SQLite: online backup, also while the server runs)
  npm run cli -- restore FILE           (SQLite: stop the server first)
  npm run cli -- admin create EMAIL [--name NAME]
                                        a new admin: the password is read from standard input
                                        when one is piped in, else a one-time link to set it is
                                        printed (valid 24 h; PUBLIC_URL is its address)
  npm run cli -- --help

  --out FILE   where to write the export (default: standard output)
  --lang xx    language of a PDF (default: the curriculum's primary language)
  --as EMAIL   the author (of a school) the imported draft belongs to

Exit codes: 0 done · 1 the command failed (not found, rejected import, rule errors) · 2 wrong usage.
`;

class UsageError extends Error {}

/** Reads and exports as a platform admin: every working copy, nothing written. */
const READER: Caller = {
  userId: 'cli',
  email: 'cli',
  displayName: 'Command line',
  role: 'admin',
  institutionId: null,
  uiLanguage: null,
  sessionId: 'cli',
  csrfToken: '',
  expiresAt: '',
  via: 'bearer',
};

function out(path: string | undefined, data: string | Buffer): void {
  if (path === undefined || path === '-') process.stdout.write(data);
  else writeFileSync(path, data);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      as: { type: 'string' },
      json: { type: 'boolean' },
      name: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, target] = positionals;
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (!['export', 'import', 'validate', 'backup', 'restore', 'admin', 'esco'].includes(command))
    throw new UsageError(`unknown command "${command}"`);
  if (command === 'admin') {
    if (target !== 'create' || positionals[2] === undefined)
      throw new UsageError('admin needs "create EMAIL"');
    return createAdmin(positionals[2], values.name);
  }
  if (command === 'esco') {
    if (target !== 'import' || positionals[2] === undefined)
      throw new UsageError('esco needs "import DIR"');
    return importEsco(positionals[2]);
  }
  if (target === undefined)
    throw new UsageError(`${command} needs ${command === 'import' ? 'a FILE' : 'a curriculum id'}`);

  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  if (command === 'backup' || command === 'restore') {
    if (config.database.kind !== 'sqlite' || config.database.path === ':memory:') {
      throw new UsageError(
        `${command} works on an SQLite file; for PostgreSQL use pg_dump and pg_restore`,
      );
    }
    const { pages } =
      command === 'backup'
        ? await backupSqlite(config.database.path, target)
        : await restoreSqlite(target, config.database.path);
    process.stdout.write(`${command === 'backup' ? 'Backed up' : 'Restored'} ${pages} pages.\n`);
    return 0;
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    if (command === 'validate') {
      const curricula = app.get(CurriculaService);
      const curriculum = await curricula.get(READER, target);
      const institutionCountry = await curricula.institutionCountry(curriculum.institutionId);
      const otherProgrammes = await curricula.programmesOf(READER, curriculum);
      const report = validateCurriculum({ ...curriculum, institutionCountry, otherProgrammes });
      if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        for (const f of report.findings)
          process.stdout.write(
            `${f.severity.padEnd(7)} ${f.ruleId.padEnd(20)} ${f.path || '(curriculum)'}: ${f.message}\n`,
          );
        process.stdout.write(
          `${report.summary.errorCount} errors, ${report.summary.warningCount} warnings\n`,
        );
      }
      return report.summary.errorCount > 0 ? 1 : 0;
    }
    const format = values.format ?? '';
    const interop = interopCommands(app);
    if (command === 'export') {
      // The same bytes as `GET /api/v1/curricula/:id/export/<format>` (the export registry).
      if (exportFormat(format) === undefined)
        throw new UsageError(`--format must be one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
      out(
        values.out,
        (await app.get(ExportsService).export(READER, target, format, values.lang)).body,
      );
      return 0;
    }
    const importer = interop.importers[format];
    if (!importer)
      throw new UsageError(`--format must be one of ${Object.keys(interop.importers).join(', ')}`);
    if (!values.as) throw new UsageError('import needs --as <author e-mail>');
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const user = await dataSource.manager.findOneBy(UserEntity, {
      email: values.as.trim().toLowerCase(),
    });
    if (user === null || !may(user.role, 'curriculum.write') || !user.active)
      throw new UsageError(`${values.as} is not an active author`);
    const caller: Caller = {
      ...READER,
      userId: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      institutionId: user.institutionId,
    };
    const id = await importer(caller, readFileSync(target));
    process.stdout.write(`${id}\n`);
    return 0;
  } finally {
    await app.close();
  }
}

/** Standard input when something is piped in (not a terminal), without its line end. */
async function pipedInput(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * The first (or another) admin, on the configured database: with the password piped in, or with a
 * one-time link that sets it. The password is never an argument (it would stay in the shell's
 * history and the process list) and is never printed.
 */
async function createAdmin(rawEmail: string, name: string | undefined): Promise<number> {
  const email = normalizeEmail(rawEmail);
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    throw new UsageError(`"${rawEmail}" is not an e-mail address`);
  const displayName = name ?? email.split('@')[0];
  const password = await pipedInput();
  if (password !== '') checkPassword('password', password, { email, displayName });
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    // Without a piped password the account gets one nobody knows, until the link sets it.
    const passwordHash = await hashPassword(password || randomBytes(32).toString('base64url'));
    const link = await app.get(UnitOfWork).write(async (em) => {
      const user = await app
        .get(UsersService)
        .insert(em, { email, displayName, role: 'admin', institutionId: null }, passwordHash);
      await app.get(SecurityLogService).record(em, {
        action: 'account.created',
        userId: user.id,
        address: null,
        detail: 'admin, by the command line',
      });
      if (password !== '') return null;
      const reset = await app.get(PasswordsService).createReset(em, user.id, null);
      const base = config.publicUrl ?? `http://localhost:${config.port}`;
      return { url: `${base}/reset-password#token=${reset.token}`, expiresAt: reset.expiresAt };
    });
    process.stdout.write(
      link === null
        ? `Admin ${email} created.\n`
        : `Admin ${email} created. Open this link once to set the password (valid until ${link.expiresAt}):\n${link.url}\n`,
    );
    return 0;
  } finally {
    await app.close();
  }
}

/** An ESCO CSV download into the catalogue (issue #20, ADR 0027). */
async function importEsco(dir: string): Promise<number> {
  const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const started = Date.now();
    const stored = await app.get(EscoCatalogueService).import(dir);
    process.stdout.write(
      `ESCO imported in ${Date.now() - started} ms: ${stored.occupations} occupations, ${stored.skills} skills, ${stored.relations} relations, labels in ${stored.languages.join(', ')}.\n`,
    );
    return 0;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const logger = new Logger('cli');
    if (
      error instanceof UsageError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof ConfigError || error instanceof EscoFilesError)
      logger.error(error.message);
    else if (error instanceof ImportRejectedError) {
      logger.error(error.message);
      for (const p of error.problems) process.stderr.write(`  ${p.path}: ${p.message}\n`);
    } else if (error instanceof InvalidInputError || error instanceof NotFoundError)
      logger.error(error.message);
    else logger.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
