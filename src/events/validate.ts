// Turns untrusted JSON into a typed WardenEvent, or a 400 that names the field (JSON pointer).
import { isIP } from 'node:net';
import { FormatRegistry, Type } from '@sinclair/typebox';
import { type TypeCheck, TypeCompiler } from '@sinclair/typebox/compiler';
import { type InvalidParam, invalidFieldsError, validationError, WardenError } from '../app/errors.ts';
import { findUnstorable } from '../app/input-guard.ts';
import { EVENT_TYPES, EventDataSchemas, EventEnvelope, type WardenEvent } from './schemas.ts';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|[+-](\d{2}):?(\d{2}))$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether year-month-day is a day of the calendar: JavaScript's Date.parse rolls 2026-02-30
 * over to March 2nd, which both databases refuse (SQLSTATE 22008) long after the field is known.
 */
function isCalendarDay(y: string, m: string, d: string): boolean {
  const month = Number(m);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
}

/** RFC 3339 date-time: a calendar day, a time of day (seconds 00-59) and an offset up to ±23:59. */
function isDateTime(v: string): boolean {
  const m = DATE_TIME.exec(v);
  if (!m) return false;
  const [, y, mo, d, h, mi, sec, , oh, om] = m;
  return isCalendarDay(y, mo, d) && Number(h) <= 23 && Number(mi) <= 59 && Number(sec) <= 59 && (oh === undefined || (Number(oh) <= 23 && Number(om) <= 59));
}
// Marketplace facts happen between 1970 and 2100; outside that a date is a mistake, and
// years like 0001 are beyond what both databases and JavaScript dates agree on.
export const EARLIEST_DATE = Date.UTC(1970, 0, 1);
export const LATEST_DATE = Date.UTC(2100, 0, 1);
const inRange = (t: number) => !Number.isNaN(t) && t >= EARLIEST_DATE && t < LATEST_DATE;
FormatRegistry.Set('date-time', (v) => isDateTime(v) && inRange(Date.parse(v)));
FormatRegistry.Set('date', (v) => {
  const m = DATE.exec(v);
  return m !== null && isCalendarDay(m[1], m[2], m[3]) && inRange(Date.parse(v));
});

const envelopeCheck = TypeCompiler.Compile(EventEnvelope);
const checks = new Map<string, TypeCheck<ReturnType<typeof Type.Object>>>(
  EVENT_TYPES.map((t) => [t, TypeCompiler.Compile(Type.Object({ ...EventEnvelope.properties, data: EventDataSchemas[t] }, { additionalProperties: false }))]),
);

/**
 * Validates one event. `base` prefixes pointers (e.g. "/events/3" inside a batch). Every
 * invalid field is listed (at most MAX_INVALID_PARAMS of errors.ts, the rest counted), one reason per field.
 */
export function parseEvent(raw: unknown, base = ''): WardenEvent {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw validationError(base || '/', 'must be a JSON object');
  // Batches and NATS messages reach here without the HTTP guard: NUL, lone surrogates, 1e309.
  const unstorable = findUnstorable(raw, base);
  if (unstorable) throw validationError(unstorable.pointer, unstorable.reason);
  const type = (raw as { type?: unknown }).type;
  if (typeof type === 'string' && !checks.has(type)) {
    throw new WardenError('UnknownEventType', `unknown event type "${type.slice(0, 100)}"; known types: ${EVENT_TYPES.join(', ')}`, {
      invalidParams: [{ pointer: `${base}/type`, reason: 'unknown event type' }],
      extra: { knownTypes: EVENT_TYPES },
    });
  }
  const check = typeof type === 'string' ? checks.get(type)! : envelopeCheck;
  const invalid: InvalidParam[] = [];
  const add = (pointer: string, reason: string) => {
    if (!invalid.some((p) => p.pointer === pointer)) invalid.push({ pointer, reason });
  };
  if (!check.Check(raw)) for (const e of check.Errors(raw)) add(`${base}${e.path}`, describe(e.message, e.path));
  // IP addresses feed network facts (ASN, country, shared-IP links): a string that is not one
  // would be looked up, stored and linked as if it were.
  const { data, actor } = raw as { data?: { ip?: unknown }; actor?: { ip?: unknown } };
  for (const [pointer, ip] of [
    ['/data/ip', data?.ip],
    ['/actor/ip', actor?.ip],
  ] as const)
    if (typeof ip === 'string' && isIP(ip) === 0) add(`${base}${pointer}`, 'must be an IPv4 or IPv6 address');
  // An event from the far future would sit in every time window (strikes, counters, trust) for years.
  const occurred = Date.parse(String((raw as { occurredAt?: unknown }).occurredAt));
  if (occurred > Date.now() + MAX_CLOCK_SKEW_MS) add(`${base}/occurredAt`, 'must not be more than 24 hours in the future');
  if (invalid.length) throw invalidFieldsError(invalid);
  return raw as WardenEvent;
}

/** How far ahead of Warden's clock an event's occurredAt may be (clock skew between systems). */
export const MAX_CLOCK_SKEW_MS = 24 * 3_600_000;

function describe(message: string, path: string): string {
  if (/'date-time' format/.test(message)) return 'must be an RFC 3339 date-time (2026-11-22T10:00:00Z) between 1970 and 2100';
  if (/'date' format/.test(message)) return 'must be a date (2026-11-22) between 1970 and 2100';
  // TypeBox says "Unexpected property" without naming it; the pointer already does.
  return path ? message.replace(/^Expected/, 'expected') : message;
}
