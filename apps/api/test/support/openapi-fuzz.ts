/**
 * Request generators for the OpenAPI fuzz test: every operation of the document, with generated
 * valid and invalid path parameters, query strings, headers and bodies.
 *
 * fast-check generates a *plan* for each request. Values that depend on the data present when the
 * request is sent (ids of existing units, the current `version` of a resource) are `Slot`s in the
 * plan; `openapi-fuzz.e2e-spec.ts` resolves them against the database just before sending, so the
 * requests keep reaching deep into the handlers while the data changes under them.
 */
import { ISCED_F_CODES } from '@curriculum-builder/curriculum';
import fc from 'fast-check';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Schema {
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly additionalProperties?: Schema | boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly nullable?: boolean;
  readonly allOf?: readonly Schema[];
  readonly $ref?: string;
}

interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly schema?: Schema;
}

export interface OpenApiDocument {
  readonly paths: Record<
    string,
    Partial<
      Record<
        HttpMethod,
        {
          parameters?: OpenApiParameter[];
          requestBody?: { content: Record<string, { schema?: Schema }> };
          responses?: Record<string, { content?: Record<string, unknown> }>;
        }
      >
    >
  >;
  readonly components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  readonly method: HttpMethod;
  /** As in the document, e.g. `/api/v1/curricula/{id}/units/{unitId}`. */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: readonly OpenApiParameter[];
  readonly headers: readonly OpenApiParameter[];
  readonly body?: { readonly contentType: string; readonly schema: Schema };
}

/** Whether an operation answers an endless `text/event-stream` (tested in live.e2e-spec.ts). */
function streams(responses: Record<string, { content?: Record<string, unknown> }> = {}): boolean {
  return Object.values(responses).some((r) => 'text/event-stream' in (r.content ?? {}));
}

/** Every operation of the document but the event streams, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  const methods: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];
  return Object.entries(document.paths).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item[method];
      if (operation === undefined || streams(operation.responses)) return [];
      const parameters = operation.parameters ?? [];
      const content = Object.entries(operation.requestBody?.content ?? {})[0];
      return [
        {
          method,
          path,
          pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
          query: parameters.filter((p) => p.in === 'query'),
          headers: parameters.filter((p) => p.in === 'header'),
          body: content ? { contentType: content[0], schema: content[1].schema ?? {} } : undefined,
        },
      ];
    }),
  );
}

/** A value that depends on the data at the time of sending; resolved by the spec. */
export class Slot {
  constructor(
    readonly kind: SlotKind,
    /** A random number the resolution picks with (which id, which order, stale or current). */
    readonly pick: number,
  ) {}
}

export type SlotKind =
  | 'version'
  | 'unit-ids'
  | 'outcome-ids'
  | 'target-id'
  | 'association-id'
  | 'association-ids'
  | 'institution-id'
  | 'reorder-ids'
  | 'login-email';

/** A path parameter: an existing resource, a random UUID, or something that is not an id. */
export type ParamChoice =
  | { readonly kind: 'existing'; readonly pick: number }
  | { readonly kind: 'raw'; readonly value: string };

/** Changes made to a generated body after its slots are resolved. */
export type Mutation =
  | { readonly kind: 'none' }
  | { readonly kind: 'drop'; readonly pick: number }
  | { readonly kind: 'set'; readonly pick: number; readonly value: unknown }
  | { readonly kind: 'extra'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'huge-string'; readonly pick: number; readonly length: number }
  | { readonly kind: 'huge-array'; readonly pick: number; readonly length: number }
  | { readonly kind: 'deep'; readonly pick: number; readonly depth: number }
  | { readonly kind: 'prototype-key'; readonly key: string };

/** Bodies that are not a JSON document of the operation's schema. */
export const SPECIAL_BODIES = [
  'deep-array-5000',
  'deep-object-5000',
  'deep-array-100000',
  'array-100000',
  'objects-100000',
  'over-2mb',
  'just-under-2mb',
  'malformed-json',
  'truncated-json',
  'empty-json',
  'json-with-trailing-garbage',
  'single-quoted-json',
  'bad-utf8',
  'utf16-json',
  'bom-json',
  'unknown-charset',
  'text-plain-json',
  'text-csv-json',
  'xml',
  'multipart',
  'multipart-no-boundary',
  'urlencoded',
  'urlencoded-nested',
  'octet-stream',
  'no-content-type',
  'gzip-garbage',
  'unknown-encoding',
  'merge-patch-json',
  'json-primitive',
  'json-null',
  'json-array',
] as const;
export type SpecialBody = (typeof SPECIAL_BODIES)[number];

