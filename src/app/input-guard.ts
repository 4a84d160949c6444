// Text and numbers the database cannot store faithfully are bad input, refused with a 400
// that names the field, before any route or service sees them: NUL characters (PostgreSQL
// text and jsonb reject them), lone UTF-16 surrogates (not Unicode: jsonb rejects them,
// text columns would silently store U+FFFD), and numbers beyond JSON's finite doubles or
// beyond exact integers (1e309 parses as Infinity).
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The handler checks each item of the body itself (a batch answers per item), so the guard leaves the body alone. */
    bodyCheckedPerItem?: boolean;
  }
}

import { type InvalidParam, WardenError } from './errors.ts';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why s cannot be stored, or undefined when it can. */
export function unstorableText(s: string): string | undefined {
  if (s.includes('\u0000')) return 'must not contain NUL (\\u0000) characters';
  if (LONE_SURROGATE.test(s)) return 'must be valid Unicode (it holds a lone UTF-16 surrogate)';
  return undefined;
}

function unstorableNumber(n: number): string | undefined {
  if (!Number.isFinite(n)) return 'must be a finite number';
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) return `must be between ${Number.MIN_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`;
  return undefined;
}

const escapePointer = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Arrays and plain objects: what JSON parsing, query strings and path parameters produce. Any other
 * object is not data a client wrote but a body a route took raw (the attachment upload's request
 * stream, a Buffer): walking it would follow the socket, the server and their listeners, a graph
 * so large that one upload over a real socket kept the event loop busy for good.
 */
function isJsonContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The first value under `value` (keys included) that cannot be stored, with its JSON pointer; only arrays and plain objects are walked. */
export function findUnstorable(value: unknown, pointer = '', depth = 0): InvalidParam | undefined {
  if (typeof value === 'string') {
    const reason = unstorableText(value);
    return reason ? { pointer: pointer || '/', reason } : undefined;
  }
  if (typeof value === 'number') {
    const reason = unstorableNumber(value);
    return reason ? { pointer: pointer || '/', reason } : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > 64 || !isJsonContainer(value)) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorable(value[i], `${pointer}/${i}`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(value)) {
    const at = `${pointer}/${escapePointer(k)}`;
    const keyReason = unstorableText(k);
    if (keyReason) return { pointer: at, reason: `has a property name that ${keyReason}` };
    const found = findUnstorable(v, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function refuse(found: InvalidParam): never {
  throw new WardenError('ValidationFailed', `${found.pointer} ${found.reason}`, { invalidParams: [found] });
}

/** preValidation hook: path parameters, query and JSON body; names the field like schema errors do. */
export async function rejectUnstorableInput(req: FastifyRequest): Promise<void> {
  for (const [where, value] of [
    ['path', req.params],
    ['query', req.query],
  ] as const) {
    // Fastify's params and query objects have prototypes of their own (not Object.prototype), which
    // findUnstorable does not walk; they are always client data, so they are copied into a plain object.
    const found = value !== null && typeof value === 'object' ? findUnstorable({ ...value }) : undefined;
    if (found) refuse({ pointer: `${where}:${found.pointer.replace(/^\//, '')}`, reason: found.reason });
  }
  if (req.routeOptions.config?.bodyCheckedPerItem) return;
  const found = findUnstorable(req.body);
  if (found) refuse(found);
}
