// The shape of a request, before any service sees it:
// - a JSON endpoint given any other content type (text/plain, XML, a form) answers 415
//   problem+json, while POST /v1/attachments still takes raw bodies of any non-JSON type;
// - a body with several invalid fields names every one of them (not only the first), with a
//   bound on how many are listed;
// - every string a request can carry (body, query, path) has a documented maxLength, and an
//   oversized id is a 400 naming it, never processed.
import { check } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzContext, operationsOf, resolve } from '../helpers/fuzz.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe('request shape: content types, every invalid field, bounded strings', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { rateLimitPerMinute: 1_000_000 });
  });
  afterAll(() => w?.close());

  const send = (url: string, payload: string, contentType: string) =>
    w.app.inject({ method: 'POST', url, payload, headers: { 'content-type': contentType, authorization: `Bearer ${w.adminKey}` } });

  it('text/plain, XML and form bodies on JSON endpoints are 415 problem+json', async () => {
    for (const [url, type] of [
      ['/v1/screen', 'text/plain'],
      ['/v1/screen', 'text/plain; charset=utf-8'],
      ['/v1/events', 'text/plain'],
      ['/v1/reports', 'application/xml'],
      ['/v1/screen', 'application/x-www-form-urlencoded'],
      ['/v1/screen', 'image/png'],
    ] as const) {
      const res = await send(url, '{"text":"hello","kind":"message"}', type);
      expect(res.statusCode, `${type} on ${url}: ${res.body}`).toBe(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().detail).toMatch(/application\/json/);
    }
    // JSON itself, and a JSON media type with parameters, still work.
    expect((await send('/v1/screen', '{"text":"hello","kind":"message"}', 'application/json; charset=utf-8')).statusCode).toBe(200);
  }, 120_000);

  it('attachments still take text/plain, PDFs and octet streams', async () => {
    for (const type of ['text/plain', 'text/csv', 'application/pdf', 'image/png', 'application/octet-stream', 'application/x-custom']) {
      const res = await send(`/v1/attachments?name=${encodeURIComponent(`note-${type.replace('/', '-')}.txt`)}`, 'just some words in a file', type);
      expect(res.statusCode, `${type}: ${res.body}`).toBeLessThan(300);
    }
  });

  it('a body with several invalid fields names every one', async () => {
    const res = await w.call('POST', '/v1/admin/users', { email: 42, name: 7, role: 'king', password: 'correct horse battery', extra: 1 });
    expect(res.status).toBe(400);
    const pointers = res.body.invalidParams.map((p: { pointer: string }) => p.pointer).sort();
    expect(pointers).toEqual(['/email', '/extra', '/name', '/role']);
    for (const p of ['/email', '/name', '/role', '/extra']) expect(res.body.detail).toContain(p);
    // The choice still lists its values.
    expect(res.body.invalidParams.find((p: { pointer: string }) => p.pointer === '/role').reason).toMatch(/must be one of: .*'admin'/);
    // Missing fields are each named too.
    const missing = await w.call('POST', '/v1/admin/users', {});
    expect(missing.status).toBe(400);
    expect(missing.body.invalidParams.map((p: { pointer: string }) => p.pointer).sort()).toEqual(['/email', '/name', '/password', '/role']);
  });

  it('the list of invalid fields is bounded', async () => {
    // An array of 500 bad items: each would be an error; the reply lists a bounded number.
    const res = await w.call('POST', '/v1/admin/keys', { name: 'k', scopes: Array.from({ length: 500 }, () => 99) });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.length).toBeGreaterThan(1);
    expect(res.body.invalidParams.length).toBeLessThanOrEqual(20);
    expect(res.body.detail.length).toBeLessThan(5_000);
    expect(res.body.detail).toMatch(/and \d+ more$/);
  });

  it('an oversized id on dead-letter replay is a 400 naming it with its maxLength, not processed', async () => {
    const huge = 'x'.repeat(200_000);
    const res = await w.call('POST', '/v1/webhooks/dead-letters/replay', { subscriptionId: huge });
    expect(res.status).toBe(400);
    expect(res.body.invalidParams[0].pointer).toBe('/subscriptionId');
    expect(res.body.invalidParams[0].reason).toMatch(/must NOT have more than \d+ characters/);
    const path = await w.call('POST', `/v1/webhooks/deliveries/${'y'.repeat(1_000)}/replay`);
    expect(path.status).toBe(400);
    expect(path.body.invalidParams[0].pointer).toBe('path:id');
  });

  it('every string in every request schema (body, query, path, headers) has a maxLength, and every pattern is safe', async () => {
    await w.app.ready();
    const doc = w.app.swagger() as any;
    const ctx: FuzzContext = { knownIds: [], components: doc.components?.schemas ?? {} };
    const unbounded: string[] = [];
    const unsafe: string[] = [];
    let strings = 0;
    let patterns = 0;
    const found: { where: string; pattern: string }[] = [];
    const walk = (raw: any, where: string, seen: Set<unknown>) => {
      const s = resolve(raw, ctx);
      if (!s || typeof s !== 'object' || seen.has(s)) return;
      seen.add(s);
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (types.includes('string') && s.const === undefined && s.enum === undefined) {
        strings++;
        if (typeof s.maxLength !== 'number') unbounded.push(where);
      }
      // With allErrors every keyword runs, a pattern too, whatever the length: it must be linear.
      if (typeof s.pattern === 'string') {
        patterns++;
        found.push({ where, pattern: s.pattern });
      }
      for (const [k, v] of Object.entries<any>(s.properties ?? {})) walk(v, `${where}/${k}`, seen);
      if (s.items) walk(s.items, `${where}/*`, seen);
      if (s.additionalProperties && typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${where}/{}`, seen);
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const b of s[key] ?? []) walk(b, where, seen);
    };
    for (const op of operationsOf(doc)) {
      const name = `${op.method} ${op.path}`;
      if (op.body) walk(op.body, `${name} body`, new Set());
      for (const p of op.parameters) walk(p.schema, `${name} ${p.in}:${p.name}`, new Set());
    }
    for (const p of new Map(found.map((f) => [f.pattern, f])).values()) {
      const d = await check(p.pattern, '', { timeout: 60_000 });
      if (d.status !== 'safe') unsafe.push(`${p.where}: ${p.pattern} (${d.status}${d.status === 'vulnerable' ? `, ${d.complexity.type}` : ''})`);
    }
    expect(unbounded).toEqual([]);
    expect(unsafe).toEqual([]);
    expect(strings).toBeGreaterThan(150);
    expect(patterns).toBeGreaterThan(5);
  });
});
