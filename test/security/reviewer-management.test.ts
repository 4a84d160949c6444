// Reviewer management through the admin API: disable/enable (sessions and the reviewer's keys
// stop at once), password reset (sessions end), role change, the last-admin guard, and the
// access trail — on PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const PASSWORD = 'correct horse battery';

for (const backend of await backends()) {
  describe(`reviewer management (${backend})`, () => {
    let w: TestWarden;
    let adminSession: string;
    let adminId: string;
    const login = async (email: string, password = PASSWORD) => w.call('POST', '/v1/auth/login', { email, password }, null);
    const createReviewer = async (email: string, role = 'reviewer') => {
      const r = await w.call('POST', '/v1/admin/users', { email, name: email.split('@')[0], role, password: PASSWORD });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    beforeAll(async () => {
      w = await startTestWarden(backend);
      adminId = await createReviewer('lead@example.com', 'admin');
      adminSession = (await login('lead@example.com')).body.token;
    }, 60_000);
    afterAll(() => w?.close());

    it('disabling ends the sessions and the keys of the reviewer at once, and refuses their login', async () => {
      const id = await createReviewer('ana@example.com', 'admin');
      const session = (await login('ana@example.com')).body.token;
      expect((await w.call('GET', '/v1/auth/me', undefined, session)).status).toBe(200);
      // A key Ana made from her session is hers.
      const made = await w.call('POST', '/v1/admin/keys', { name: 'ana script', scopes: ['read'] }, session);
      expect(made.status).toBe(201);
      expect((await w.call('GET', '/v1/auth/me', undefined, made.body.key)).status).toBe(200);

      const off = await w.call('POST', `/v1/admin/users/${id}/disable`, { reason: 'left the team' }, adminSession);
      expect(off.status).toBe(200);
      expect(off.body.disabledAt).toEqual(expect.any(String));
      expect(off.body.sessionsEnded).toBe(1);
      expect((await w.call('GET', '/v1/auth/me', undefined, session)).status).toBe(401);
      expect((await w.call('GET', '/v1/auth/me', undefined, made.body.key)).status).toBe(401);
      const refused = await login('ana@example.com');
      expect(refused.status).toBe(401);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      // Idempotent, and listed with disabledAt.
      expect((await w.call('POST', `/v1/admin/users/ana@example.com/disable`, {})).status).toBe(200);
      const listed = (await w.call('GET', '/v1/admin/users')).body.users.find((u: { id: string }) => u.id === id);
      expect(listed.disabledAt).toEqual(expect.any(String));

      const on = await w.call('POST', `/v1/admin/users/${id}/enable`, undefined, adminSession);
      expect(on.status).toBe(200);
      expect(on.body.disabledAt).toBeNull();
      expect((await w.call('GET', '/v1/auth/me', undefined, session)).status).toBe(401); // old sessions stay ended
      expect((await login('ana@example.com')).status).toBe(200);
      expect((await w.call('GET', '/v1/auth/me', undefined, made.body.key)).status).toBe(200);
    });

    it('a password reset ends the sessions; the old password stops working; a generated one is returned once', async () => {
      const id = await createReviewer('bo@example.com');
      const session = (await login('bo@example.com')).body.token;
      const set = await w.call('POST', `/v1/admin/users/${id}/reset-password`, { password: 'another long secret' }, adminSession);
      expect(set.status).toBe(200);
      expect(set.body.sessionsEnded).toBe(1);
      expect(set.body.temporaryPassword).toBeUndefined();
      expect((await w.call('GET', '/v1/auth/me', undefined, session)).status).toBe(401);
      expect((await login('bo@example.com')).status).toBe(401);
      expect((await login('bo@example.com', 'another long secret')).status).toBe(200);

      const generated = await w.call('POST', `/v1/admin/users/${id}/reset-password`, {}, adminSession);
      expect(generated.status).toBe(200);
      expect(generated.body.temporaryPassword).toMatch(/^[\w-]{20}$/);
      expect((await login('bo@example.com', generated.body.temporaryPassword)).status).toBe(200);

      const short = await w.call('POST', `/v1/admin/users/${id}/reset-password`, { password: 'short' }, adminSession);
      expect(short.status).toBe(400);
      expect(short.body.invalidParams[0].pointer).toBe('/password');
    });

    it('a role change takes effect on the next request of a live session', async () => {
      const id = await createReviewer('cy@example.com', 'reviewer');
      const session = (await login('cy@example.com')).body.token;
      expect((await w.call('GET', '/v1/auth/me', undefined, session)).body.scopes).toContain('review');
      const r = await w.call('POST', `/v1/admin/users/${id}/role`, { role: 'triage' }, adminSession);
      expect(r.status).toBe(200);
      expect(r.body.role).toBe('triage');
      const me = await w.call('GET', '/v1/auth/me', undefined, session);
      expect(me.body.scopes).toEqual(['read']);
      const bad = await w.call('POST', `/v1/admin/users/${id}/role`, { role: 'owner' }, adminSession);
      expect(bad.status).toBe(400);
      expect(bad.body.invalidParams[0].pointer).toContain('role');
    });

    it('a demoted admin’s keys lose the admin scope with them', async () => {
      const id = await createReviewer('di@example.com', 'admin');
      const session = (await login('di@example.com')).body.token;
      const key = (await w.call('POST', '/v1/admin/keys', { name: 'di admin', scopes: ['admin'] }, session)).body.key;
      expect((await w.call('GET', '/v1/admin/users', undefined, key)).status).toBe(200);
      expect((await w.call('POST', `/v1/admin/users/${id}/role`, { role: 'reviewer' }, adminSession)).status).toBe(200);
      expect((await w.call('GET', '/v1/admin/users', undefined, key)).status).toBe(401);
    });

    it('only admins manage reviewers; nobody disables themselves or the last admin', async () => {
      const id = await createReviewer('ed@example.com', 'reviewer');
      const session = (await login('ed@example.com')).body.token;
      const forbidden = await w.call('POST', `/v1/admin/users/${adminId}/disable`, {}, session);
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.code).toBe('Forbidden');
      const readKey = (await w.call('POST', '/v1/admin/keys', { name: 'r', scopes: ['read', 'review'] })).body.key;
      expect((await w.call('POST', `/v1/admin/users/${id}/role`, { role: 'admin' }, readKey)).status).toBe(403);

      const self = await w.call('POST', `/v1/admin/users/${adminId}/disable`, {}, adminSession);
      expect(self.status).toBe(409);
      expect(self.body.code).toBe('CannotDisableSelf');
      // Lead is the only admin left once the others are gone: neither disabled nor demoted.
      for (const u of (await w.call('GET', '/v1/admin/users')).body.users)
        if (u.role === 'admin' && u.id !== adminId) await w.call('POST', `/v1/admin/users/${u.id}/role`, { role: 'reviewer' });
      const last = await w.call('POST', `/v1/admin/users/${adminId}/disable`, {});
      expect(last.status).toBe(409);
      expect(last.body.code).toBe('LastAdmin');
      expect((await w.call('POST', `/v1/admin/users/${adminId}/role`, { role: 'triage' })).body.code).toBe('LastAdmin');
      expect((await w.call('POST', '/v1/admin/users/nobody@example.com/enable', {})).status).toBe(404);
    });

    it('every change is in the access trail with who made it, never a password', async () => {
      const id = await createReviewer('fa@example.com');
      await w.call('POST', `/v1/admin/users/${id}/disable`, { reason: 'holiday' }, adminSession);
      await w.call('POST', `/v1/admin/users/${id}/enable`, {}, adminSession);
      await w.call('POST', `/v1/admin/users/${id}/reset-password`, { password: 'a brand new secret' }, adminSession);
      await w.call('POST', `/v1/admin/users/${id}/role`, { role: 'triage' }, adminSession);
      const trail = await w.call('GET', `/v1/admin/audit?targetId=${id}`);
      expect(trail.status).toBe(200);
      expect(trail.body.entries.map((e: { action: string }) => e.action)).toEqual([
        'user.role_changed',
        'user.password_reset',
        'user.enabled',
        'user.disabled',
        'user.created',
      ]);
      expect(trail.body.entries[0]).toMatchObject({ actor: { kind: 'user', id: adminId }, detail: { from: 'reviewer', to: 'triage' } });
      expect(trail.body.entries[3].detail.reason).toBe('holiday');
      expect(JSON.stringify(trail.body)).not.toContain('a brand new secret');
      expect((await w.call('GET', '/v1/admin/audit', undefined, (await login('fa@example.com', 'a brand new secret')).body.token)).status).toBe(403);
    });
  });
}
