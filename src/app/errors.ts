// The error catalogue: every error a client can see has a code, a status and a title here,
// and is turned into application/problem+json (RFC 9457) in one place (server.ts).

export const ErrorCodes = {
  ValidationFailed: { status: 400, title: 'The request is not valid', description: 'A field is missing or wrong; `invalidParams` points at it.' },
  UnknownEventType: { status: 400, title: 'Unknown event type', description: 'The event `type` is not one Warden knows.' },
  Unauthenticated: { status: 401, title: 'Authentication required', description: 'No API key or session, or an unknown, expired or revoked one.' },
  Forbidden: { status: 403, title: 'Not allowed', description: 'The key or reviewer lacks the scope, or the role, this needs.' },
  NotFound: { status: 404, title: 'Not found', description: 'The resource or route does not exist.' },
  MethodNotAllowed: {
    status: 405,
    title: 'Method not allowed',
    description: 'The path exists but not with this method; the `Allow` header (and `allow`) lists the methods it takes.',
  },
  RequestTimeout: { status: 408, title: 'Request timeout', description: 'The request (headers or body) did not arrive in time; send it again.' },
  Conflict: { status: 409, title: 'Conflict', description: 'The request conflicts with the current state (a conflict without a more precise code).' },
  IdempotencyConflict: { status: 409, title: 'Event id already used with a different payload', description: 'Send a new `id`, or the same payload.' },
  UserExists: { status: 409, title: 'A reviewer with this e-mail already exists', description: 'Reviewer e-mails are unique.' },
  LastAdmin: {
    status: 409,
    title: 'The last active admin cannot be disabled or demoted',
    description: 'Someone must be able to manage reviewers: make another reviewer admin first.',
  },
  CannotDisableSelf: {
    status: 409,
    title: 'A reviewer cannot disable their own account',
    description: 'Another admin disables it, so no one locks themselves out by mistake.',
  },
  CaseHeld: {
    status: 409,
    title: 'Another reviewer holds this case',
    description: 'The case is claimed by someone else (`assignee`); admins may pass `force: true`.',
  },
  CaseResolved: { status: 409, title: 'The case is already resolved', description: 'Resolved cases cannot be claimed, released, escalated or resolved again.' },
  ReportNotQueued: {
    status: 409,
    title: 'The report is not in the triage queue',
    description: 'Only a report waiting in report triage can be escalated or closed there; others are decided through their case.',
  },
  ActionNotProposed: { status: 409, title: 'The action is not a proposal', description: 'Only a proposed action can be approved.' },
  ActionNotActive: { status: 409, title: 'The action is not in force', description: 'Only an active action can be lifted.' },
  NothingToAppeal: {
    status: 409,
    title: 'There is nothing to appeal',
    description: 'The action was never applied or is already lifted, or the strike is already removed.',
  },
  AppealWindowClosed: {
    status: 409,
    title: 'The appeal window has closed',
    description: 'Appeals are taken within a set number of days of the decision (`deadline`).',
  },
  AlreadyAppealed: { status: 409, title: 'This decision was already appealed', description: 'One appeal per action or strike (`appealId` names it).' },
  AppealDecided: { status: 409, title: 'The appeal was already decided', description: 'An appeal is decided once.' },
  VerificationClosed: {
    status: 409,
    title: 'The verification is not open',
    description: 'Documents are taken while a verification is requested; a decided verification is not decided again.',
  },
  VerificationIncomplete: { status: 409, title: 'The verification has no documents yet', description: 'It cannot be approved before the user sends them.' },
  PreconditionRequired: {
    status: 428,
    title: 'Name the version this edit is based on',
    description:
      'A policy edit must send `baseVersion` (0 for a new policy) or an `If-Match` header with the ETag of GET /v1/policies/{name}, so a concurrent edit is never overwritten unseen.',
  },
  VerificationNeedsNoDocuments: {
    status: 409,
    title: 'This verification takes no documents',
    description:
      'A light check only asks the owner to confirm the sign-in (two-step verification, an e-mail link); the marketplace approves it through decide.',
  },
  DisputeAlreadyOpen: {
    status: 409,
    title: 'This milestone or week already has an open dispute',
    description: 'One open dispute per milestone (fixed price) or billed week (hourly); `disputeId` names it: add evidence to it instead.',
  },
  DisputeDecided: { status: 409, title: 'The dispute was already decided', description: 'A dispute is decided once; its decision is final in Warden.' },
  DisputeClosedToEvidence: {
    status: 409,
    title: 'The dispute is decided: no more evidence is taken',
    description: 'Evidence is added while the dispute is open (late evidence is kept and marked late until the decision).',
  },
  ConfirmationRequired: {
    status: 409,
    title: 'This action needs an explicit confirmation',
    description:
      'A permanent suspension takes effect only with `confirm` set to the account id, typed again by the reviewer (`invalidParams` names the field).',
  },
  LinkExpired: { status: 410, title: 'Link expired', description: 'The standing link is past its expiry (`expiredAt`); ask for a new one.' },
  PayloadTooLarge: { status: 413, title: 'Request body too large', description: 'The body is over the limit for this endpoint.' },
  UriTooLong: { status: 414, title: 'URI too long', description: 'A path parameter is longer than Warden reads (1,024 characters).' },
  UnsupportedMediaType: { status: 415, title: 'Unsupported media type', description: 'Send JSON, or raw bytes where a file is expected.' },
  HeadersTooLarge: { status: 431, title: 'Request headers too large', description: 'The request line and headers are over the server limit.' },
  RateLimited: { status: 429, title: 'Too many requests', description: 'Over the per-key rate limit; retry after `Retry-After`.' },
  Internal: { status: 500, title: 'Internal error', description: 'An unexpected error; nothing about it is disclosed, the log has it.' },
  Unavailable: { status: 503, title: 'Service unavailable', description: 'A dependency (database, scanner) does not answer, or the server is closing.' },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

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

/** At most this many invalid fields are listed (the rest are counted): a body of 500 bad items stays a short answer. */
export const MAX_INVALID_PARAMS = 20;

/** One 400 listing every invalid field (at most MAX_INVALID_PARAMS, the rest counted in the detail). */
export function invalidFieldsError(params: InvalidParam[]): WardenError {
  if (params.length === 1) return validationError(params[0].pointer, params[0].reason);
  const shown = params.slice(0, MAX_INVALID_PARAMS);
  const more = params.length - shown.length;
  const detail = shown.map((p) => `${p.pointer || '/'} ${p.reason}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return new WardenError('ValidationFailed', detail, { invalidParams: shown });
}

export const validationError = (pointer: string, reason: string, extra?: Record<string, unknown>) =>
  new WardenError('ValidationFailed', `${pointer || '/'} ${reason}`, { invalidParams: [{ pointer, reason }], extra });
export const notFoundError = (what: string, id: string) => new WardenError('NotFound', `${what} ${id} was not found`);
export const forbiddenError = (detail: string) => new WardenError('Forbidden', detail);
/** A 409: pass the code of the conflict's kind so clients can tell them apart. */
export const conflictError = (detail: string, code: ConflictCode = 'Conflict') => new WardenError(code, detail);

/** The codes answered with 409. */
export type ConflictCode = { [K in ErrorCode]: (typeof ErrorCodes)[K]['status'] extends 409 ? K : never }[ErrorCode];

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
