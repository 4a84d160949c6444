// Request generators for the no-5xx property: from the OpenAPI document Warden serves, one
// arbitrary per operation, mostly schema-shaped (so requests get past validation into the
// services) with hostile values mixed in: NUL bytes, lone surrogates, huge and non-finite
// numbers, dates at the edges of the calendar, malformed cookies and ids.
import fc from 'fast-check';

type Schema = any;

/** Placeholders replaced in the serialised body: JSON.stringify cannot write 1e309 or -0. */
const RAW_NUMBERS: Record<string, string> = { '\u0001INF': '1e309', '\u0001NINF': '-1e309', '\u0001BIG': '1e400' };

export const hostileStrings = [
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '%E0%A4%A',
  '%00',
  '../../etc/passwd',
  '0001-01-01',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '275760-09-13T00:00:01Z',
  '2026-02-30T10:00:00Z',
  '1e309',
  '-1',
  'NaN',
  '{"a":1}',
  'x'.repeat(5_000),
  '😀'.repeat(50),
  ' ',
  'null',
  'contact-sharing',
];
const hostileNumbers: unknown[] = [0, -1, 1.5, 1e12, 1e308, -1e308, 2 ** 31, 2 ** 53 + 2, 2 ** 63, -(2 ** 63), '\u0001INF', '\u0001NINF', '\u0001BIG'];

export interface FuzzContext {
  /** Ids seen in replies, so path parameters often name things that exist. */
  knownIds: string[];
  /** The same, by the field they came from (caseId, accountId, ...). */
  idsByField?: Map<string, Set<string>>;
  components: Record<string, Schema>;
}

/** The reply field whose values a path segment's {id} names: /v1/cases/{id} → caseId. */
function fieldFor(path: string, param: string): string {
  if (param === 'token') return 'token';
  if (param === 'name') return 'policy';
  const seg = path.split('/').filter(Boolean);
  const at = seg.indexOf(`{${param}}`);
  const resource = (seg[at - 1] ?? '').replace(/ies$/, 'y').replace(/s$/, '');
  return `${resource}Id`;
}

export function resolve(s: Schema, ctx: FuzzContext): Schema {
  let cur = s;
  for (let i = 0; i < 5 && cur?.$ref; i++) {
    const name = String(cur.$ref).split('/').pop()!;
    cur = ctx.components[name] ?? {};
  }
  return cur ?? {};
}

const hostile = (): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constantFrom(...hostileStrings), fc.constantFrom(...hostileNumbers), fc.constant(null), fc.constant({}), fc.constant([]), fc.boolean());

function validString(s: Schema, ctx: FuzzContext): fc.Arbitrary<string> {
  if (s.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  if (s.format === 'date')
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'email') return fc.emailAddress();
  if (s.format === 'uri') return fc.constantFrom('https://example.com/hook', 'http://127.0.0.1:1/x', 'ftp://x');
  const max = Math.min(s.maxLength ?? 40, 60);
  const min = Math.min(s.minLength ?? 0, max);
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= (s.maxLength ?? Number.POSITIVE_INFINITY));
    } catch {}
  }
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.constantFrom(...ctx.knownIds.filter((v) => v.length >= min && v.length <= max).concat(['fl-1', 'cl-1', 'contact-sharing'])),
  );
}

/** An arbitrary for a value of schema s: mostly valid, sometimes hostile (at any depth). */
export function valueFor(schema: Schema, ctx: FuzzContext, depth = 0, hostileWeight = 1): fc.Arbitrary<unknown> {
  const s = resolve(schema, ctx);
  const valid = validFor(s, ctx, depth, hostileWeight);
  return hostileWeight ? fc.oneof({ weight: 24, arbitrary: valid }, { weight: hostileWeight, arbitrary: hostile() }) : valid;
}

/** An arbitrary for a value of schema s that its validator accepts (no hostile values mixed in). */
export const validValueFor = (schema: Schema, ctx: FuzzContext): fc.Arbitrary<unknown> => validFor(resolve(schema, ctx), ctx, 0, 0);