export type BodyPlan =
  | { readonly kind: 'none' }
  /** A JSON document generated from the operation's schema (with slots), then mutated. */
  | { readonly kind: 'schema'; readonly value: unknown; readonly mutation: Mutation }
  /** Any JSON value at all. */
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'special'; readonly special: SpecialBody }
  /** An exported CASE package or CSV of an existing curriculum, possibly mutated. */
  | { readonly kind: 'export'; readonly format: 'case' | 'csv'; readonly mutation: Mutation }
  | { readonly kind: 'text'; readonly value: string };

export type Subject = 'anonymous' | 'learner' | 'author' | 'otherAuthor' | 'reviewer' | 'admin';
export const SUBJECTS: readonly Subject[] = [
  'anonymous',
  'learner',
  'author',
  'otherAuthor',
  'reviewer',
  'admin',
];

/** How the caller authenticates: its bearer token, its session cookie (with or without CSRF), or garbage. */
export type AuthMode =
  | 'bearer'
  | 'cookie'
  | 'cookie-without-csrf'
  | 'cookie-wrong-csrf'
  | 'bogus-bearer'
  | 'bogus-cookie'
  | 'odd-authorization';

export interface HeaderPlan {
  readonly ifNoneMatch?: string;
  readonly ifMatch?: string;
  readonly accept?: string;
  readonly acceptLanguage?: string;
  readonly extraCookie?: string;
  readonly forwardedFor?: string;
  readonly bogusAuthorization?: string;
  readonly bogusCookie?: string;
}

export interface RequestPlan {
  readonly operation: Operation;
  readonly subject: Subject;
  readonly auth: AuthMode;
  readonly params: Readonly<Record<string, ParamChoice>>;
  /** Key and value pairs in order; a key may repeat. */
  readonly query: readonly (readonly [string, string | Slot])[];
  readonly body: BodyPlan;
  readonly headers: HeaderPlan;
  /** Now and then another method than the operation's, on its path. */
  readonly method?: 'PUT' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'DELETE';
}

// ---------------------------------------------------------------------------------------------
// Small building blocks

const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

/** Text of every kind: words, any code point (lone surrogates and NUL included), markup, SQL. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.lorem({ maxCount: 6 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 30,
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      "'; DROP TABLE curriculum; --",
      '%_%',
      '\\',
      '<script>alert(1)</script>',
      '\ud800',
      '😀'.repeat(50),
      '=HYPERLINK("http://x")',
      '__proto__',
      'constructor',
    ),
  },
);

/** Text a valid body may carry: mostly words, sometimes any code point (NUL, lone surrogates). */
const validText = fc.oneof(
  { weight: 6, arbitrary: fc.lorem({ maxCount: 6 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 30,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom('a\u0000b', 'x\ud800y', 'tab\tand\r\nnewline', '😀') },
);

const languageCode = fc.constantFrom('de', 'en', 'lt', 'lv', 'fr', 'pt-BR', 'sr-Latn');
const localizedText = fc.dictionary(languageCode, validText, { minKeys: 1, maxKeys: 3 });

/** A JSON value of any shape, for wrong types and garbage bodies. */
const anyJson = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      true,
      0,
      -1,
      1.5,
      2 ** 31,
      2 ** 53,
      1e308,
      -1e308,
      '',
      '1',
      'true',
      [],
      {},
      [null],
      { '': '' },
    ),
  },
);

/** Identifiers that are not ids of anything: random UUIDs, non-UUIDs, traversal, odd encodings. */
const notAnId = fc.oneof(
  { weight: 3, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '..',
      '%2e%2e',
      '..%2f..%2fhealth',
      '%2F',
      '%00',
      '%E0%A4%A',
      '%ZZ',
      '%',
      '%25',
      'not-a-uuid',
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f%00',
      '__proto__',
      'constructor',
      'toString',
      '-1',
      '0',
      '1e309',
      'null',
      'undefined',
      "'%20OR%201=1",
      '%F0%9F%98%80',
      'a'.repeat(5000),
      `${'6f0d3c1e-1b7a-4c1e-9d3e-0a1b2c3d4e5f'.repeat(3)}`,
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(s)) },
);

const versionNumber = fc.oneof(
  fc.constantFrom('1', '2', '3'),
  fc.constantFrom('0', '-1', '99999999999999999999', '1.5', 'abc', '', '2147483648', '1e3', '%201'),
);

const paramChoice = (name: string): fc.Arbitrary<ParamChoice> =>
  name === 'n'
    ? versionNumber.map((value) => ({ kind: 'raw' as const, value }))
    : fc.oneof(
        { weight: 14, arbitrary: fc.nat().map((pick) => ({ kind: 'existing' as const, pick })) },
        { weight: 2, arbitrary: notAnId.map((value) => ({ kind: 'raw' as const, value })) },
      );

