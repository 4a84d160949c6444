// The API reference at /docs/json: a valid OpenAPI document (checked by a maintained
// validator), in which every operation documents its answers and its errors.
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CASES_CONFIG } from '../../src/cases/config.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

interface Media {
  schema?: unknown;
  example?: unknown;
  examples?: unknown;
}
interface Operation {
  responses?: Record<string, { description?: string; content?: Record<string, Media> }>;
}

let w: TestWarden;
let doc: { openapi: string; paths: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  w = await startTestWarden('pglite');
  const res = await w.call('GET', '/docs/json', undefined, null);
  expect(res.status).toBe(200);
  doc = res.body;
});
afterAll(() => w?.close());

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })));

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1/);
  });

  it('gives every operation a success response with a schema and an example', () => {
    const missing: string[] = [];
    for (const { name, op } of operations()) {
      const success = Object.entries(op.responses ?? {}).filter(([status]) => status.startsWith('2'));
      if (success.length === 0) missing.push(`${name}: no 2xx response`);
      for (const [status, r] of success) {
        if (status === '204') continue;
        const media = Object.entries(r.content ?? {});
        if (!media.some(([, m]) => m.schema)) missing.push(`${name} ${status}: no schema`);
        // JSON answers carry an example; binary ones (an identity document image) cannot.
        const json = media.filter(([type]) => type.includes('json'));
        if (json.length && !json.some(([, m]) => m.example !== undefined || m.examples !== undefined)) missing.push(`${name} ${status}: no example`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("describes an appeal's conversation where the API returns it (GET /v1/appeals/{id})", () => {
    const schema = doc.paths['/v1/appeals/{id}']?.get?.responses?.['200']?.content?.['application/json']?.schema as
      | { properties?: Record<string, { items?: { properties?: Record<string, unknown> } }> }
      | undefined;
    expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(['id', 'status', 'messages', 'awaitingUser']));
    expect(Object.keys(schema?.properties?.messages?.items?.properties ?? {})).toEqual(expect.arrayContaining(['author', 'kind', 'text', 'createdAt']));
  });

  it('gives every operation its problem+json error responses', () => {
    const missing: string[] = [];
    for (const { name, op } of operations()) {
      const errors = Object.entries(op.responses ?? {}).filter(([status]) => /^[45]/.test(status));
      if (!errors.some(([, r]) => r.content?.['application/problem+json']?.schema)) missing.push(name);
      if (!errors.some(([status]) => status === '500')) missing.push(`${name}: no 500`);
    }
    expect(missing).toEqual([]);
  });

  // A client copies the examples: a report reason there that the shipped catalogue does not know is answered with a 400.
  it("uses, in the reports' examples, report reasons and labels from the shipped catalogue", () => {
    const known = new Map(DEFAULT_CASES_CONFIG.reportReasons.map((r) => [r.code, r.label]));
    const found: string[] = [];
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (typeof o.reason === 'string') found.push(o.reason);
      if (typeof o.code === 'string' && typeof o.label === 'string') found.push(known.get(o.code) === o.label ? o.code : `${o.code}: ${o.label}`);
      for (const x of Object.values(o)) walk(x);
    };
    for (const { name, op } of operations()) {
      if (!name.includes(' /v1/reports')) continue;
      for (const [status, r] of Object.entries(op.responses ?? {})) {
        if (status.startsWith('2')) for (const m of Object.values(r.content ?? {})) walk([m.example, m.examples]);
      }
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((code) => !known.has(code))).toEqual([]);
  });
});