function validFor(s: Schema, ctx: FuzzContext, depth: number, hostileWeight = 1): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  const alts = s.anyOf ?? s.oneOf;
  if (Array.isArray(alts) && alts.length) return fc.oneof(...alts.map((a: Schema) => validFor(resolve(a, ctx), ctx, depth + 1, hostileWeight)));
  if (Array.isArray(s.allOf) && s.allOf.length)
    return valueFor(Object.assign({}, ...s.allOf.map((a: Schema) => resolve(a, ctx))), ctx, depth + 1, hostileWeight);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return validString(s, ctx);
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -(2 ** 40)), max: Math.min(s.maximum ?? 1000, 2 ** 40) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(valueFor(s.items ?? {}, ctx, depth + 1, hostileWeight), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) });
    case 'object':
    case undefined: {
      const props: Record<string, Schema> = s.properties ?? {};
      const required = new Set<string>(s.required ?? []);
      if (!Object.keys(props).length) {
        if (!hostileWeight) return fc.constant({});
        return type === 'object' ? fc.dictionary(fc.string({ maxLength: 8 }), hostile(), { maxKeys: 3 }) : hostile();
      }
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) record[k] = valueFor(v, ctx, depth + 1, hostileWeight);
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in record) });
    }
    default:
      return hostileWeight ? hostile() : fc.constant(null);
  }
}

export interface Operation {
  method: string;
  /** OpenAPI form: /v1/cases/{id}; a wildcard route's rest is the parameter {*}. */
  path: string;
  parameters: { in: string; name: string; schema: Schema; required?: boolean }[];
  body?: Schema;
  /** Not in the OpenAPI document (hidden pages, the console, /metrics, Swagger UI's files). */
  undocumented?: boolean;
}

export interface RegisteredRoute {
  method: string;
  /** Fastify's form: /v1/cases/:id, /console/* */
  url: string;
}

/**
 * Every method and path Fastify registered, HEAD included, read from its route tree
 * (`printRoutes({ commonPrefix: false })`: one node a line, its depth in the indentation,
 * its methods in parentheses). Nothing in the app has to cooperate, so a route added anywhere,
 * documented or not, shows up here.
 */
export function registeredRoutes(app: {
  printRoutes(opts: { commonPrefix: false }): string;
  hasRoute(opts: { method: string; url: string }): boolean;
}): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = line.match(/^((?:[│ ] {3})*)[├└]── (.*) \(([^()]*)\)$/);
    if (!m) {
      if (line.trim()) throw new Error(`unreadable line in Fastify's route tree: ${JSON.stringify(line)}`);
      continue;
    }
    const depth = m[1].length / 4;
    stack.length = depth;
    stack.push(m[2]);
    const url = stack.join('').replace(/^\/\//, '/');
    for (const method of m[3].split(',').map((x) => x.trim())) {
      if (!method || method === '-') continue;
      // The tree drops the "/" of a wildcard under a static node without a handler of its own
      // (/console/* prints as "console" › "*"); Fastify says which of the two it registered.
      // (hasRoute knows neither form of Swagger UI's /docs/*, which prints right.)
      const found = [url.replace(/([^/])\*$/, '$1/*')].find((u) => u !== url && app.hasRoute({ method, url: u })) ?? url;
      routes.push({ method, url: found });
    }
  }
  return routes;
}

/** /v1/cases/{id} → /v1/cases/:id, /console/{*} → /console/* (Fastify's form). */
export const fastifyPath = (openApiPath: string) => openApiPath.replace(/\{\*\}$/, '*').replace(/\{([^}]+)\}/g, ':$1');

/**
 * One operation for every registered route: the documented ones with their schemas from the
 * OpenAPI document (HEAD uses its GET's), the others with their path parameters only (their
 * inputs are the path, the query string, headers and whatever body is sent).
 */
