// Concurrent writes: policy edits name the version they build on and get 409 when it is
// stale (never a 500 from a duplicate version number); identical reports sent at once
// count once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

for (const backend of await backends()) {
  describe(`concurrent edits (${backend})`, () => {
    let w: TestWarden;
    beforeAll(async () => {
      w = await startTestWarden(backend);
    });
    afterAll(() => w?.close());

    it('ten concurrent policy edits: no 500, each saved one gets its own version; stale bases are 409', async () => {
      const head = await w.call('GET', '/v1/policies/spam');
      const base = head.body.versions[0].version;
      expect(head.headers.etag).toBe(`"${base}"`);
      const doc = head.body.current.document;
      // Without a base: refused with 428 naming the field, nothing saved.
      const free = await Promise.all(
        Array.from({ length: 10 }, (_, i) => w.call('POST', '/v1/policies/spam/versions', { document: doc, comment: `free ${i}` })),
      );
      expect(free.map((r) => r.status)).toEqual(Array(10).fill(428));
      expect(free[0].headers['content-type']).toMatch(/application\/problem\+json/);
      expect(free[0].body).toMatchObject({ code: 'PreconditionRequired', invalidParams: [{ pointer: '/baseVersion' }] });
      expect((await w.call('GET', '/v1/policies/spam')).body.versions[0].version).toBe(base);
      // Each based on the version before it: all saved, serially numbered, none lost to a duplicate key.
      for (let i = 0; i < 10; i++) {
        const r = await w.call('POST', '/v1/policies/spam/versions', { document: doc, comment: `serial ${i}`, baseVersion: base + i });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
        expect(r.body.version).toBe(base + i + 1);
      }
      // With the same base: exactly one wins, the others are told to rebase.
      const latest = base + 10;
      const based = await Promise.all(
        Array.from({ length: 10 }, (_, i) => w.call('POST', '/v1/policies/spam/versions', { document: doc, comment: `based ${i}`, baseVersion: latest })),
      );
      const statuses = based.map((r) => r.status).sort();
      expect(statuses).toEqual([201, ...Array(9).fill(409)]);
      const conflict = based.find((r) => r.status === 409)!;
      expect(conflict.body.code).toBe('Conflict');
      expect(conflict.body.latestVersion).toBe(latest + 1);
    }, 180_000);

    it('ten identical reports at once make one report (the others are its duplicates)', async () => {
      const report = { reporterId: 'cl-r1', subject: { type: 'account', id: 'fl-r1', accountId: 'fl-r1' }, reason: 'spam', comment: 'again and again' };
      const replies = await Promise.all(Array.from({ length: 10 }, () => w.call('POST', '/v1/reports', report)));
      expect(replies.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
      expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
      expect(replies.filter((r) => r.body.duplicate === false)).toHaveLength(1);
      const rows = await w.ctx.db.selectFrom('reports').select('id').where('reporter_id', '=', 'cl-r1').execute();
      expect(rows).toHaveLength(1);
    });

    it('If-Match with a stale ETag is 409, with the current one 201', async () => {
      const head = await w.call('GET', '/v1/policies/scams');
      const etag = head.headers.etag as string;
      const doc = head.body.current.document;
      const send = (tag: string) =>
        w.app.inject({
          method: 'POST',
          url: '/v1/policies/scams/versions',
          headers: { authorization: `Bearer ${w.adminKey}`, 'if-match': tag },
          payload: { document: doc },
        });
      expect((await send(etag)).statusCode).toBe(201);
      expect((await send(etag)).statusCode).toBe(409);
      expect((await send('not-a-version')).statusCode).toBe(400);
    });
  });
}
