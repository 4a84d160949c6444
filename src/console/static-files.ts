// Serves the built console from disk: hashed assets cached for a year, HTML never cached,
// and nothing outside the build folder reachable (paths are resolved, then checked).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import type { FastifyReply } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Headers for every console page. The standing page carries a bearer token in its URL, so
 * no referrer leaves it; the console and the page are never framed.
 */
export const PAGE_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` that `relative` names, or null when it escapes `root` or is not a file. */
export async function findFile(root: string, relative: string): Promise<{ path: string; size: number; mtime: Date } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const full = resolve(base, normalize(`.${sep}${decoded}`));
  if (full !== base && !full.startsWith(base + sep)) return null;
  try {
    const s = await stat(full);
    return s.isFile() ? { path: full, size: s.size, mtime: s.mtime } : null;
  } catch {
    return null;
  }
}

export async function sendFile(reply: FastifyReply, file: { path: string; size: number; mtime: Date }, immutable: boolean): Promise<FastifyReply> {
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtime.getTime()).toString(16)}"`;
  reply
    .header('content-type', contentTypeOf(file.path))
    .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
    .header('etag', etag)
    .header('x-content-type-options', 'nosniff');
  if (reply.request.headers['if-none-match'] === etag) return reply.status(304).send();
  if (file.path.endsWith('.html')) for (const [k, v] of Object.entries(PAGE_HEADERS)) reply.header(k, v);
  return reply.header('content-length', file.size).send(createReadStream(file.path));
}
