// The one pino logger; subsystems take a child (logger.child({ subsystem: 'events' })).
// What users wrote and secrets in URLs stay out of logs: database errors lose the parameters
// and quoted values they carry (message text, contact details), request URLs lose tokens.
import { type DestinationStream, type Logger, pino } from 'pino';

/** Paths whose last segment is a bearer secret (signed standing links). */
const SECRET_IN_PATH = /(\/standing\/)[^/?#]+/g;
const SECRET_IN_QUERY = /([?&](?:token|key|secret|signature)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  return url.replace(SECRET_IN_PATH, '$1[redacted]').replace(SECRET_IN_QUERY, '$1[redacted]');
}

// Fields database drivers (pg, PGlite) attach to errors that can hold user data.
const DATA_FIELDS = ['parameters', 'params', 'query', 'detail', 'where', 'internalQuery', 'values'];

/** An error as pino writes it, minus the data a failed statement carried. */
export function serializeError(err: unknown): unknown {
  const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!out || typeof out !== 'object') return out;
  const isDatabaseError = typeof out.code === 'string' && /^[0-9A-Z]{5}$/.test(out.code);
  for (const f of DATA_FIELDS) if (f in out) out[f] = '[redacted]';
  if (isDatabaseError) {
    // PostgreSQL quotes the offending value in its messages: "invalid input syntax ... "value"".
    if (typeof out.message === 'string') out.message = out.message.replace(/"[^"]*"/g, '"…"');
    if (typeof out.stack === 'string') out.stack = out.stack.replace(/"[^"]*"/g, '"…"');
  }
  return out;
}

function serializeRequest(req: { method?: string; url?: string; id?: unknown }) {
  return { method: req.method, url: typeof req.url === 'string' ? redactUrl(req.url) : req.url, id: req.id };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError, req: serializeRequest },
    },
    destination,
  );
}
export type { Logger };