export function operationsForRoutes(routes: RegisteredRoute[], documented: Operation[]): Operation[] {
  const byKey = new Map(documented.map((o) => [`${o.method} ${fastifyPath(o.path)}`, o]));
  return routes.map((r) => {
    const doc = byKey.get(`${r.method} ${r.url}`) ?? (r.method === 'HEAD' ? byKey.get(`GET ${r.url}`) : undefined);
    if (doc) return { ...doc, method: r.method };
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}').replace(/\*$/, '{*}');
    const names = [...path.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]);
    return {
      method: r.method,
      path,
      parameters: names.map((name) => ({ in: 'path', name, schema: { type: 'string' }, required: true })),
      undocumented: true,
    };
  });
}

export function operationsOf(doc: Schema): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries<Schema>(doc.paths)) {
    for (const [method, op] of Object.entries<Schema>(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const body = op.requestBody?.content?.['application/json']?.schema;
      ops.push({ method: method.toUpperCase(), path, parameters: op.parameters ?? [], body });
    }
  }
  return ops;
}

export interface FuzzRequest {
  method: string;
  url: string;
  payload?: string | Buffer;
  headers: Record<string, string>;
}

/** Path segments sent as they are, not percent-encoded: bad escapes, encoded NUL and surrogates, dot segments. */
const rawSegments = ['%', '%zz', '%00', 'a%00b', '%ED%A0%80', '%C0%AF', '..', '.', ';', '%2e%2e', '%2F', 'a%20b', '%F0%9F%98%80'];

/** The rest of a wildcard route (/console/*, /docs/*): assets, client-side routes, traversal. */
const wildcardRests = [
  '',
  'index.html',
  'standing.html',
  'assets/',
  'assets/index.js',
  'assets/../../package.json',
  'assets/%2e%2e/%2e%2e/package.json',
  '../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'cases/123',
  'cases/%00',
  'a%00b',
  '%ED%A0%80',
  '%',
  'x'.repeat(900),
  'static/index.html',
  'json',
  'yaml',
];

/** Content types, right and wrong, with charset and boundary parameters that name nothing. */
const contentTypes = [
  'application/json',
  'application/json; charset=utf-16',
  'application/json; charset=bogus',
  'application/octet-stream',
  'application/pdf',
  'text/plain',
  'text/plain; charset=utf-8',
  'text/html',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'image/png',
  'application/*',
  ';;',
  'json',
];

/** Bodies that are not JSON: files (truncated archives, a PDF header, random bytes), forms, nothing. */
const rawBodyArb: fc.Arbitrary<Buffer> = fc.oneof(
  fc
    .constantFrom(
      '',
      '%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n',
      'PK\u0003\u0004\u0014\u0000\u0000\u0000',
      '\u001f\u008b\u0008\u0000',
      '7z\u00bc\u00af\u0027\u001c',
      'a=1&b=%00',
      '--x\r\nContent-Disposition: form-data; name="f"\r\n\r\nv\r\n--x--',
      '<?xml version="1.0"?><a>&b;</a>',
      'hello \u0000 world',
    )
    .map((v) => Buffer.from(v, 'latin1')),
  fc.uint8Array({ maxLength: 2048 }).map((a) => Buffer.from(a)),
);

