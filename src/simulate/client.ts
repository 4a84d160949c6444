// How the simulator talks to Warden: only through its public HTTP API, either in-process
// (Fastify injection, no socket) or over the network to a running `warden serve`.
import type { FastifyInstance } from 'fastify';

export interface ApiReply {
  status: number;
  body: any;
}

export interface WardenClient {
  request(method: 'GET' | 'POST', path: string, body?: unknown, raw?: { data: Buffer; contentType: string }): Promise<ApiReply>;
}

export function injectClient(app: FastifyInstance, key: string): WardenClient {
  return {
    async request(method, path, body, raw) {
      const { headers, payload } = requestParts(key, body, raw);
      const res = await app.inject({ method, url: path, headers, ...(payload !== undefined ? { payload } : {}) });
      return { status: res.statusCode, body: parse(res.body) };
    },
  };
}

export function httpClient(baseUrl: string, key: string): WardenClient {
  const base = baseUrl.replace(/\/$/, '');
  return {
    async request(method, path, body, raw) {
      const { headers, payload } = requestParts(key, body, raw);
      for (let attempt = 0; ; attempt++) {
        let res: Response;
        try {
          res = await fetch(`${base}${path}`, {
            method,
            headers,
            body: typeof payload === 'string' || payload === undefined ? payload : new Uint8Array(payload),
          });
        } catch (err) {
          // Reads and event ingestion are idempotent: retry them after a network failure or a stalled answer.
          if (attempt < 3 && (method === 'GET' || path.startsWith('/v1/events'))) {
            await new Promise((r) => setTimeout(r, 1000 * 2 ** attempt));
            continue;
          }
          throw err;
        }
        // Honour the rate limiter rather than counting its replies as Warden's decisions.
        if (res.status === 429 && attempt < 20) {
          const wait = Number(res.headers.get('retry-after') ?? '1');
          await new Promise((r) => setTimeout(r, Math.max(0.2, wait) * 1000));
          continue;
        }
        return { status: res.status, body: parse(await res.text()) };
      }
    },
  };
}

/** The headers and payload of one request: raw bytes with their type, JSON, or none. */
function requestParts(
  key: string,
  body: unknown,
  raw: { data: Buffer; contentType: string } | undefined,
): { headers: Record<string, string>; payload?: string | Buffer } {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (raw) return { headers: { ...headers, 'content-type': raw.contentType }, payload: raw.data };
  if (body !== undefined) return { headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(body) };
  return { headers };
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Every page of a paginated list endpoint (`limit`/`offset`, `nextOffset`), or only its first
 * `max` items (pages of at most `max`, no page read past them): the same items, in the same
 * order, as the first `max` of the whole list.
 */
export async function listAll<T>(client: WardenClient, path: string, key: string, pageSize = 500, max = Number.POSITIVE_INFINITY): Promise<T[]> {
  const out: T[] = [];
  let offset: number | null = 0;
  while (offset !== null && out.length < max) {
    const sep = path.includes('?') ? '&' : '?';
    const limit = Math.max(1, Math.min(pageSize, max - out.length));
    const res = await client.request('GET', `${path}${sep}limit=${limit}&offset=${offset}`);
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    out.push(...(res.body[key] as T[]));
    offset = res.body.nextOffset ?? null;
  }
  return out.slice(0, max);
}
