// Turns untrusted JSON into a typed WardenEvent, or a 400 that names the field (JSON pointer).
import { FormatRegistry, Type } from '@sinclair/typebox';
import { type TypeCheck, TypeCompiler } from '@sinclair/typebox/compiler';
import { validationError, WardenError } from '../app/errors.ts';
import { EVENT_TYPES, EventDataSchemas, EventEnvelope, type EventType, type WardenEvent } from './schemas.ts';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:?\d{2})$/;
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (v) => DATE_TIME.test(v) && !Number.isNaN(Date.parse(v)));
if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)));

const envelopeCheck = TypeCompiler.Compile(EventEnvelope);
const checks = new Map<string, TypeCheck<ReturnType<typeof Type.Object>>>(
  EVENT_TYPES.map((t) => [t, TypeCompiler.Compile(Type.Object({ ...EventEnvelope.properties, data: EventDataSchemas[t] }, { additionalProperties: false }))]),
);

export function isEventType(t: unknown): t is EventType {
  return typeof t === 'string' && checks.has(t);
}

/** Validates one event. `base` prefixes pointers (e.g. "/events/3" inside a batch). */
export function parseEvent(raw: unknown, base = ''): WardenEvent {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw validationError(base || '/', 'must be a JSON object');
  const type = (raw as { type?: unknown }).type;
  if (typeof type === 'string' && !checks.has(type)) {
    throw new WardenError('UnknownEventType', `unknown event type "${type.slice(0, 100)}"; known types: ${EVENT_TYPES.join(', ')}`, {
      invalidParams: [{ pointer: `${base}/type`, reason: 'unknown event type' }],
      extra: { knownTypes: EVENT_TYPES },
    });
  }
  const check = typeof type === 'string' ? checks.get(type)! : envelopeCheck;
  if (!check.Check(raw)) {
    const first = check.Errors(raw).First();
    const pointer = `${base}${first?.path ?? ''}`;
    throw validationError(pointer, first ? describe(first.message, first.path) : 'is not valid');
  }
  return raw as WardenEvent;
}

function describe(message: string, path: string): string {
  // TypeBox says "Unexpected property" without naming it; the pointer already does.
  return path ? message.replace(/^Expected/, 'expected') : message;
}