/** One request for op: path and query from its parameters, a body from its schema, hostile headers now and then. */
export function requestFor(op: Operation, ctx: FuzzContext, credentials: string[]): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const idArb = (param: string): fc.Arbitrary<string> => {
    if (param === '*') return fc.constantFrom(...wildcardRests);
    const own = [...(ctx.idsByField?.get(fieldFor(op.path, param)) ?? [])];
    const encoded = fc.oneof(
      { weight: own.length ? 8 : 0, arbitrary: fc.constantFrom(...(own.length ? own : ['1'])) },
      { weight: 2, arbitrary: fc.constantFrom(...ctx.knownIds.concat(['contact-sharing', 'spam', '1'])) },
      { weight: 1, arbitrary: fc.constantFrom(...hostileStrings.filter(Boolean), 'a/b', '\u202eevil', '  ', "'; drop table cases; --") },
      { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
    );
    return fc.oneof({ weight: 8, arbitrary: encoded.map(encodeComponent) }, { weight: 1, arbitrary: fc.constantFrom(...rawSegments) });
  };
  const pathArb = fc.tuple(...pathParams.map((p) => idArb(p.name))).map((vals) => {
    let p = op.path;
    pathParams.forEach((param, i) => {
      p = p.replace(`{${param.name}}`, vals[i]);
    });
    return p;
  });
  // A documented operation gets its own query parameters; any route also gets stray ones.
  const queryArb = fc.tuple(
    ...queryParams.map((q) =>
      fc.option(
        fc.oneof(
          valueFor(q.schema ?? {}, ctx).map((v) => (typeof v === 'string' && v in RAW_NUMBERS ? RAW_NUMBERS[v] : v)),
          fc.constantFrom('1e309', '-1e309', '1e20', '\u0000', '\ud800', 'true,false'),
        ),
        { nil: undefined },
      ),
    ),
  );
  const strayQueryArb = fc.option(fc.constantFrom('limit=1e309', 'offset=-1', 'a=%00', 'a=%ED%A0%80', 'a[b]=1&a[b]=2', 'locale=%', '%=%', 'token=x'), {
    freq: 4,
    nil: undefined,
  });
  const eventTypes = Object.keys(ctx.components)
    .filter((k) => k.startsWith('event.'))
    .map((k) => k.slice(6));
  const eventArb = fc.constantFrom(...(eventTypes.length ? eventTypes : ['user.login'])).chain((type) =>
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 12 }),
      type: fc.constant(type),
      occurredAt: validString({ format: 'date-time' }, ctx),
      actor: fc.record({ id: fc.constantFrom('fl-1', 'cl-1', 'fl-2') }),
      data: valueFor(ctx.components[`event.${type}`] ?? {}, ctx),
    }),
  );
  const validBody =
    op.path === '/v1/events'
      ? eventArb
      : op.path === '/v1/events/batch'
        ? fc.record({ events: fc.array(eventArb, { maxLength: 4 }) })
        : op.body
          ? valueFor(op.body, ctx)
          : fc.constant(undefined);
  const rawWithType = fc.tuple(rawBodyArb, fc.constantFrom(...contentTypes));
  type Body = { payload?: string | Buffer; contentType?: string };
  // A JSON operation gets mostly JSON (now and then malformed or of the wrong type); any other
  // route that takes a body (uploads, hidden forms) gets bytes under every content type.
  const takesBody = !['GET', 'HEAD', 'DELETE'].includes(op.method);
  const bodyArb: fc.Arbitrary<Body> = op.body
    ? fc.oneof(
        { weight: 8, arbitrary: validBody.map((v) => ({ payload: serialise(v), contentType: 'application/json' })) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom('{"a":', '[]', 'null', '"\\u0000"', '{"version":1e309}', '{"\\u0000":1}', '{"a":"\\ud800"}')
            .map((payload) => ({ payload, contentType: 'application/json' })),
        },
        {
          weight: 1,
          arbitrary: fc.tuple(validBody.map(serialise), fc.constantFrom(...contentTypes)).map(([payload, contentType]) => ({ payload, contentType })),
        },
        { weight: 1, arbitrary: rawWithType.map(([payload, contentType]) => ({ payload, contentType })) },
      )
    : takesBody
      ? fc.oneof(
          { weight: 2, arbitrary: fc.constant<Body>({}) },
          { weight: 6, arbitrary: rawWithType.map(([payload, contentType]) => ({ payload, contentType })) },
          { weight: 1, arbitrary: fc.constantFrom('{}', '{"a":"\\u0000"}', '{').map((payload) => ({ payload, contentType: 'application/json' })) },
        )
      : fc.oneof(
          { weight: 9, arbitrary: fc.constant<Body>({}) },
          { weight: 1, arbitrary: rawWithType.map(([payload, contentType]) => ({ payload, contentType })) },
        );
  const credentialArb = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...credentials).map((k) => ({ authorization: `Bearer ${k}` })) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'warden_session=%E0%A4%A',
          'warden_session=%',
          'warden_session=\u00ff',
          'a=b; warden_session=x%00',
          'warden_session=%ED%A0%80',
          `warden_session=${'a'.repeat(4000)}`,
          'warden_session=;warden_session=x',
          '=;;=',
        )
        .map((c) => ({ cookie: c })),
    },
    { weight: 1, arbitrary: fc.constantFrom('Bearer \u00ff', 'Bearer ', 'Basic abc', 'Bearer wdn_nope', 'Bearer %00').map((a) => ({ authorization: a })) },
    { weight: 1, arbitrary: fc.constantFrom('', '\u00ff', 'wdn_%00').map((k) => ({ 'x-api-key': k })) },
  );
  const extraHeadersArb = fc.option(
    fc.constantFrom<Record<string, string>>(
      { 'accept-language': '*;q=1e309, fr;q=-1, \u00ff' },
      { 'accept-language': 'x'.repeat(3000) },
      { 'if-match': '"%00"' },
      { 'if-match': 'W/"1e309"' },
      { 'x-request-id': 'x'.repeat(500) },
      { accept: 'application/xml' },
      { 'content-length': '0' },
      { range: 'bytes=5-1' },
      { 'if-none-match': '*' },
    ),
    { freq: 5, nil: undefined },
  );
  return fc.tuple(pathArb, queryArb, strayQueryArb, bodyArb, credentialArb, extraHeadersArb).map(([path, query, stray, body, credential, extra]) => {
    const qs = queryParams
      .map((q, i) =>
        query[i] === undefined ? '' : `${encodeURIComponent(q.name)}=${encodeComponent(typeof query[i] === 'string' ? query[i] : JSON.stringify(query[i]))}`,
      )
      .concat(stray ?? '')
      .filter(Boolean)
      .join('&');
    const headers: Record<string, string> = { ...extra, ...credential };
    // content-length is the injector's to set from the body; a stray one above would lie.
    if (body.payload !== undefined) delete headers['content-length'];
    if (body.contentType !== undefined) headers['content-type'] = body.contentType;
    return { method: op.method, url: qs ? `${path}?${qs}` : path, payload: body.payload, headers };
  });
}