// ---------------------------------------------------------------------------------------------
// Values from the schema

function resolveRef(document: OpenApiDocument, schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 10 && current.$ref !== undefined; i++) {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = document.components?.schemas?.[name] ?? {};
  }
  if (current.allOf !== undefined) {
    const parts = current.allOf.map((part) => resolveRef(document, part));
    const { allOf: _allOf, ...rest } = current;
    return Object.assign({}, ...parts, rest) as Schema;
  }
  return current;
}

const slot = (kind: SlotKind) => fc.nat().map((pick) => new Slot(kind, pick));

/** Plausible values for fields whose rules the schema does not show (patterns of codes, URIs …). */
function hinted(name: string): fc.Arbitrary<unknown> | undefined {
  switch (name) {
    case 'version':
      return slot('version');
    case 'code':
    case 'electiveGroup':
      return fc.stringMatching(/^[A-Z][A-Z0-9-]{0,10}$/);
    case 'primaryLanguage':
      return languageCode;
    case 'languages':
      return fc.uniqueArray(languageCode, { minLength: 1, maxLength: 3 });
    case 'iscedFCode':
      return fc.constantFrom(...ISCED_F_CODES);
    case 'uri':
      return fc
        .tuple(fc.constantFrom('skill', 'occupation'), fc.uuid())
        .map(([kind, id]) => `http://data.europa.eu/esco/${kind}/${id}`);
    case 'email':
      return fc.oneof(
        { weight: 3, arbitrary: fc.emailAddress() },
        { weight: 2, arbitrary: slot('login-email') },
      );
    case 'password':
      return fc.oneof(
        { weight: 3, arbitrary: fc.string({ minLength: 8, maxLength: 30 }) },
        { weight: 2, arbitrary: fc.constant('@DEMO_PASSWORD@') },
      );
    case 'country':
      return fc.constantFrom('DE', 'LT', 'LV', 'FR');
    case 'prerequisites':
    case 'unitIds':
      return fc.oneof(
        { weight: 8, arbitrary: slot('unit-ids') },
        { weight: 1, arbitrary: fc.array(fc.uuid(), { maxLength: 3 }) },
      );
    case 'outcomeIds':
      return fc.oneof(
        { weight: 8, arbitrary: slot('outcome-ids') },
        { weight: 1, arbitrary: fc.array(fc.uuid(), { maxLength: 3 }) },
      );
    case 'ids':
      return fc.oneof(
        { weight: 8, arbitrary: slot('reorder-ids') },
        { weight: 1, arbitrary: fc.array(fc.uuid(), { maxLength: 5 }) },
      );
    case 'targetId':
      return fc.oneof(
        { weight: 4, arbitrary: slot('target-id') },
        { weight: 1, arbitrary: fc.uuid() },
      );
    case 'associationId':
      return fc.oneof(
        { weight: 4, arbitrary: slot('association-id') },
        { weight: 1, arbitrary: slot('institution-id') },
        { weight: 1, arbitrary: fc.uuid() },
      );
    case 'associationIds':
      return fc.oneof(
        { weight: 4, arbitrary: slot('association-ids') },
        { weight: 1, arbitrary: fc.array(fc.uuid(), { maxLength: 3 }) },
      );
    case 'institutionId':
      return fc.oneof(
        { weight: 4, arbitrary: slot('institution-id') },
        { weight: 1, arbitrary: fc.constantFrom(null, 'not-a-uuid') },
      );
    default:
      return undefined;
  }
}

/** A valid number of the schema: an integer within its bounds (wrong ones come from mutations). */
function numberOf(schema: Schema): fc.Arbitrary<number> {
  const min = Math.ceil(schema.minimum ?? -1000);
  const max = Math.floor(schema.maximum ?? Math.max(min + 1000, 1000));
  return fc.integer({ min, max });
}

