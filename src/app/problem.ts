// Turns any error thrown in a request into application/problem+json, in one place.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '../store/db.ts';
import { toProblem, WardenError } from './errors.ts';

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

/**
 * The reason in words. A choice (a union of literals, or an enum) lists its allowed values;
 * a union of types names them. AJV (allErrors off) reports a failed anyOf as each branch's
 * first error followed by the anyOf error itself, all at the same path when the branches are
 * literals or plain types.
 */
function reasonOf(errors: AjvError[]): { error: AjvError; reason: string } {
  const last = errors[errors.length - 1];
  if (last.keyword === 'anyOf') {
    const branches = errors.filter((e) => e !== last && e.instancePath === last.instancePath);
    if (branches.length === errors.length - 1 && branches.every((e) => ['const', 'enum', 'type'].includes(e.keyword))) {
      const values = branches.flatMap((e) =>
        e.keyword === 'const' ? [show(e.params.allowedValue)] : e.keyword === 'enum' ? (e.params.allowedValues as unknown[]).map(show) : [],
      );
      const types = branches.filter((e) => e.keyword === 'type').map((e) => String(e.params.type));
      const parts = [...(values.length ? [`one of: ${values.join(', ')}`] : []), ...types];
      return { error: last, reason: `must be ${parts.join(' or ')}` };
    }
  }
  const first = errors[0];
  if (first.keyword === 'enum') return { error: first, reason: `must be one of: ${(first.params.allowedValues as unknown[]).map(show).join(', ')}` };
  if (first.keyword === 'additionalProperties') return { error: first, reason: 'is not an allowed property' };
  return { error: first, reason: first.message ?? 'is not valid' };
}

function fromValidation(err: FastifyError & { validation?: AjvError[]; validationContext?: string }): WardenError {
  const { error, reason } = reasonOf(err.validation!);
  let pointer = error.instancePath;
  if (error.keyword === 'required') pointer += `/${error.params.missingProperty}`;
  if (error.keyword === 'additionalProperties') pointer += `/${error.params.additionalProperty}`;
  const part = PARTS[err.validationContext ?? 'body'];
  if (!part) return new WardenError('ValidationFailed', `${pointer || '/'} ${reason}`, { invalidParams: [{ pointer: pointer || '/', reason }] });
  // A parameter's name, without the leading slash of AJV's path (nested query objects keep theirs).
  const name = pointer.replace(/^\//, '') || '?';
  return new WardenError('ValidationFailed', `${part.words} ${name} ${reason}`, { invalidParams: [{ pointer: `${part.prefix}:${name}`, reason }] });
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
