// Turns any error thrown in a request into application/problem+json, in one place.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../store/db.ts';
import { MAX_INVALID_PARAMS, toProblem, WardenError } from './errors.ts';

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** How a problem names the request part: JSON pointers in the body, query:<name> and path:<name> elsewhere. */
const PARTS: Record<string, { prefix: string; words: string }> = {
  querystring: { prefix: 'query', words: 'query parameter' },
  params: { prefix: 'path', words: 'path parameter' },
  headers: { prefix: 'header', words: 'header' },
};

const show = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

interface Found {
  error: AjvError;
  reason: string;
  /** A failed union already turned into one reason. */
  resolved?: boolean;
}

function plainReason(e: AjvError): string {
  if (e.keyword === 'enum') return `must be one of: ${(e.params.allowedValues as unknown[]).map(show).join(', ')}`;
  if (e.keyword === 'additionalProperties') return 'is not an allowed property';
  return e.message ?? 'is not valid';
}

/**
 * Every failed field with its reason in words, in AJV's order (allErrors is on). A choice (a
 * union of literals, or an enum) lists its allowed values; a union of types names them. AJV
 * reports a failed anyOf as its branches' errors followed by the anyOf error itself; a union
 * of literals or plain types fails at one path and becomes one reason, any other union is
 * reported by its first branch's first error.
 */
function reasonsOf(errors: AjvError[]): Found[] {
  const found: Found[] = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf') {
      found.push({ error: e, reason: plainReason(e) });
      continue;
    }
    // The branch errors are the ones just before, at or below the union's path.
    let from = found.length;
    while (from > 0 && found[from - 1].error.instancePath.startsWith(e.instancePath)) from--;
    const branches = found.splice(from);
    if (!branches.length) {
      found.push({ error: e, reason: e.message ?? 'is not valid', resolved: true });
      continue;
    }
    const literal = branches.every((b) => !b.resolved && b.error.instancePath === e.instancePath && ['const', 'enum', 'type'].includes(b.error.keyword));
    if (literal) {
      const values = branches.flatMap(({ error: b }) =>
        b.keyword === 'const' ? [show(b.params.allowedValue)] : b.keyword === 'enum' ? (b.params.allowedValues as unknown[]).map(show) : [],
      );
      const types = branches.filter((b) => b.error.keyword === 'type').map((b) => String(b.error.params.type));
      const parts = [...(values.length ? [`one of: ${values.join(', ')}`] : []), ...types];
      found.push({ error: e, reason: `must be ${parts.join(' or ')}`, resolved: true });
    } else found.push({ ...branches[0], resolved: true });
  }
  return found;
}

function fromValidation(err: FastifyError & { validation?: AjvError[]; validationContext?: string }): WardenError {
  const part = PARTS[err.validationContext ?? 'body'];
  const params: { pointer: string; reason: string }[] = [];
  const words: string[] = [];
  const named = new Set<string>();
  for (const { error, reason } of reasonsOf(err.validation!)) {
    let pointer = error.instancePath;
    if (error.keyword === 'required') pointer += `/${error.params.missingProperty}`;
    if (error.keyword === 'additionalProperties') pointer += `/${error.params.additionalProperty}`;
    // A parameter's name, without the leading slash of AJV's path (nested query objects keep theirs).
    const name = pointer.replace(/^\//, '') || '?';
    const key = part ? `${part.prefix}:${name}` : pointer || '/';
    if (named.has(key)) continue;
    named.add(key);
    params.push({ pointer: key, reason });
    words.push(part ? `${part.words} ${name} ${reason}` : `${pointer || '/'} ${reason}`);
  }
  const more = params.length - MAX_INVALID_PARAMS;
  const detail = words.slice(0, MAX_INVALID_PARAMS).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return new WardenError('ValidationFailed', detail, { invalidParams: params.slice(0, MAX_INVALID_PARAMS) });
}

/**
 * PostgreSQL data exceptions (SQLSTATE class 22) that only input can cause: a value the
 * schema let through but a column cannot hold. A backstop: checks at the edge name the field.
 */
const DATA_EXCEPTIONS: Record<string, string> = {
  '22003': 'a number is outside the range Warden stores',
  '22008': 'a date or time is outside the range Warden stores',
  '22007': 'a date or time is not valid',
  '22P02': 'a value is not in the form Warden stores',
  '22021': 'text holds characters that cannot be stored',
  '22P05': 'text holds characters that cannot be stored',
  '22001': 'a value is longer than Warden stores',
};

export function normaliseError(error: unknown): WardenError {
  if (error instanceof WardenError) return error;
  const err = error as FastifyError & { validation?: AjvError[] };
  if (err?.validation?.length) return fromValidation(err);
  switch (err?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new WardenError('PayloadTooLarge', err.message);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new WardenError('UnsupportedMediaType', 'send JSON with Content-Type: application/json');
    // The router's own errors (frameworkErrors in server.ts): a path that is not valid percent-encoding, an over-long parameter.
    case 'FST_ERR_BAD_URL':
      return new WardenError('ValidationFailed', 'the path is not valid percent-encoded text', {
        invalidParams: [{ pointer: 'path', reason: 'is not valid percent-encoding' }],
      });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new WardenError('UriTooLong', 'a path parameter is longer than 1,024 characters');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new WardenError('ValidationFailed', 'the body is empty', { invalidParams: [{ pointer: '/', reason: 'is empty' }] });
  }
  const dataException = typeof err?.code === 'string' ? DATA_EXCEPTIONS[err.code] : undefined;
  if (dataException) return new WardenError('ValidationFailed', dataException, { invalidParams: [{ pointer: '/', reason: dataException }] });
  if (isDatabaseUnavailable(err)) return new WardenError('Unavailable', 'the database cannot be reached right now; retry shortly');
  if (err?.statusCode === 429) return new WardenError('RateLimited', 'rate limit exceeded for this API key; retry after the time in Retry-After');
  if (err?.statusCode === 400 && err instanceof SyntaxError) {
    return new WardenError('ValidationFailed', 'the body is not valid JSON', { invalidParams: [{ pointer: '/', reason: 'is not valid JSON' }] });
  }
  if (err?.statusCode === 400) return new WardenError('ValidationFailed', err.message);
  if (err?.statusCode === 404) return new WardenError('NotFound', err.message);
  return new WardenError('Internal');
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const werr = normaliseError(error);
  if (werr.code === 'Unavailable') {
    request.log.warn({ err: error }, 'request failed: service unavailable');
    reply.header('retry-after', '1');
  } else if (werr.code === 'RateLimited' && typeof werr.extra?.retryAfter === 'number') {
    reply.header('retry-after', String(werr.extra.retryAfter));
  } else if (werr.status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(werr.status).type('application/problem+json').send(toProblem(werr, request.url));
}

/**
 * Node's HTTP parser errors, before any request exists (Fastify's clientErrorHandler): a
 * request or header timeout (408), headers over the size limit (431), anything else the
 * parser refuses (400), each as problem+json like every other error; then the socket closes.
 */
export function clientErrorProblem(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const werr =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new WardenError('RequestTimeout', 'the request did not arrive in time')
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? new WardenError('HeadersTooLarge', 'the request line and headers are over the size limit')
        : new WardenError('ValidationFailed', 'the request is not valid HTTP');
  const body = JSON.stringify(toProblem(werr));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${werr.status} ${STATUS_CODES[werr.status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