/** An arbitrary of valid values of a schema, with slots for data-dependent values. */
export function valueOf(
  document: OpenApiDocument,
  raw: Schema,
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> {
  const hint = hinted(name);
  if (hint !== undefined) return hint;
  const schema = resolveRef(document, raw);
  let value: fc.Arbitrary<unknown>;
  if (schema.enum !== undefined && schema.enum.length > 0) {
    value = fc.constantFrom(...schema.enum);
  } else if (schema.type === 'string') {
    value = schema.format === 'uuid' ? fc.uuid() : validText;
  } else if (schema.type === 'number' || schema.type === 'integer') {
    value = numberOf(schema);
  } else if (schema.type === 'boolean') {
    value = fc.boolean();
  } else if (schema.type === 'array') {
    const min = schema.minItems ?? 0;
    value = fc.array(valueOf(document, schema.items ?? {}, '', depth + 1), {
      minLength: min,
      maxLength: Math.max(min, Math.min(schema.maxItems ?? 4, 4)),
    });
  } else if (schema.properties !== undefined && depth < 6) {
    const properties = schema.properties;
    const entries = Object.entries(properties).map(
      ([key, property]) => [key, valueOf(document, property, key, depth + 1)] as const,
    );
    value = fc.record(Object.fromEntries(entries), {
      requiredKeys: (schema.required ?? []).filter((key) => key in properties),
    });
  } else if (typeof schema.additionalProperties === 'object') {
    // Localized texts: `{ "de": "…", "en": "…" }`.
    value = localizedText;
  } else {
    value = anyJson;
  }
  return schema.nullable ? fc.oneof({ weight: 6, arbitrary: value }, fc.constant(null)) : value;
}

const prototypeKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: anyJson }),
  fc.record({
    kind: fc.constant('extra' as const),
    key: fc.oneof(fc.string({ maxLength: 20 }), prototypeKeys),
    value: anyJson,
  }),
  fc.record({
    kind: fc.constant('huge-string' as const),
    pick: fc.nat(),
    length: fc.constantFrom(301, 10_001, 200_000),
  }),
  fc.record({
    kind: fc.constant('huge-array' as const),
    pick: fc.nat(),
    length: fc.constantFrom(51, 5_001, 100_000),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    pick: fc.nat(),
    depth: fc.constantFrom(50, 5_000),
  }),
  fc.record({ kind: fc.constant('prototype-key' as const), key: prototypeKeys }),
);

const special = fc.constantFrom(...SPECIAL_BODIES);

function bodyPlan(document: OpenApiDocument, operation: Operation): fc.Arbitrary<BodyPlan> {
  const garbage = [
    { weight: 2, arbitrary: special.map((s) => ({ kind: 'special' as const, special: s })) },
    { weight: 1, arbitrary: anyJson.map((value) => ({ kind: 'json' as const, value })) },
  ];
  if (operation.body === undefined) {
    return fc.oneof({ weight: 12, arbitrary: fc.constant({ kind: 'none' as const }) }, ...garbage);
  }
  if (operation.body.contentType.startsWith('text/')) {
    // The CSV import: an exported spreadsheet, changed or not, or any text.
    return fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constant({ kind: 'export' as const, format: 'csv' as const, mutation: none }),
      },
      {
        weight: 4,
        arbitrary: mutation.map((m) => ({
          kind: 'export' as const,
          format: 'csv' as const,
          mutation: m,
        })),
      },
      { weight: 1, arbitrary: anyText.map((value) => ({ kind: 'text' as const, value })) },
      ...garbage,
    );
  }
  const schema = resolveRef(document, operation.body.schema);
  if (schema.properties === undefined) {
    // A body without a schema of its own: the CASE import.
    return fc.oneof(
      {
        weight: 3,
        arbitrary: fc.constant({
          kind: 'export' as const,
          format: 'case' as const,
          mutation: none,
        }),
      },
      {
        weight: 4,
        arbitrary: mutation.map((m) => ({
          kind: 'export' as const,
          format: 'case' as const,
          mutation: m,
        })),
      },
      ...garbage,
    );
  }
  const value = valueOf(document, schema);
  return fc.oneof(
    {
      weight: 8,
      arbitrary: value.map((v) => ({ kind: 'schema' as const, value: v, mutation: none })),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(value, mutation)
        .map(([v, m]) => ({ kind: 'schema' as const, value: v, mutation: m })),
    },
    ...garbage,
  );
}

const none: Mutation = { kind: 'none' };

/** Values of query parameters: valid ones, wrong types, extremes. */
function queryValue(parameter: OpenApiParameter): fc.Arbitrary<string | Slot> {
  const name = parameter.name;
  const schema = parameter.schema ?? {};
  const wrong = fc.oneof(
    fc.constantFrom('', ' ', 'abc', '-1', '0', '1.5', '1e309', 'NaN', 'null', '[]', '{}', '%00'),
    fc.constantFrom('99999999999999999999', '2147483648', 'a'.repeat(10_000)),
    fc.string({ maxLength: 30 }),
  );
  let valid: fc.Arbitrary<string | Slot>;
  if (name === 'version') valid = slot('version');
  else if (name === 'lang') valid = fc.constantFrom('de', 'en', 'lt', 'xx', 'DE', 'de-DE');
  else if (name === 'from' || name === 'to')
    valid = fc.constantFrom('draft', '1', '2', '3', 'latest', 'published');
  else if (schema.enum !== undefined) valid = fc.constantFrom(...schema.enum.map(String));
  else if (schema.type === 'number' || schema.type === 'integer')
    valid = numberOf(schema).map(String);
  else valid = anyText;
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: wrong });
}

