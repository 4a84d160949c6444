// The error catalogue: every error a client can see has a code, a status and a title here,
// and is turned into application/problem+json (RFC 9457) in one place (server.ts).

export const ErrorCodes = {
  ValidationFailed: { status: 400, title: 'The request is not valid' },
  UnknownEventType: { status: 400, title: 'Unknown event type' },
  Unauthenticated: { status: 401, title: 'Authentication required' },
  Forbidden: { status: 403, title: 'Not allowed' },
  NotFound: { status: 404, title: 'Not found' },
  Conflict: { status: 409, title: 'Conflict' },
  IdempotencyConflict: { status: 409, title: 'Event id already used with a different payload' },
  PayloadTooLarge: { status: 413, title: 'Request body too large' },
  UnsupportedMediaType: { status: 415, title: 'Unsupported media type' },
  RateLimited: { status: 429, title: 'Too many requests' },
  Internal: { status: 500, title: 'Internal error' },
  Unavailable: { status: 503, title: 'Service unavailable' },
} as const;

export type ErrorCode = keyof typeof ErrorCodes;

export interface InvalidParam {
  /** JSON pointer (RFC 6901) into the request body, or a query/path parameter name. */
  pointer: string;
  reason: string;
}

export class WardenError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail?: string;
  readonly invalidParams?: InvalidParam[];
  readonly extra?: Record<string, unknown>;
  constructor(code: ErrorCode, detail?: string, opts: { invalidParams?: InvalidParam[]; extra?: Record<string, unknown> } = {}) {
    super(detail ?? ErrorCodes[code].title);
    this.name = 'WardenError';
    this.code = code;
    this.status = ErrorCodes[code].status;
    this.detail = detail;
    this.invalidParams = opts.invalidParams;
    this.extra = opts.extra;
  }
}

export const validationError = (pointer: string, reason: string, extra?: Record<string, unknown>) =>
  new WardenError('ValidationFailed', `${pointer || '/'} ${reason}`, { invalidParams: [{ pointer, reason }], extra });
export const notFoundError = (what: string, id: string) => new WardenError('NotFound', `${what} ${id} was not found`);
export const forbiddenError = (detail: string) => new WardenError('Forbidden', detail);
export const conflictError = (detail: string) => new WardenError('Conflict', detail);

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  instance?: string;
  invalidParams?: InvalidParam[];
  [k: string]: unknown;
}

export function toProblem(err: WardenError, instance?: string): Problem {
  return {
    type: `https://warden.dev/problems/${err.code.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}`,
    title: ErrorCodes[err.code].title,
    status: err.status,
    code: err.code,
    ...(err.detail ? { detail: err.detail } : {}),
    ...(instance ? { instance } : {}),
    ...(err.invalidParams ? { invalidParams: err.invalidParams } : {}),
    ...(err.extra ?? {}),
  };
}