/** encodeURIComponent, but a lone surrogate (which it refuses) goes out as its invalid UTF-8 bytes. */
function encodeComponent(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return Array.from(v, (ch) => {
      const c = ch.charCodeAt(0);
      if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff)
        return `%ED%${(0xa0 + ((c >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 + (c & 0x3f)).toString(16).toUpperCase()}`;
      return encodeURIComponent(ch);
    }).join('');
  }
}

function serialise(v: unknown): string {
  let s = JSON.stringify(v) ?? 'null';
  for (const [mark, raw] of Object.entries(RAW_NUMBERS)) s = s.split(JSON.stringify(mark)).join(raw);
  return s;
}

/** Collects ids (fields named id or ...Id, tokens) from a reply, so later requests can name them. */
export function harvestIds(body: unknown, into: Set<string>, byField?: Map<string, Set<string>>, depth = 0, parent = ''): void {
  if (depth > 5 || body === null || typeof body !== 'object') return;
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === 'string' && v.length < 200 && (k === 'id' || k.endsWith('Id') || k === 'token' || k === 'name' || k === 'policy')) {
      into.add(v);
      // An object's own id under a key like "case" or "cases" is that resource's id.
      const field = k === 'id' ? `${parent.replace(/ies$/, 'y').replace(/s$/, '')}Id` : k;
      if (!byField) continue;
      if (!byField.has(field)) byField.set(field, new Set());
      byField.get(field)!.add(v);
    } else if (typeof v === 'object') harvestIds(v, into, byField, depth + 1, Array.isArray(body) ? parent : k);
  }
}