function queryPlan(operation: Operation): fc.Arbitrary<(readonly [string, string | Slot])[]> {
  const declared = operation.query.map((parameter) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant([] as (readonly [string, string | Slot])[]) },
      { weight: 8, arbitrary: queryValue(parameter).map((v) => [[parameter.name, v] as const]) },
      // Repeated keys: Express turns `?page=1&page=2` into an array.
      {
        weight: 1,
        arbitrary: fc
          .array(queryValue(parameter), { minLength: 2, maxLength: 3 })
          .map((values) => values.map((v) => [parameter.name, v] as const)),
      },
      // Bracket syntax: `?page[]=1`, `?page[a]=1`.
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('[]', '[a]', '[__proto__]', '[0]'), queryValue(parameter))
          .map(([suffix, v]) => [[`${parameter.name}${suffix}`, v] as const]),
      },
    ),
  );
  const extra = fc.oneof(
    { weight: 8, arbitrary: fc.constant([] as (readonly [string, string])[]) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc.tuple(
          fc.oneof(
            fc.constantFrom(
              '__proto__',
              '__proto__[polluted]',
              'constructor',
              'constructor[prototype][polluted]',
              'prototype',
              'toString',
              'hasOwnProperty',
              'valueOf',
            ),
            fc.string({ maxLength: 12 }),
          ),
          fc.oneof(fc.constantFrom('1', 'true', ''), fc.string({ maxLength: 12 })),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    },
    // A flood: a thousand keys, or one key a thousand times.
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'v'] as const),
        Array.from({ length: 1000 }, () => [operation.query[0]?.name ?? 'page', '1'] as const),
      ),
    },
  );
  return fc
    .tuple(fc.tuple(...declared), extra)
    .map(([parts, more]) => [...parts.flat(), ...more] as (readonly [string, string | Slot])[]);
}

const headerValue = printable;

const headerPlan: fc.Arbitrary<HeaderPlan> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({}) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        // `@ETAG@`: the entity tag the server sent last for this path.
        ifNoneMatch: fc.oneof(
          fc.constantFrom('@ETAG@', '@ETAG@', '@ETAG@, "other"', 'W/@ETAG@'),
          fc.constantFrom('*', '"abc"', 'W/"1"', '"', 'W/', '"a", "b"', ',,,', 'x'.repeat(4000)),
          headerValue,
        ),
        ifMatch: fc.oneof(fc.constantFrom('*', '"1"', 'W/"x"', '', '@ETAG@'), headerValue),
        accept: fc.constantFrom(
          'application/xml',
          'text/csv',
          '*/*',
          'application/json;q=0',
          'image/png',
          '',
          ';;;',
        ),
        acceptLanguage: fc.oneof(fc.constantFrom('de-DE,de;q=0.9', '*', 'xx;q=abc'), headerValue),
        extraCookie: fc.oneof(
          fc.constantFrom(
            'cb_session=',
            'cb_session=%E0%A4%A',
            'a=b; a=c',
            '=novalue',
            'j:{"a":1}',
            'cb_session=j:{"__proto__":1}',
            `big=${'x'.repeat(4000)}`,
          ),
          headerValue,
        ),
        forwardedFor: fc.oneof(fc.constantFrom('::1', '999.1.1.1', 'unknown', ', ,'), headerValue),
      },
      { requiredKeys: [] },
    ),
  },
);

const authMode = (subject: Subject): fc.Arbitrary<AuthMode> =>
  subject === 'anonymous'
    ? fc.oneof(
        { weight: 8, arbitrary: fc.constant('bearer' as const) },
        { weight: 1, arbitrary: fc.constant('bogus-bearer' as const) },
        { weight: 1, arbitrary: fc.constant('bogus-cookie' as const) },
        { weight: 1, arbitrary: fc.constant('odd-authorization' as const) },
      )
    : fc.oneof(
        { weight: 12, arbitrary: fc.constant('bearer' as const) },
        { weight: 3, arbitrary: fc.constant('cookie' as const) },
        { weight: 1, arbitrary: fc.constant('cookie-without-csrf' as const) },
        { weight: 1, arbitrary: fc.constant('cookie-wrong-csrf' as const) },
        { weight: 1, arbitrary: fc.constant('bogus-bearer' as const) },
        { weight: 1, arbitrary: fc.constant('odd-authorization' as const) },
      );

