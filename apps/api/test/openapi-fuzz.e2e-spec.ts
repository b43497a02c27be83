/**
 * Property-based fuzzing of the whole HTTP API: walks the OpenAPI document the running app serves,
 * and sends generated valid and invalid requests — path parameters, query strings, headers, bodies
 * (huge, deeply nested, malformed, wrong content types) — to every operation as every role.
 *
 * Property: no response is a 5xx, every error is JSON `{ statusCode, message, errors? }`, nothing
 * pollutes Object.prototype, no unhandled rejection or uncaught exception fires, and the server is
 * healthy afterwards.
 *
 * FUZZ_REQUESTS sets the number of requests (default 2000; `npm run fuzz` sends 10,000), FUZZ_SEED
 * the seed (default fixed, printed with the summary).
 */
import type { AddressInfo } from 'node:net';
import { Agent, request as httpRequest } from 'node:http';
import { runInThisContext } from 'node:vm';
import fc from 'fast-check';
import type { Repository } from 'typeorm';
import { SessionsService } from '../src/app/accounts/sessions.service';
import { UserEntity } from '../src/app/accounts/entities/user.entity';
import { CurriculumEntity } from '../src/app/curricula/entities/curriculum.entity';
import { LearningOutcomeEntity } from '../src/app/curricula/entities/learning-outcome.entity';
import { UnitEntity } from '../src/app/curricula/entities/unit.entity';
import { WorkBasedLearningEntity } from '../src/app/curricula/entities/work-based-learning.entity';
import { InstitutionEntity } from '../src/app/institutions/entities/institution.entity';
import { ReviewCommentEntity } from '../src/app/reviews/entities/review-comment.entity';
import { UnitOfWork } from '../src/infrastructure/database/unit-of-work';
import { DEMO_PASSWORD } from './support/demo';
import {
  anyRequestPlan,
  mutate,
  mutateCsv,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  type RawBody,
  type RequestPlan,
  Slot,
  specialBody,
  type Subject,
  SUBJECTS,
  valueOf,
} from './support/openapi-fuzz';
import { startTestApp, type TestApp, testDatabase } from './support/test-app';

function integerFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number, got ${process.env[name]}`);
  }
  return value;
}

const REQUESTS = integerFromEnv('FUZZ_REQUESTS', 2000);
const SEED = integerFromEnv('FUZZ_SEED', 20_260_408);
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The Node process itself: Jest gives each test file a copy of `process` whose listeners never
 * hear the real process' `unhandledRejection` and `uncaughtException` events.
 */
const hostProcess = runInThisContext('process') as NodeJS.Process;
/** Both realms' `Object.prototype`: the test's (and the app's), and Node's own (its core modules'). */
const prototypes = [Object.prototype, runInThisContext('Object.prototype') as object];

const DEMO_EMAILS: Record<Exclude<Subject, 'anonymous'>, string> = {
  learner: 'learner@demo.local',
  author: 'teacher@demo.local',
  otherAuthor: 'teacher@partner.demo.local',
  reviewer: 'reviewer@demo.local',
  admin: 'admin@demo.local',
};

interface Actor {
  readonly userId: string;
  token: string;
  csrfToken: string;
}

interface Versioned {
  readonly id: string;
  readonly version: number;
}

interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: RawBody;
}

interface Received {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

interface Failure {
  readonly operation: string;
  readonly problem: string;
  readonly plan: RequestPlan;
  readonly sent: SentRequest;
  readonly received?: Received;
  /** The request sent just before, and its answer. */
  readonly previous: string;
}

/** `encodeURIComponent` that also takes lone surrogates (as their UTF-8 replacement). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9\-_.~]/.test(c)
        ? c
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

const excerpt = (text: string, length = 300) =>
  text.length <= length ? text : `${text.slice(0, length)}… (${text.length} characters)`;

/** Whatever went wrong with a response, by the contract; `null` when it is fine. */
function contractProblem(sent: SentRequest, received: Received): string | null {
  if (received.status >= 500) return `status ${received.status}`;
  // A HEAD response has no body to check.
  if (received.status < 400 || sent.method === 'HEAD') return null;
  const type = String(received.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) return `error ${received.status} is not JSON (${type})`;
  let body: unknown;
  try {
    body = JSON.parse(received.body.toString('utf8'));
  } catch {
    return `error ${received.status} has a body that does not parse`;
  }
  const error = body as { statusCode?: unknown; message?: unknown; errors?: unknown };
  if (error.statusCode !== received.status)
    return `error ${received.status} with statusCode ${String(error.statusCode)}`;
  if (typeof error.message !== 'string') return `error ${received.status} without a message`;
  if (
    error.errors !== undefined &&
    !(
      Array.isArray(error.errors) &&
      error.errors.every(
        (e: { path?: unknown; message?: unknown }) =>
          typeof e?.path === 'string' && typeof e?.message === 'string',
      )
    )
  ) {
    return `error ${received.status} with malformed errors`;
  }
  return null;
}

describe(`OpenAPI fuzzing of the HTTP API (${testDatabase()})`, () => {
  let t: TestApp;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let document: OpenApiDocument;
  let operations: Operation[];
  const actors = new Map<Subject, Actor>();
  const samples = new Map<Operation, unknown>();
  let casePackage: unknown;
  let csvExport: string;
  const processErrors: string[] = [];
  const onUnhandledRejection = (reason: unknown) =>
    processErrors.push(`unhandledRejection: ${String((reason as Error)?.stack ?? reason)}`);
  const onUncaughtException = (error: Error) =>
    processErrors.push(`uncaughtException: ${String(error?.stack ?? error)}`);

  // What exists, refreshed as the requests change it.
  let curricula: Pick<CurriculumEntity, 'id' | 'version' | 'languages'>[] = [];
  let users: { id: string }[] = [];
  /** The last entity tag the server sent for each path (for conditional requests). */
  const etags = new Map<string, string>();
  let institutions: { id: string; kind: string }[] = [];

  function send(sent: SentRequest): Promise<Received> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { ...sent.headers };
      if (sent.body !== undefined) {
        headers['content-length'] = sent.body.data.length;
        if (sent.body.contentType !== undefined) headers['content-type'] = sent.body.contentType;
        if (sent.body.contentEncoding !== undefined)
          headers['content-encoding'] = sent.body.contentEncoding;
      }
      const call = httpRequest(
        { host: '127.0.0.1', port, method: sent.method, path: sent.path, headers, agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
          response.on('error', reject);
        },
      );
      call.setTimeout(REQUEST_TIMEOUT_MS, () =>
        call.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)),
      );
      call.on('error', reject);
      call.end(sent.body?.data);
    });
  }

  const getJson = async (path: string, token?: string) => {
    const response = await send({
      method: 'GET',
      path,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
    return JSON.parse(response.body.toString('utf8')) as unknown;
  };

  const repository = <T extends object>(entity: new () => T): Repository<T> =>
    t.dataSource.getRepository(entity);

  /** A fresh session for a demo account (after a logout or a deactivation by the fuzzer). */
  async function signIn(subject: Exclude<Subject, 'anonymous'>): Promise<Actor> {
    const user = await repository(UserEntity).findOneByOrFail({ email: DEMO_EMAILS[subject] });
    if (!user.active) await repository(UserEntity).update({ id: user.id }, { active: true });
    const { token, session } = await t.app
      .get(UnitOfWork)
      .write((em) => t.app.get(SessionsService).create(em, user.id));
    const actor = { userId: user.id, token, csrfToken: session.csrfToken };
    actors.set(subject, actor);
    return actor;
  }

  async function refreshIds(): Promise<void> {
    curricula = await repository(CurriculumEntity).find({
      select: { id: true, version: true, languages: true },
      order: { id: 'ASC' },
    });
    users = await repository(UserEntity).find({ select: { id: true }, order: { id: 'ASC' } });
    institutions = await repository(InstitutionEntity).find({
      select: { id: true, kind: true },
      order: { id: 'ASC' },
    });
  }

  const children = {
    units: (curriculumId: string) =>
      repository(UnitEntity).find({
        select: { id: true, version: true },
        where: { curriculumId },
        order: { position: 'ASC' },
      }),
    outcomesOfUnit: (unitId: string) =>
      repository(LearningOutcomeEntity).find({
        select: { id: true, version: true },
        where: { unitId },
        order: { position: 'ASC' },
      }),
    outcomesOfCurriculum: (curriculumId: string) =>
      repository(LearningOutcomeEntity).find({
        select: { id: true, version: true },
        where: { curriculumId },
        take: 200,
      }),
    periods: (curriculumId: string) =>
      repository(WorkBasedLearningEntity).find({
        select: { id: true, version: true },
        where: { curriculumId },
        order: { position: 'ASC' },
      }),
    comments: (curriculumId: string) =>
      repository(ReviewCommentEntity).find({
        select: { id: true, version: true },
        where: { curriculumId },
        order: { id: 'ASC' },
      }),
  };

  /** Resolves path parameters against what exists now; returns the path and the resources named. */
  async function resolvePath(plan: RequestPlan) {
    const named: {
      curriculum?: Versioned & { languages?: string[] };
      unit?: Versioned;
      outcome?: Versioned;
      period?: Versioned;
      /** The innermost resource named by the path: the one a `version` refers to. */
      innermost?: Versioned;
    } = {};
    let path = plan.operation.path;
    const isUsers = path.startsWith('/api/v1/users/');
    const isInstitutions = path.startsWith('/api/v1/institutions/');
    for (const name of plan.operation.pathParams) {
      const choice = plan.params[name];
      let value: string;
      if (choice.kind === 'raw') {
        value = choice.value;
      } else {
        const pickFrom = async <T extends { id: string }>(
          list: T[] | Promise<T[]>,
        ): Promise<T | undefined> => {
          const items = await list;
          return items.length === 0 ? undefined : items[choice.pick % items.length];
        };
        let found: (Versioned & { languages?: string[] }) | { id: string } | undefined;
        if (isUsers) found = await pickFrom(users);
        else if (isInstitutions) found = await pickFrom(institutions);
        else if (name === 'id') {
          const picked = await pickFrom(curricula);
          // The current version, not the one of the last refresh.
          found = picked
            ? ((await repository(CurriculumEntity).findOne({
                select: { id: true, version: true, languages: true },
                where: { id: picked.id },
              })) ?? picked)
            : undefined;
          named.curriculum = found as Versioned;
        } else if (name === 'unitId' && named.curriculum) {
          found = named.unit = await pickFrom(children.units(named.curriculum.id));
        } else if (name === 'outcomeId' && named.unit) {
          found = named.outcome = await pickFrom(children.outcomesOfUnit(named.unit.id));
        } else if (name === 'wblId' && named.curriculum) {
          found = named.period = await pickFrom(children.periods(named.curriculum.id));
        } else if (name === 'commentId' && named.curriculum) {
          found = await pickFrom(children.comments(named.curriculum.id));
        }
        if (found !== undefined && 'version' in found) named.innermost = found;
        value = found?.id ?? '3b1f6a0e-0000-4000-8000-000000000000';
      }
      path = path.replace(`{${name}}`, value);
    }
    return { path, named };
  }

  /** Replaces the slots of a generated value by ids and versions of the data present now. */
  async function resolveSlots(
    value: unknown,
    plan: RequestPlan,
    named: Awaited<ReturnType<typeof resolvePath>>['named'],
    sibling?: Record<string, unknown>,
  ): Promise<unknown> {
    if (value instanceof Slot) {
      const { pick } = value;
      const subset = (ids: string[]) => {
        if (ids.length === 0) return [];
        const start = pick % ids.length;
        return [...ids.slice(start), ...ids.slice(0, start)].slice(0, (pick >> 4) % 4);
      };
      const curriculumId = named.curriculum?.id;
      switch (value.kind) {
        case 'version': {
          const current = named.innermost?.version;
          if (current === undefined) return (pick % 5) + 1;
          // Mostly the current version; sometimes a stale one, or one beyond 32 bits.
          const roll = pick % 40;
          if (roll < 36) return current;
          return [current + 1, Math.max(current - 1, 1), 2 ** 31, 1e15][roll - 36];
        }
        case 'unit-ids':
          return curriculumId ? subset((await children.units(curriculumId)).map((u) => u.id)) : [];
        case 'outcome-ids':
          return curriculumId
            ? subset((await children.outcomesOfCurriculum(curriculumId)).map((o) => o.id))
            : [];
        case 'target-id': {
          if (!curriculumId) return '3b1f6a0e-0000-4000-8000-000000000001';
          const type = sibling?.['targetType'];
          const ids =
            type === 'unit'
              ? await children.units(curriculumId)
              : type === 'outcome'
                ? await children.outcomesOfCurriculum(curriculumId)
                : type === 'work-based-learning'
                  ? await children.periods(curriculumId)
                  : [...(await children.units(curriculumId)), { id: curriculumId }];
          return ids.length === 0 ? curriculumId : ids[pick % ids.length].id;
        }
        case 'association-id':
        case 'association-ids': {
          const ids = institutions.filter((i) => i.kind === 'association').map((i) => i.id);
          if (value.kind === 'association-id') return ids[pick % ids.length];
          const chosen = subset(ids);
          return chosen.length > 0 ? chosen : ids.slice(0, 1);
        }
        case 'institution-id':
          return institutions[pick % institutions.length]?.id ?? null;
        case 'reorder-ids': {
          const path = plan.operation.path;
          const list = path.endsWith('/outcomes/reorder')
            ? named.unit
              ? await children.outcomesOfUnit(named.unit.id)
              : []
            : !curriculumId
              ? []
              : path.endsWith('/units/reorder')
                ? await children.units(curriculumId)
                : await children.periods(curriculumId);
          const ids = list.map((item) => item.id);
          if (ids.length === 0) return ids;
          const start = pick % ids.length;
          const order = [...ids.slice(start), ...ids.slice(0, start)].reverse();
          // Now and then one missing or one twice.
          if (pick % 13 === 0) order.pop();
          if (pick % 17 === 0) order.push(order[0]);
          return order;
        }
        case 'login-email': {
          const emails = Object.values(DEMO_EMAILS);
          return emails[pick % emails.length];
        }
      }
    }
    if (value === '@DEMO_PASSWORD@') return DEMO_PASSWORD;
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (const item of value) out.push(await resolveSlots(item, plan, named));
      return out;
    }
    if (typeof value === 'object' && value !== null) {
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(source))
        out[key] = await resolveSlots(item, plan, named, source);
      return out;
    }
    return value;
  }

  async function toRequest(plan: RequestPlan): Promise<SentRequest> {
    const { path, named } = await resolvePath(plan);
    const query: string[] = [];
    for (const [key, raw] of plan.query) {
      const value = raw instanceof Slot ? String(await resolveSlots(raw, plan, named)) : raw;
      query.push(
        `${percentEncode(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${percentEncode(value)}`,
      );
    }
    const headers: Record<string, string> = {};
    const actor = plan.subject === 'anonymous' ? undefined : actors.get(plan.subject);
    const cookies: string[] = [];
    switch (plan.auth) {
      case 'bearer':
        if (actor) headers['authorization'] = `Bearer ${actor.token}`;
        break;
      case 'cookie':
      case 'cookie-without-csrf':
      case 'cookie-wrong-csrf':
        if (actor) {
          cookies.push(`cb_session=${actor.token}`);
          if (plan.auth === 'cookie') headers['x-csrf-token'] = actor.csrfToken;
          if (plan.auth === 'cookie-wrong-csrf') headers['x-csrf-token'] = `${actor.csrfToken}x`;
        }
        break;
      case 'bogus-bearer':
        headers['authorization'] = plan.headers.bogusAuthorization ?? 'Bearer x';
        break;
      case 'bogus-cookie':
        cookies.push(plan.headers.bogusCookie ?? 'cb_session=x');
        break;
      case 'odd-authorization':
        // A lower-case scheme with the right token, and a stray session cookie besides.
        headers['authorization'] = actor ? `bearer ${actor.token}` : 'Bearer';
        cookies.push(plan.headers.bogusCookie ?? 'cb_session=x');
        break;
    }
    const h = plan.headers;
    if (h.extraCookie !== undefined) cookies.push(h.extraCookie);
    if (cookies.length > 0) headers['cookie'] = cookies.join('; ');
    const etag = etags.get(path) ?? '"unknown"';
    if (h.ifNoneMatch !== undefined)
      headers['if-none-match'] = h.ifNoneMatch.replace('@ETAG@', etag);
    if (h.ifMatch !== undefined) headers['if-match'] = h.ifMatch.replace('@ETAG@', etag);
    if (h.accept !== undefined) headers['accept'] = h.accept;
    if (h.acceptLanguage !== undefined) headers['accept-language'] = h.acceptLanguage;
    if (h.forwardedFor !== undefined) headers['x-forwarded-for'] = h.forwardedFor;

    let body: RawBody | undefined;
    const sample = async () => resolveSlots(samples.get(plan.operation), plan, named);
    switch (plan.body.kind) {
      case 'none':
        break;
      case 'schema': {
        const resolved = await resolveSlots(plan.body.value, plan, named);
        body = {
          contentType: 'application/json',
          data: Buffer.from(mutate(resolved, plan.body.mutation)),
        };
        break;
      }
      case 'json':
        body = {
          contentType: 'application/json',
          data: Buffer.from(JSON.stringify(plan.body.value) ?? 'null'),
        };
        break;
      case 'special':
        body = specialBody(plan.body.special, await sample());
        break;
      case 'export':
        body =
          plan.body.format === 'case'
            ? {
                contentType: 'application/json',
                data: Buffer.from(mutate(casePackage, plan.body.mutation)),
              }
            : {
                contentType: 'text/csv',
                data: Buffer.from(mutateCsv(csvExport, plan.body.mutation)),
              };
        break;
      case 'text':
        body = { contentType: 'text/csv; charset=utf-8', data: Buffer.from(plan.body.value) };
        break;
    }
    return {
      method: plan.method ?? plan.operation.method.toUpperCase(),
      path: query.length > 0 ? `${path}?${query.join('&')}` : path,
      headers,
      body,
    };
  }

  beforeAll(async () => {
    hostProcess.on('unhandledRejection', onUnhandledRejection);
    hostProcess.on('uncaughtException', onUncaughtException);
    t = await startTestApp({ DEMO_DATA: 'true', DEMO_PASSWORD, LOG_LEVEL: 'error' });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    for (const subject of SUBJECTS) if (subject !== 'anonymous') await signIn(subject);

    document = (await getJson('/api/docs-json')) as OpenApiDocument;
    operations = operationsOf(document);
    for (const operation of operations) {
      if (operation.body === undefined) continue;
      const [value] = fc.sample(valueOf(document, operation.body.schema), {
        seed: SEED,
        numRuns: 1,
      });
      samples.set(operation, value);
    }

    // Exports of the published demo curriculum: the valid start of the import bodies.
    await refreshIds();
    const catalogue = (await getJson('/api/v1/curricula?status=published')) as {
      items: { id: string }[];
    };
    const published = catalogue.items[0].id;
    casePackage = await getJson(`/api/v1/curricula/${published}/export/case`);
    csvExport = (
      await send({ method: 'GET', path: `/api/v1/curricula/${published}/export/csv`, headers: {} })
    ).body.toString('utf8');

    // More to work on than the demo has: a draft copy of the published one in review, with a comment.
    const author = await signIn('author');
    const reviewer = await signIn('reviewer');
    const post = (path: string, token: string, body: unknown = {}) =>
      send({
        method: 'POST',
        path,
        headers: { authorization: `Bearer ${token}` },
        body: { contentType: 'application/json', data: Buffer.from(JSON.stringify(body)) },
      });
    const copy = JSON.parse(
      (await post(`/api/v1/curricula/${published}/duplicate`, author.token)).body.toString(),
    ) as { id: string };
    await post(`/api/v1/curricula/${published}/duplicate`, author.token);
    await post(`/api/v1/curricula/${copy.id}/submit`, author.token);
    await post(`/api/v1/curricula/${copy.id}/reviews`, reviewer.token, {
      targetType: 'curriculum',
      verdict: 'suggest-change',
      text: 'Fuzzing starts here.',
    });
    await refreshIds();
  }, 120_000);

  afterAll(async () => {
    hostProcess.off('unhandledRejection', onUnhandledRejection);
    hostProcess.off('uncaughtException', onUncaughtException);
    agent.destroy();
    await t?.close();
  });

  it('finds every operation of the document', () => {
    // Every export format is one operation with a `format` parameter (exports/formats).
    expect(operations.length).toBeGreaterThanOrEqual(45);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining([
        'get /api/v1/health',
        'get /api/v1/curricula/{id}/export/{format}',
        'post /api/v1/curricula',
        'patch /api/v1/curricula/{id}/units/{unitId}/outcomes/{outcomeId}',
        'post /api/v1/curricula/import/csv',
      ]),
    );
    // The event stream never ends: live.e2e-spec.ts tests it, the fuzzer leaves it out.
    expect(operations.map((o) => `${o.method} ${o.path}`)).not.toContain(
      'get /api/v1/curricula/{id}/events',
    );
  });

  it(
    `answers ${REQUESTS} generated requests without a 5xx, and every error by the contract`,
    async () => {
      const failures: Failure[] = [];
      const byClass = new Map<string, number>();
      const byStatus = new Map<number, number>();
      const byOperation = new Map<string, Map<number, number>>();
      const timeByOperation = new Map<string, number>();
      let sentCount = 0;
      let previous = '';
      const started = Date.now();

      await fc.assert(
        fc.asyncProperty(anyRequestPlan(document, operations), async (plan) => {
          const operation = `${plan.operation.method.toUpperCase()} ${plan.operation.path}`;
          const sent = await toRequest(plan);
          let received: Received | undefined;
          let problem: string | null;
          const sentAt = Date.now();
          try {
            received = await send(sent);
            problem = contractProblem(sent, received);
          } catch (error) {
            problem = `no response: ${(error as Error).message}`;
          }
          sentCount++;
          timeByOperation.set(
            operation,
            (timeByOperation.get(operation) ?? 0) + Date.now() - sentAt,
          );
          for (const prototype of prototypes) {
            const polluted = ['polluted', 'isAdmin'].filter((key) => key in prototype);
            if (polluted.length > 0) {
              problem = `Object.prototype polluted with ${polluted.join(', ')}`;
              for (const key of polluted) delete (prototype as Record<string, unknown>)[key];
            }
          }
          const status = received?.status ?? 0;
          const etag = received?.headers['etag'];
          if (typeof etag === 'string') etags.set(sent.path.split('?')[0], etag);
          byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
          const statusClass = status === 0 ? 'none' : `${Math.floor(status / 100)}xx`;
          byClass.set(statusClass, (byClass.get(statusClass) ?? 0) + 1);
          const counts = byOperation.get(operation) ?? new Map<number, number>();
          counts.set(status, (counts.get(status) ?? 0) + 1);
          byOperation.set(operation, counts);
          if (problem !== null)
            failures.push({ operation, problem, plan, sent, received, previous });
          // A connection-level failure may be the previous response's doing.
          previous = `${sent.method} ${excerpt(sent.path, 120)} → ${status} (Connection: ${String(received?.headers['connection'] ?? '-')})`;

          // Keep the actors logged in and the ids current.
          if (
            status === 401 &&
            plan.subject !== 'anonymous' &&
            ['bearer', 'cookie', 'cookie-without-csrf', 'cookie-wrong-csrf'].includes(plan.auth)
          ) {
            await signIn(plan.subject);
          }
          if (sentCount % 10 === 0 || (status >= 200 && status < 300 && sent.method !== 'GET')) {
            await refreshIds();
          }
          return true;
        }),
        { seed: SEED, numRuns: REQUESTS, endOnFailure: true },
      );

      const seconds = (Date.now() - started) / 1000;
      const classes = [...byClass.entries()]
        .sort()
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      const codes = [...byStatus.entries()]
        .sort(([a], [b]) => a - b)
        .map(([code, n]) => `${code}×${n}`)
        .join(' ');
      const perOperation = [...byOperation.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(
          ([op, counts]) =>
            `  ${op.padEnd(68)} ${String(timeByOperation.get(op)).padStart(6)} ms  ${[
              ...counts.entries(),
            ]
              .sort(([a], [b]) => a - b)
              .map(([s, n]) => `${s}×${n}`)
              .join(' ')}`,
        )
        .join('\n');
      process.stdout.write(
        `\nOpenAPI fuzzing (${testDatabase()}): seed ${SEED}, ${sentCount} requests to ${operations.length} operations in ${seconds.toFixed(1)} s; ${classes}\n` +
          `  by status: ${codes}\n` +
          (process.env['FUZZ_VERBOSE'] ? `${perOperation}\n` : ''),
      );

      const report = new Map<string, Failure[]>();
      for (const failure of failures) {
        const key = `${failure.operation} → ${failure.problem.split('\n')[0]}`;
        report.set(key, [...(report.get(key) ?? []), failure]);
      }
      const describeFailure = ([key, list]: [string, Failure[]]) => {
        const { plan, sent, received, previous } = list[0];
        const body = sent.body
          ? `${sent.body.contentType ?? '(no content type)'}${sent.body.contentEncoding ? ` ${sent.body.contentEncoding}` : ''}: ${excerpt(sent.body.data.toString('utf8'))}`
          : '(none)';
        return [
          `✗ ${key} (${list.length}×)`,
          `  request:  ${sent.method} ${excerpt(sent.path, 200)}`,
          `  as:       ${plan.subject}${plan.subject === 'anonymous' && plan.auth === 'bearer' ? '' : ` (${plan.auth})`}`,
          `  headers:  ${excerpt(JSON.stringify(sent.headers), 300)}`,
          `  body:     ${body}`,
          `  response: ${received ? `${received.status} ${excerpt(received.body.toString('utf8'))}` : 'none'}`,
          `  after:    ${previous}`,
        ].join('\n');
      };
      const text = [...report.entries()].slice(0, 20).map(describeFailure).join('\n\n');
      if (failures.length > 0) {
        throw new Error(
          `${failures.length} of ${sentCount} requests broke the contract (seed ${SEED}; FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS} to repeat):\n\n${text}`,
        );
      }
      expect(sentCount).toBe(REQUESTS);
      // Not only refusals: the generated requests reach the handlers and succeed, too.
      expect(byClass.get('2xx') ?? 0).toBeGreaterThan(REQUESTS * 0.1);
      if (REQUESTS >= operations.length * 20) expect(byOperation.size).toBe(operations.length);
    },
    Math.max(300_000, REQUESTS * 120),
  );

  it('is healthy afterwards, and nothing rejected or threw unhandled', async () => {
    const health = await send({ method: 'GET', path: '/api/v1/health', headers: {} });
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString('utf8'))).toMatchObject({ status: 'ok' });
    const author = await signIn('author');
    const list = await send({
      method: 'GET',
      path: '/api/v1/curricula',
      headers: { authorization: `Bearer ${author.token}` },
    });
    expect(list.status).toBe(200);
    expect(processErrors).toEqual([]);
  });
});
