// Webhooks cannot be pointed at the inside of the network: private, loopback and link-local
// targets are refused at subscription and again at connection time (after DNS), redirects
// are not followed, and a receiver that never answers is given up on at the time-out.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnforceConfig } from '../../src/enforce/config.ts';
import { deliverDue } from '../../src/enforce/webhooks/delivery.ts';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

interface Local {
  port: number;
  hits: string[];
  close(): Promise<void>;
}

/** A local HTTP server: /redirect answers 302 to /landed, /hang never answers, the rest 200. */
async function localServer(): Promise<Local> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    if (req.url === '/redirect') return res.writeHead(302, { location: '/landed' }).end();
    if (req.url === '/hang') return; // never answers
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

for (const backend of await backends()) {
  describe(`webhook targets (${backend})`, () => {
    let w: TestWarden;
    let local: Local;
    beforeAll(async () => {
      w = await startEnforceWarden(backend);
      local = await localServer();
    }, 120_000);
    afterAll(async () => {
      await local?.close();
      await w?.close();
    });

    it('refuses private, loopback and link-local targets at subscription, naming /url', async () => {
      for (const url of [
        `http://127.0.0.1:${local.port}/hook`,
        `http://localhost:${local.port}/hook`,
        'http://169.254.169.254/latest/meta-data/iam/',
        'http://10.0.0.8/hook',
        'http://[::1]/hook',
        'http://[::ffff:127.0.0.1]/hook',
        'http://0.0.0.0/hook',
      ]) {
        const r = await w.call('POST', '/v1/webhooks', { url, topics: ['action.applied'] });
        expect(r.status, url).toBe(400);
        expect(r.headers['content-type']).toContain('application/problem+json');
        expect(r.body.invalidParams[0].pointer).toBe('/url');
        expect(r.body.invalidParams[0].reason).toMatch(/not a public address/);
      }
      expect(local.hits).toEqual([]);
    });

    // A subscription made while a name was public (or before this check existed) is checked
    // again when connecting: stored rows are written directly here to stand for that.
    const subscribe = async (id: string, url: string) => {
      await w.ctx.db
        .insertInto('webhook_subscriptions')
        .values({ id, url, topics: JSON.stringify(['action.applied']), secret: 'whsec_0123456789abcdef', created_at: new Date() })
        .execute();
    };
    const lastErrorOf = async (id: string) =>
      await w.ctx.db.selectFrom('webhook_deliveries').select(['status', 'last_error']).where('subscription_id', '=', id).executeTakeFirstOrThrow();
    const deliverOnly = async (id: string, cfg: ReturnType<typeof loadEnforceConfig>) => {
      // Only this subscription's delivery is due: the others are pushed out of the way.
      await w.ctx.db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date(Date.now() + 86_400_000) })
        .where('subscription_id', '!=', id)
        .execute();
      await deliverDue(w.ctx.db, new Date(), { config: cfg, key: w.ctx.deploymentKey.key });
    };
    let n = 0;
    const act = () => w.ctx.enforcement.applyAction(w.ctx.db, { accountId: `fl-ssrf-${++n}`, type: 'warning', policy: 'spam', reason: 'links' });

    it('checks the address again at connection time, after DNS', async () => {
      await subscribe('whs_rebound', `http://localhost:${local.port}/rebound`);
      await act();
      await deliverOnly('whs_rebound', loadEnforceConfig({}, { webhookMaxAttempts: 3 }));
      const d = await lastErrorOf('whs_rebound');
      expect(d.status).toBe('pending');
      expect(d.last_error).toMatch(/localhost \((127\.0\.0\.1|::1)\) is not a public address/);
      expect(local.hits).not.toContain('/rebound');
      await w.ctx.db.updateTable('webhook_subscriptions').set({ deleted_at: new Date() }).where('id', '=', 'whs_rebound').execute();
    });

    it('does not follow redirects, and gives up on a receiver that never answers', async () => {
      const allowed = loadEnforceConfig({}, { webhookMaxAttempts: 3, webhookAllowPrivateTargets: true, webhookTimeoutMs: 500 });
      await subscribe('whs_redirect', `http://127.0.0.1:${local.port}/redirect`);
      await act();
      await deliverOnly('whs_redirect', allowed);
      const r = await lastErrorOf('whs_redirect');
      expect(r.last_error).toMatch(/answered 302; redirects are not followed/);
      expect(local.hits).toContain('/redirect');
      expect(local.hits).not.toContain('/landed');
      await w.ctx.db.updateTable('webhook_subscriptions').set({ deleted_at: new Date() }).where('id', '=', 'whs_redirect').execute();

      await subscribe('whs_hang', `http://127.0.0.1:${local.port}/hang`);
      await act();
      await deliverOnly('whs_hang', allowed);
      const h = await lastErrorOf('whs_hang');
      expect(h.status).toBe('pending');
      expect(h.last_error).toMatch(/no answer within 500 ms/);
    });
  });
}