const bogusAuthorization = fc.oneof(
  fc.constantFrom(
    'Bearer',
    'Bearer ',
    'Bearer a b',
    'bearer x',
    'Basic YWRtaW46YWRtaW4=',
    'Bearer null',
    'Bearer undefined',
    `Bearer ${'x'.repeat(8000)}`,
    'Digest username="a"',
    'Token abc',
  ),
  headerValue.map((v) => `Bearer ${v}`),
);

const bogusCookie = fc.oneof(
  fc.constantFrom(
    'cb_session=garbage',
    'cb_session=%ZZ',
    'cb_session=j:[]',
    `cb_session=${'a'.repeat(4000)}`,
  ),
  headerValue.map((v) => `cb_session=${encodeURIComponent(v)}`),
);

/**
 * Every role, authors more often: most writes are theirs, and only their own drafts are editable
 * (everyone else meets 403 and 404 there, which the other roles produce plenty of).
 */
const subject = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Subject>('anonymous') },
  { weight: 1, arbitrary: fc.constant<Subject>('learner') },
  { weight: 4, arbitrary: fc.constant<Subject>('author') },
  { weight: 2, arbitrary: fc.constant<Subject>('otherAuthor') },
  { weight: 2, arbitrary: fc.constant<Subject>('reviewer') },
  { weight: 2, arbitrary: fc.constant<Subject>('admin') },
);

/** The plan of one request to `operation`. */
export function requestPlanOf(
  document: OpenApiDocument,
  operation: Operation,
): fc.Arbitrary<RequestPlan> {
  const params = fc.record(
    Object.fromEntries(operation.pathParams.map((name) => [name, paramChoice(name)])),
  ) as fc.Arbitrary<Record<string, ParamChoice>>;
  const who = subject.chain((subject) => fc.tuple(fc.constant(subject), authMode(subject)));
  return fc
    .record({
      who,
      params,
      query: queryPlan(operation),
      body: bodyPlan(document, operation),
      headers: headerPlan,
      bogusAuthorization,
      bogusCookie,
      method: fc.oneof(
        { weight: 40, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom('PUT', 'OPTIONS', 'HEAD', 'PATCH', 'DELETE') },
      ),
    })
    .map(
      ({ who: [subject, auth], bogusAuthorization: badAuth, bogusCookie: badCookie, ...rest }) => ({
        operation,
        subject,
        auth,
        ...rest,
        headers: { ...rest.headers, bogusAuthorization: badAuth, bogusCookie: badCookie },
      }),
    );
}

/**
 * One request plan for any operation: the operation first (each equally likely), then its own
 * parameters and body, so that no single operation crowds out the others.
 */
export function anyRequestPlan(
  document: OpenApiDocument,
  operations: readonly Operation[],
): fc.Arbitrary<RequestPlan> {
  const perOperation = operations.map((operation) => requestPlanOf(document, operation));
  return fc.nat(operations.length - 1).chain((index) => perOperation[index]);
}

// ---------------------------------------------------------------------------------------------
// Bodies that are not JSON documents of the schema

export interface RawBody {
  readonly contentType?: string;
  readonly contentEncoding?: string;
  readonly data: Buffer;
}

const json = (value: unknown, contentType = 'application/json'): RawBody => ({
  contentType,
  data: Buffer.from(JSON.stringify(value), 'utf8'),
});

function nestedArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function nestedObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** The bytes of a special body; `sample` is a valid body of the operation when it has one. */
export function specialBody(kind: SpecialBody, sample: unknown): RawBody {
  const text = JSON.stringify(sample ?? { a: 1 });
  const twoMb = 2 * 1024 * 1024;
  switch (kind) {
    case 'deep-array-5000':
      return { contentType: 'application/json', data: Buffer.from(nestedArray(5000)) };
    case 'deep-object-5000':
      return { contentType: 'application/json', data: Buffer.from(nestedObject(5000)) };
    case 'deep-array-100000':
      return { contentType: 'application/json', data: Buffer.from(nestedArray(100_000)) };
    case 'array-100000':
      return json(new Array(100_000).fill(0));
    case 'objects-100000':
      return json(Array.from({ length: 100_000 }, (_, i) => ({ id: i })));
    case 'over-2mb':
      return json({ text: 'x'.repeat(twoMb + 1024) });
    case 'just-under-2mb':
      return json({ ...(sample as object), text: 'x'.repeat(twoMb - 1024 - text.length) });
    case 'malformed-json':
      return { contentType: 'application/json', data: Buffer.from('{"code": "A", "title": }') };
    case 'truncated-json':
      return {
        contentType: 'application/json',
        data: Buffer.from(text.slice(0, text.length >> 1)),
      };
    case 'empty-json':
      return { contentType: 'application/json', data: Buffer.alloc(0) };
    case 'json-with-trailing-garbage':
      return { contentType: 'application/json', data: Buffer.from(`${text}}}garbage`) };
    case 'single-quoted-json':
      return { contentType: 'application/json', data: Buffer.from(text.replace(/"/g, "'")) };
    case 'bad-utf8':
      return {
        contentType: 'application/json',
        data: Buffer.concat([
          Buffer.from('{"code":"'),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
          Buffer.from('","title":{"de":"x"}}'),
        ]),
      };
    case 'utf16-json':
      return {
        contentType: 'application/json; charset=utf-16le',
        data: Buffer.from(text, 'utf16le'),
      };
    case 'bom-json':
      return { contentType: 'application/json', data: Buffer.from(`\ufeff${text}`) };
    case 'unknown-charset':
      return { contentType: 'application/json; charset=klingon', data: Buffer.from(text) };
    case 'text-plain-json':
      return { contentType: 'text/plain', data: Buffer.from(text) };
    case 'text-csv-json':
      return { contentType: 'text/csv', data: Buffer.from(text) };
    case 'xml':
      return {
        contentType: 'application/xml',
        data: Buffer.from('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'),
      };
    case 'multipart':
      return {
        contentType: 'multipart/form-data; boundary=XyZ',
        data: Buffer.from(
          `--XyZ\r\nContent-Disposition: form-data; name="code"\r\n\r\nA\r\n--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nrecord,code\r\n--XyZ--\r\n`,
        ),
      };
    case 'multipart-no-boundary':
      return { contentType: 'multipart/form-data', data: Buffer.from('--\r\n\r\n') };
    case 'urlencoded':
      return {
        contentType: 'application/x-www-form-urlencoded',
        data: Buffer.from(
          'code=A&eqfLevel=4&title=x&__proto__[polluted]=1&constructor[prototype][polluted]=1',
        ),
      };
    case 'urlencoded-nested':
      return {
        contentType: 'application/x-www-form-urlencoded',
        data: Buffer.from(`${'a'}${'[b]'.repeat(200)}=1&ids[100000]=x&${'k=v&'.repeat(2000)}`),
      };
    case 'octet-stream':
      return {
        contentType: 'application/octet-stream',
        data: Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
      };
    case 'no-content-type':
      return { data: Buffer.from(text) };
    case 'gzip-garbage':
      return {
        contentType: 'application/json',
        contentEncoding: 'gzip',
        data: Buffer.from('this is not gzip'),
      };
    case 'unknown-encoding':
      return {
        contentType: 'application/json',
        contentEncoding: 'klingon',
        data: Buffer.from(text),
      };
    case 'merge-patch-json':
      return { contentType: 'application/merge-patch+json', data: Buffer.from(text) };
    case 'json-primitive':
      return { contentType: 'application/json', data: Buffer.from('"just a string"') };
    case 'json-null':
      return { contentType: 'application/json', data: Buffer.from('null') };
    case 'json-array':
      return json([sample ?? {}]);
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations of resolved bodies

type Container = Record<string, unknown> | unknown[];

/** Every container and key below `value` (the root has key `null`): the places a mutation can hit. */
function placesIn(value: unknown): { parent: Container; key: string | number }[] {
  const places: { parent: Container; key: string | number }[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0 && places.length < 10_000) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        places.push({ parent: current, key: i });
        stack.push(item);
      });
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) {
        places.push({ parent: current as Record<string, unknown>, key });
        stack.push(item);
      }
    }
  }
  return places;
}

/** Stands for a deeply nested value in a body until it is written as text (JSON.stringify would overflow). */
const DEEP_MARKER = '\u0001deep\u0001';

function deepText(depth: number): string {
  const open: string[] = [];
  for (let i = 0; i < depth; i++) open.push(i % 2 === 0 ? '{"a":' : '[');
  const close = open.map((o) => (o === '[' ? ']' : '}')).reverse();
  return `${open.join('')}"bottom"${close.join('')}`;
}

/**
 * Applies a mutation to a (resolved, plain) JSON value and returns the JSON text to send: keys
 * such as `__proto__` can only be written into the text, not into an object.
 */
