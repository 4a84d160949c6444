// The console's server side over HTTP: serving the built app, signed standing links and
// their public API, the notice preview, and the case reveal the console calls.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/app/server.ts';
import { createConsoleRoutes } from '../../src/console/routes.ts';
import { createStandingLink, resolveSigningSecret } from '../../src/console/standing-links.ts';
import { type ConsoleWarden, createReviewer, startConsoleWarden } from '../helpers/console-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends } from '../helpers/warden.ts';

const dist = mkdtempSync(join(tmpdir(), 'warden-console-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>console</title>');
writeFileSync(join(dist, 'standing.html'), '<!doctype html><title>standing</title>');
writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
writeFileSync(join(dist, 'assets', 'app-1234.css'), 'body{}');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe.each(await backends())('console routes on %s', (backend) => {
  let w: ConsoleWarden;
  let caseId: string;
  beforeAll(async () => {
    w = await startConsoleWarden(backend, { distDir: dist });
    for (const e of [
      ev.registered('fl-1', 'freelancer'),
      ev.registered('cl-1', 'client'),
      ev.message('fl-1', 'cl-1', 'Lets skip the fees, pay me via PayPal and email me at jane.doe.design@gmail.com'),
    ])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    const cases = await w.call('GET', '/v1/cases?accountId=fl-1');
    caseId = cases.body.cases[0].id;
  });
  afterAll(() => w?.close());

  it('serves the app with SPA fallback, the right types and caching, and nothing outside the build', async () => {
    const page = await w.app.inject({ url: '/console/cases/abc' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<title>console</title>');
    const js = await w.app.inject({ url: '/console/assets/app-1234.js' });
    expect([js.statusCode, js.headers['content-type'], js.headers['cache-control']]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    expect((await w.app.inject({ url: '/console/assets/app-1234.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    const again = await w.app.inject({ url: '/console/assets/app-1234.js', headers: { 'if-none-match': js.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect((await w.app.inject({ url: '/console/assets/missing.js' })).statusCode).toBe(404);
    for (const evil of ['/console/assets/..%2f..%2f..%2fpackage.json', '/console/..%2f..%2f..%2fetc%2fpasswd', '/console/assets/%2e%2e/%2e%2e/x']) {
      const r = await w.app.inject({ url: evil });
      expect(r.body).not.toContain('"devDependencies"');
      expect(r.body).not.toContain('root:');
    }
    expect((await w.app.inject({ url: '/console' })).headers.location).toBe('/console/');
    const root = await w.app.inject({ url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/console/');
    const standing = await w.app.inject({ url: '/standing/some-token' });
    expect(standing.body).toContain('<title>standing</title>');
    expect(standing.headers['referrer-policy']).toBe('no-referrer');
  });

  it('explains a missing build instead of failing', async () => {
    const bare = await buildServer(w.ctx, [createConsoleRoutes({ distDir: join(dist, 'does-not-exist') })]);
    try {
      const r = await bare.inject({ url: '/console/' });
      expect(r.statusCode).toBe(503);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.body).toContain('node scripts/build-console.mjs');
    } finally {
      await bare.close();
    }
  });

  it('issues standing links to the marketplace and reviewers only, and opens them without a key', async () => {
    const triage = await createReviewer(w, 'triage', 'Tia Triage');
    const login = await w.call('POST', '/v1/auth/login', { email: triage.email, password: triage.password }, null);
    expect((await w.call('POST', '/v1/accounts/fl-1/standing-link', {}, login.body.token)).status).toBe(403);
    const marketplace = await w.call('POST', '/v1/admin/keys', { name: 'marketplace', scopes: ['events:write'] });
    const link = await w.call('POST', '/v1/accounts/fl-1/standing-link', { ttlDays: 2 }, marketplace.body.key);
    expect(link.status).toBe(201);
    expect(link.body.url).toBe(`/standing/${link.body.token}`);
    expect(new Date(link.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(47 * 3600_000);
    const s = await w.call('GET', `/v1/standing/${link.body.token}`, undefined, null);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ accountId: 'fl-1', status: 'good', linkExpiresAt: link.body.expiresAt });
    expect(s.headers['cache-control']).toBe('no-store');
    // In every language notices are written in, Hindi included.
    const hi = await w.call('GET', `/v1/standing/${link.body.token}?locale=hi`, undefined, null);
    expect(hi.body.locale).toBe('hi');
    expect(hi.body.summary).toBe('आपके खाते की स्थिति अच्छी है: कोई सक्रिय कार्रवाई नहीं, कोई स्ट्राइक नहीं।');
  });

  it('refuses a forged link with 401 and an expired one with 410, both as problem+json', async () => {
    const forged = await w.call('GET', '/v1/standing/Zm9v.zzzzzz.bm90LWEtbWFj', undefined, null);
    expect(forged.status).toBe(401);
    expect(forged.headers['content-type']).toContain('application/problem+json');
    const secret = await resolveSigningSecret(w.ctx.db, w.ctx.config.signingSecret);
    const old = createStandingLink(secret, 'fl-1', { now: new Date(Date.now() - 10 * 86_400_000), ttlDays: 7 });
    const expired = await w.call('GET', `/v1/standing/${old.token}`, undefined, null);
    expect(expired.status).toBe(410);
    expect(expired.headers['content-type']).toContain('application/problem+json');
    expect(expired.body).toMatchObject({ status: 410, expiredAt: old.expiresAt });
    expect(JSON.stringify(expired.body)).not.toContain(old.token);
    const appeal = await w.call('POST', `/v1/standing/${old.token}/appeals`, { actionId: 'x', text: 'please' }, null);
    expect(appeal.status).toBe(410);
  });

  it('previews the notice of an action without applying it, reveals contacts with an audit entry, and appeals through a link', async () => {
    const preview = await w.call('POST', '/v1/console/notice-preview', { caseId, type: 'warning' });
    expect(preview.status).toBe(200);
    expect(preview.body.text).toContain('pay me via PayPal');
    // The reviewer reads the preview: contact details stay behind the audited reveal.
    expect(preview.body.text).not.toContain('jane.doe.design@gmail.com');
    expect(preview.body.text).toContain('[contact hidden]');
    expect(preview.body.text).not.toMatch(/offplatform|score|detector/i);
    // The step being applied is the warning: the next one is the restriction, as the real notice says.
    expect(preview.body.text).toContain('the next step is a restriction');
    expect(preview.body.text).not.toContain('the next step is a warning');
    const before = await w.call('GET', '/v1/accounts/fl-1/standing');
    expect(before.body.activeActions).toHaveLength(0);

    const reviewer = await createReviewer(w, 'reviewer', 'Rae Reviewer');
    const session = (await w.call('POST', '/v1/auth/login', { email: reviewer.email, password: reviewer.password }, null)).body.token;
    const reveal = await w.call('POST', `/v1/cases/${caseId}/reveal`, { reason: 'check the address' }, session);
    expect(reveal.status).toBe(200);
    expect(reveal.body.text).toContain('jane.doe.design@gmail.com');
    const audit = (await w.call('GET', `/v1/cases/${caseId}`)).body.audit;
    expect(audit.at(-1)).toMatchObject({ action: 'contact_revealed', actor: { id: reviewer.id }, detail: { reason: 'check the address' } });

    const resolved = await w.call(
      'POST',
      `/v1/cases/${caseId}/resolve`,
      { resolution: 'action', action: { type: 'warning' }, reason: 'payment outside' },
      session,
    );
    expect(resolved.status).toBe(200);
    const link = await w.call('POST', '/v1/accounts/fl-1/standing-link', {});
    const standing = await w.call('GET', `/v1/standing/${link.body.token}`, undefined, null);
    expect(standing.body.activeActions).toHaveLength(1);
    // Internal review facts stay internal.
    expect(JSON.stringify(standing.body)).not.toContain(reviewer.id);
    expect(standing.body.activeActions[0].caseId).toBeUndefined();
    const actionId = standing.body.activeActions[0].id;
    const other = await w.call('POST', '/v1/accounts/cl-1/standing-link', {});
    // No link to a page about an account Warden never heard of.
    expect((await w.call('POST', '/v1/accounts/nobody-here/standing-link', {})).status).toBe(404);
    const wrongAccount = await w.call('POST', `/v1/standing/${other.body.token}/appeals`, { actionId, text: 'not mine' }, null);
    expect(wrongAccount.status).toBe(404);
    const filed = await w.call('POST', `/v1/standing/${link.body.token}/appeals`, { actionId, text: 'I was explaining the rules, not asking.' }, null);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ actionId, status: 'open' });
    const twice = await w.call('POST', `/v1/standing/${link.body.token}/appeals`, { actionId, text: 'again' }, null);
    expect(twice.status).toBe(409);
  });
});
