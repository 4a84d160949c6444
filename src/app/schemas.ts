// Schema pieces every route module shares: literal unions and the problem+json error
// responses. Route schemas validate requests, type handlers (TypeBox type provider) and
// document the API, so each is written once, here or next to its routes.
import { FormatRegistry, type TLiteral, type TSchema, type TUnion, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { type ErrorCode, ErrorCodes } from './errors.ts';

/** A union of string literals whose static type keeps the literals ('open' | 'resolved'), not `string`. */
export const literals = <const T extends string>(values: readonly T[], options: { description?: string; default?: T } = {}): TUnion<TLiteral<T>[]> =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  );

/** Every error answer (RFC 9457), in the document as components.schemas.Problem. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the kind of problem: https://warden.dev/problems/<code in kebab-case>' }),
    title: Type.String({ description: 'The kind of problem, in words; the same for every occurrence of a code' }),
    status: Type.Integer({ description: 'The HTTP status' }),
    detail: Type.Optional(Type.String({ description: 'This occurrence, in words' })),
    code: literals(Object.keys(ErrorCodes) as ErrorCode[], { description: 'What clients branch on; see the error catalogue in the README' }),
    instance: Type.Optional(Type.String({ description: 'The request path' })),
    invalidParams: Type.Optional(
      Type.Array(
        Type.Object({
          pointer: Type.String({ description: 'A JSON pointer into the body (/subject/id), or query:<name> / path:<name> / header:<name>' }),
          reason: Type.String(),
        }),
      ),
    ),
  },
  {
    $id: 'Problem',
    additionalProperties: true,
    description: 'application/problem+json; some codes add fields (CaseHeld: assignee, AppealWindowClosed: deadline, LinkExpired: expiredAt)',
    examples: [
      {
        type: 'https://warden.dev/problems/validation-failed',
        title: 'The request is not valid',
        status: 400,
        code: 'ValidationFailed',
        detail: '/data/text must be string',
        instance: '/v1/events',
        invalidParams: [{ pointer: '/data/text', reason: 'must be string' }],
      },
    ],
  },
);

const STATUS_WORDS: Record<number, string> = {
  400: 'The request is not valid (ValidationFailed, UnknownEventType)',
  401: 'No valid API key or session (Unauthenticated)',
  403: 'The caller lacks the scope or role (Forbidden)',
  404: 'Not found (NotFound)',
  409: 'Conflicts with the current state',
  410: 'Gone (LinkExpired)',
  413: 'Body too large (PayloadTooLarge)',
  415: 'Unsupported media type (UnsupportedMediaType)',
  428: 'The edit names no base version (PreconditionRequired)',
  429: 'Over the rate limit (RateLimited)',
  500: 'Unexpected error (Internal); nothing is disclosed',
  503: 'A dependency does not answer (Unavailable)',
};

/** The codes a status answers with, for the document ("409: CaseHeld, CaseResolved"). */
const codesOf = (status: number) =>
  (Object.keys(ErrorCodes) as ErrorCode[]).filter((c) => ErrorCodes[c].status === status).map((c) => `${c}: ${ErrorCodes[c].description}`);

const ProblemRef = Type.Ref(ProblemSchema);

/** problem+json responses for these statuses, to spread into a route's `response`. */
export function problems<const S extends number>(...statuses: S[]) {
  const out = {} as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemRef } } }>;
  for (const status of statuses) {
    const codes = status === 409 ? ` — ${codesOf(409).join(' · ')}` : '';
    out[status] = { description: `${STATUS_WORDS[status] ?? 'Error'}${codes}`, content: { 'application/problem+json': { schema: ProblemRef } } };
  }
  return out;
}

/** An open object: documented properties, and others passed through as they are. */
export const Open = <T extends Parameters<typeof Type.Object>[0]>(properties: T, options: { description?: string; examples?: unknown[] } = {}) =>
  Type.Object(properties, { additionalProperties: true, ...options });

// Response checks (WARDEN_CHECK_RESPONSES, on in the tests) read date-times.
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (v) => !Number.isNaN(Date.parse(v)));

/**
 * Why a reply does not match the schema documented for its status, or undefined when it does.
 * The payload is checked as JSON (dates as strings, no undefined), as a client receives it.
 */
export function responseMismatch(response: unknown, status: number, contentType: string | undefined, payload: unknown): string | undefined {
  if (!response || typeof response !== 'object') return undefined;
  const byStatus = response as Record<string, unknown>;
  let schema = (byStatus[status] ?? byStatus[`${String(status)[0]}xx`]) as TSchema | { content?: Record<string, { schema: TSchema }> } | undefined;
  if (!schema) return undefined;
  if ('content' in schema && schema.content) {
    const type = (contentType ?? '').split(';')[0].trim();
    schema = schema.content[type]?.schema;
    if (!schema) return undefined;
  }
  const json = JSON.parse(JSON.stringify(payload) ?? 'null');
  const first = Value.Errors(schema as TSchema, [ProblemSchema], json).First();
  return first ? `${first.path || '/'} ${first.message} (got ${JSON.stringify(first.value)?.slice(0, 200)})` : undefined;
}

/** maxLength a request string gets when its schema names none, by format; anything else is an id or a name. */
const DEFAULT_MAX_LENGTH: Record<string, number> = { 'date-time': 64, date: 32, email: 320, uri: 2048 };
const DEFAULT_ID_LENGTH = 200;

/**
 * A copy of a request schema (body, querystring, params, headers) in which every string has a
 * maxLength, so an oversized value is a 400 naming the field before any service (or a regex,
 * or the database) sees it: a 200 KB subscriptionId was processed. Strings that name a bound
 * keep theirs; the default is by format (DEFAULT_MAX_LENGTH), else 200 characters (the length
 * of Warden's ids). A copy, because TypeBox schemas are shared with replies. Shared schemas
 * behind a $ref are left to their own definition.
 */
export function withBoundedStrings<T>(schema: T, depth = 0): T {
  if (!schema || typeof schema !== 'object' || depth > 32) return schema;
  if (Array.isArray(schema)) return schema.map((b) => withBoundedStrings(b, depth + 1)) as T;
  const s: Record<string | symbol, unknown> = { ...(schema as Record<string | symbol, unknown>) };
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('string') && s.const === undefined && s.enum === undefined && typeof s.maxLength !== 'number') {
    s.maxLength = DEFAULT_MAX_LENGTH[String(s.format)] ?? DEFAULT_ID_LENGTH;
  }
  if (s.properties && typeof s.properties === 'object') {
    s.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, withBoundedStrings(v, depth + 1)]));
  }
  for (const key of ['items', 'additionalProperties', 'not', 'anyOf', 'oneOf', 'allOf'] as const) {
    if (s[key] && typeof s[key] === 'object') s[key] = withBoundedStrings(s[key], depth + 1);
  }
  return s as T;
}