export function mutate(value: unknown, change: Mutation): string {
  const copy = structuredClone(value) as unknown;
  const places = placesIn(copy);
  const at = (pick: number) => (places.length === 0 ? undefined : places[pick % places.length]);
  switch (change.kind) {
    case 'none':
      break;
    case 'drop': {
      const place = at(change.pick);
      if (place === undefined) break;
      if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else delete place.parent[place.key as string];
      break;
    }
    case 'set': {
      const place = at(change.pick);
      if (place === undefined) return JSON.stringify(change.value);
      (place.parent as Record<string | number, unknown>)[place.key] = change.value;
      break;
    }
    case 'extra':
      if (typeof copy === 'object' && copy !== null && !Array.isArray(copy)) {
        if (change.key === '__proto__') {
          return insertKey(JSON.stringify(copy), change.key, change.value);
        }
        (copy as Record<string, unknown>)[change.key] = change.value;
      }
      break;
    case 'huge-string': {
      const place = at(change.pick);
      const huge = 'ä'.repeat(change.length);
      if (place === undefined) return JSON.stringify(huge);
      (place.parent as Record<string | number, unknown>)[place.key] = huge;
      break;
    }
    case 'huge-array': {
      const place = at(change.pick);
      const original = place ? (place.parent as Record<string | number, unknown>)[place.key] : 0;
      const item = Array.isArray(original) && original.length > 0 ? original[0] : original;
      const huge = new Array(change.length).fill(item ?? 0);
      if (place === undefined) return JSON.stringify(huge);
      (place.parent as Record<string | number, unknown>)[place.key] = huge;
      break;
    }
    case 'deep': {
      const place = at(change.pick);
      if (place === undefined) return deepText(change.depth);
      (place.parent as Record<string | number, unknown>)[place.key] = DEEP_MARKER;
      return JSON.stringify(copy).replace(JSON.stringify(DEEP_MARKER), deepText(change.depth));
    }
    case 'prototype-key': {
      const payload =
        change.key === '__proto__'
          ? { polluted: 'yes', isAdmin: true }
          : change.key === 'constructor'
            ? { prototype: { polluted: 'yes' } }
            : 'yes';
      const text = JSON.stringify(copy);
      if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) return text;
      // Into the root and into the first nested object, if there is one.
      const nested = places.find(
        (p) => typeof (p.parent as Record<string | number, unknown>)[p.key] === 'object',
      );
      if (nested !== undefined) {
        const target = (nested.parent as Record<string | number, unknown>)[nested.key];
        if (target !== null && !Array.isArray(target) && change.key !== '__proto__') {
          (target as Record<string, unknown>)[change.key] = payload;
        }
      }
      return insertKey(JSON.stringify(copy), change.key, payload);
    }
  }
  return JSON.stringify(copy) ?? 'null';
}

/** Writes `"key": value` as the first member of a JSON object text. */
function insertKey(text: string, key: string, value: unknown): string {
  if (!text.startsWith('{')) return text;
  const member = `${JSON.stringify(key)}:${JSON.stringify(value)}`;
  return text === '{}' ? `{${member}}` : `{${member},${text.slice(1)}`;
}

/** Changes to an exported CSV text: the same mutations, applied to its cells. */
export function mutateCsv(csv: string, change: Mutation): string {
  const lines = csv.split('\r\n');
  const cells = lines.map((line) => line.split(','));
  const pickCell = (pick: number) => {
    const row = cells[pick % cells.length];
    return { row, column: (pick >> 8) % Math.max(row.length, 1) };
  };
  switch (change.kind) {
    case 'none':
      return csv;
    case 'drop': {
      // A whole row or a single cell.
      if (change.pick % 2 === 0) cells.splice(change.pick % cells.length, 1);
      else {
        const { row, column } = pickCell(change.pick);
        row.splice(column, 1);
      }
      break;
    }
    case 'set':
    case 'extra': {
      const { row, column } = pickCell(change.kind === 'set' ? change.pick : change.key.length);
      const value = typeof change.value === 'string' ? change.value : JSON.stringify(change.value);
      row[column] = `"${String(value).replace(/"/g, '""')}"`;
      break;
    }
    case 'huge-string': {
      const { row, column } = pickCell(change.pick);
      row[column] = 'x'.repeat(change.length);
      break;
    }
    case 'huge-array': {
      const row = cells[change.pick % cells.length];
      for (let i = 0; i < Math.min(change.length, 20_000); i++) cells.push([...row]);
      break;
    }
    case 'deep': {
      const { row, column } = pickCell(change.pick);
      row[column] = `"${'"'.repeat(change.depth)}"`;
      break;
    }
    case 'prototype-key': {
      // As a column name.
      cells[0].push(change.key);
      break;
    }
  }
  return cells.map((row) => row.join(',')).join('\r\n');
}
