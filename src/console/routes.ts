// The console's place in the server: the built React app at /console (with SPA fallback),
// the account-standing page at /standing/{token}, the signed standing links and their
// public API, and two console helpers (a case's attachments with their verdicts, a notice preview).
// The audited contact reveal is the cases API's: POST /v1/cases/{id}/reveal.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { spend } from '../access/throttle.ts';
import type { AppContext } from '../app/context.ts';
import { toProblem, WardenError } from '../app/errors.ts';
import { literals as lit, Open, problems } from '../app/schemas.ts';
import type { RouteModule, WardenApp } from '../app/server.ts';
import type { AppealConversation } from '../enforce/appeals.ts';
import { ACTION_TYPES, RESTRICTABLE_FEATURES } from '../enforce/config.ts';
import { accountLocale } from '../enforce/notices/store.ts';
import { Locale } from '../events/schemas.ts';
import { SEVERITIES } from '../policy/schema.ts';
import { requireAccount } from '../trust/assessment.ts';
import { accountTimeline, TIMELINE_KINDS, type TimelineKind } from './account-timeline.ts';
import { previewActionNotice } from './notice-preview.ts';
import { toPublicStanding } from './public-standing.ts';
import { SEARCH_KINDS, type SearchKind, search } from './search.ts';
import { createStandingLink, DEFAULT_LINK_TTL_DAYS, LinkExpiredError, resolveSigningSecret, verifyStandingToken } from './standing-links.ts';
import { findFile, PAGE_HEADERS, sendFile } from './static-files.ts';

export const DEFAULT_DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../console/dist');

/** A comma-separated list of some of `values` in a query string, checked by the schema. */
const listOf = (values: readonly string[], description: string) =>
  Type.String({ pattern: `^(${values.join('|')})(,(${values.join('|')}))*$`, maxLength: 200, description });
const splitList = <T extends string>(v: string | undefined): T[] | undefined => (v ? (v.split(',') as T[]) : undefined);

const timelineExample = {
  accountId: 'fl-42',
  entries: [
    {
      at: '2026-11-22T11:00:00.000Z',
      kind: 'action',
      id: 'act_0c4d',
      type: 'warning',
      summary: 'Reviewer warning under contact-sharing until 2027-05-21: Shared a phone number before a contract.',
      status: 'active',
      links: { actionId: 'act_0c4d', caseId: 'case_71b2', strikeId: 'stk_19a2' },
      text: null,
    },
    {
      at: '2026-11-22T10:00:00.000Z',
      kind: 'event',
      id: 'evt-1',
      type: 'message.sent',
      summary: 'Message to cl-7',
      status: null,
      links: { counterpartId: 'cl-7' },
      text: 'my whatsapp is [contact hidden]',
    },
  ],
  nextCursor: 'WyIyMDI2LTExLTIyVDEwOjAwOjAwLjAwMFoiLCJldmVudCIsImV2dC0xIl0',
};

const searchExample = {
  q: 'whatsapp',
  accounts: [],
  cases: [
    {
      id: 'case_71b2',
      reason: 'contact-sharing: phone',
      status: 'open',
      queue: 'contact',
      source: 'detection',
      priority: 62,
      accountId: 'fl-42',
      subject: { type: 'message', id: 'm-1' },
      openedAt: '2026-11-22T10:00:00.000Z',
      matched: 'text',
    },
  ],
  content: [
    {
      eventId: 'evt-1',
      type: 'message.sent',
      accountId: 'fl-42',
      at: '2026-11-22T10:00:00.000Z',
      subjectId: 'm-1',
      caseId: 'case_71b2',
      excerpt: 'my whatsapp is [contact hidden]',
    },
  ],
};

const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 1000 }) });

const N = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Time = Type.String({ format: 'date-time' });
const noticeExample = {
  id: 'ntc_2b9e',
  kind: 'action',
  createdAt: '2026-11-22T11:00:00.000Z',
  locale: 'en',
  subject: 'Messaging paused for 7 days',
  text: 'You shared a phone number before a contract: "my whatsapp is +44 7911 123456". …',
  html: '<p>You shared a phone number …</p>',
};

function missingBuildPage(reply: FastifyReply, distDir: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Warden console not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;color:#1f2933;max-width:40rem;margin:4rem auto;padding:0 1rem}code{background:#f1f3f5;padding:.1rem .35rem;border-radius:4px}</style></head>
<body><h1>The console has not been built yet</h1>
<p>Warden serves the reviewer console from <code>${distDir.replace(/[<>&]/g, '')}</code>, which does not exist.</p>
<p>Build it with <code>node scripts/build-console.mjs</code> (<code>npm start</code> does this for you), then reload this page.</p>
<p>The API works without it: see <a href="/docs">/docs</a>.</p></body></html>`;
  for (const [k, v] of Object.entries(PAGE_HEADERS)) reply.header(k, v);
  return reply.status(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

function expiredProblem(req: FastifyRequest, reply: FastifyReply, err: LinkExpiredError) {
  // The instance hides the token: it is the user's credential.
  const problem = toProblem(
    new WardenError('LinkExpired', err.message, { extra: { expiredAt: err.expiredAt } }),
    req.url.replace(/\/standing\/[^/?]+/, '/standing/…'),
  );
  return reply.status(410).type('application/problem+json').send(problem);
}

/** Builds the route module; `distDir` lets tests point at another build (or none). */
export function createConsoleRoutes(opts: { distDir?: string } = {}): RouteModule {
  const distDir = opts.distDir ?? DEFAULT_DIST_DIR;
  return async function consoleRoutes(app: WardenApp, ctx: AppContext) {
    let secret: Promise<Buffer> | undefined;
    const signingSecret = () => {
      secret ??= resolveSigningSecret(ctx.db, ctx.config.signingSecret).catch((err) => {
        secret = undefined;
        throw err;
      });
      return secret;
    };
    const open = async (token: string) => verifyStandingToken(await signingSecret(), token);

    app.post(
      '/v1/accounts/:id/standing-link',
      {
        // Either of two may issue links: the marketplace (events:write) or a reviewer (review).
        // Authenticated before the handler, so the caller's rate limit counts these too.
        config: { scope: ['events:write', 'review'] },
        schema: {
          tags: ['standing'],
          summary: "A signed, expiring link to the account's standing page (default 7 days), to give to the user",
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }),
          body: Type.Optional(Type.Object({ ttlDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })) }, { additionalProperties: false })),
          response: {
            201: Open(
              { url: Type.String({ description: 'The standing page to give the user' }), token: Type.String(), expiresAt: Time },
              {
                examples: [{ token: 'eyJhIjoiZmwtNDIi…', url: 'https://warden.example/standing/eyJhIjoiZmwtNDIi…', expiresAt: '2026-11-29T10:00:00.000Z' }],
              },
            ),
          },
        },
      },
      async (req, reply) => {
        // A link to an account Warden never heard of would open a page about nobody: 404, as standing does.
        await requireAccount(ctx.db, req.params.id);
        const ttlDays = req.body?.ttlDays ?? DEFAULT_LINK_TTL_DAYS;
        const link = createStandingLink(await signingSecret(), req.params.id, { ttlDays });
        return reply.status(201).header('cache-control', 'no-store').send(link);
      },
    );

    app.get(
      '/v1/standing/:token',
      {
        config: { scope: null },
        // Public: whoever holds a link. Bounded per client address against token guessing.
        onRequest: async (req) => spend(ctx.throttles.publicPages, req.ip, 'too many requests to standing pages from this address'),
        schema: {
          tags: ['standing'],
          summary: 'The standing an account link opens: notices, strikes, actions, appeals, what the user can do now (401 invalid, 410 expired)',
          params: TokenParams,
          querystring: Type.Object({ locale: Type.Optional(Type.String({ pattern: Locale.pattern, maxLength: 35 })) }),
          response: {
            200: Open(
              { accountId: Type.String(), asOf: Time, linkExpiresAt: Time, status: Type.String(), summary: Type.String() },
              {
                description: "The account's standing as the user may see it (no reviewer names, no internal notes)",
                examples: [
                  {
                    accountId: 'fl-42',
                    locale: 'en',
                    asOf: '2026-11-23T09:00:00.000Z',
                    linkExpiresAt: '2026-11-29T10:00:00.000Z',
                    status: 'restricted',
                    summary: 'Messaging is paused until 29 November.',
                    activeActions: [{ id: 'act_0c4d', type: 'restriction', feature: 'messaging', endsAt: '2026-11-29T11:00:00.000Z' }],
                    strikes: { active: [], points: 3, next: { atPoints: 6, action: 'payment_hold' }, history: [] },
                    appeals: {
                      open: [
                        {
                          id: 'apl_91f0',
                          actionId: 'act_0c4d',
                          strikeId: null,
                          text: 'I only shared my portfolio link.',
                          status: 'open',
                          decision: null,
                          createdAt: '2026-11-23T09:00:00.000Z',
                          awaitingUser: true,
                          messages: [
                            {
                              id: 'apm_1',
                              author: 'reviewer',
                              kind: 'question',
                              text: 'Who is the client you mentioned?',
                              createdAt: '2026-11-23T10:00:00.000Z',
                            },
                          ],
                        },
                      ],
                      decided: [],
                    },
                    verifications: [],
                    notices: [noticeExample],
                    whatYouCanDo: [{ kind: 'appeal', actionId: 'act_0c4d' }],
                  },
                ],
              },
            ),
            ...problems(401, 410, 429),
          },
        },
      },
      async (req, reply) => {
        try {
          const link = await open(req.params.token);
          // The user's page speaks the user's language: the one asked for, else the account's.
          const locale = req.query.locale ?? (await accountLocale(ctx.db, link.accountId, ctx.enforcement.config));
          const standing = await ctx.enforcement.standing(ctx.db, link.accountId, { locale });
          // Each appeal with its conversation: the user's statements and answers, the reviewer's questions and replies.
          const conversations = new Map<string, AppealConversation>();
          for (const a of [...standing.appeals.open, ...standing.appeals.decided])
            conversations.set(a.id, await ctx.enforcement.appealConversation(ctx.db, a.id));
          return reply
            .header('cache-control', 'no-store')
            .header('referrer-policy', 'no-referrer')
            .send(toPublicStanding(standing, link, conversations));
        } catch (err) {
          if (err instanceof LinkExpiredError) return expiredProblem(req, reply, err);
          throw err;
        }
      },
    );

    app.post(
      '/v1/standing/:token/appeals',
      {
        config: { scope: null },
        // Public: whoever holds a link. Bounded per client address against token guessing.
        onRequest: async (req) => spend(ctx.throttles.publicPages, req.ip, 'too many requests to standing pages from this address'),
        schema: {
          tags: ['standing'],
          summary: 'The user appeals an action or a strike from their standing page (one appeal each, within the appeal window)',
          params: TokenParams,
          body: Type.Object(
            {
              actionId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
              strikeId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
              text: Type.String({ minLength: 1, maxLength: 20_000 }),
            },
            { additionalProperties: false },
          ),
          response: {
            201: Open(
              { id: Type.String(), actionId: N(Type.String()), strikeId: N(Type.String()), status: Type.String(), createdAt: Time },
              { examples: [{ id: 'apl_91f0', actionId: 'act_0c4d', strikeId: null, status: 'open', createdAt: '2026-11-23T09:00:00.000Z' }] },
            ),
            ...problems(401, 409, 410, 429),
          },
        },
      },
      async (req, reply) => {
        try {
          const link = await open(req.params.token);
          const b = req.body;
          // createAppeal checks the action or strike belongs to this account.
          const appeal = await ctx.enforcement.createAppeal(ctx.db, { accountId: link.accountId, actionId: b.actionId, strikeId: b.strikeId, text: b.text });
          return reply
            .status(201)
            .header('cache-control', 'no-store')
            .send({ id: appeal.id, actionId: appeal.actionId, strikeId: appeal.strikeId, status: appeal.status, createdAt: appeal.createdAt });
        } catch (err) {
          if (err instanceof LinkExpiredError) return expiredProblem(req, reply, err);
          throw err;
        }
      },
    );

    app.post(
      '/v1/standing/:token/appeals/:appealId/messages',
      {
        config: { scope: null },
        schema: {
          tags: ['standing'],
          summary: "The user adds to their open appeal from the standing page: a statement, evidence or an answer to the reviewer's question",
          params: Type.Object({ token: TokenParams.properties.token, appealId: Type.String({ minLength: 1, maxLength: 200 }) }),
          body: Type.Object(
            {
              kind: Type.Union([Type.Literal('statement'), Type.Literal('evidence'), Type.Literal('answer')]),
              text: Type.String({ minLength: 1, maxLength: 20_000 }),
            },
            { additionalProperties: false },
          ),
          response: {
            201: Open(
              { appealId: Type.String(), messages: Type.Array(Open({})), awaitingUser: Type.Boolean() },
              {
                examples: [
                  {
                    appealId: 'apl_91f0',
                    messages: [
                      { id: 'apm_2', author: 'user', kind: 'answer', text: 'My existing client.', attachments: [], createdAt: '2026-11-23T11:00:00.000Z' },
                    ],
                    awaitingUser: false,
                  },
                ],
              },
            ),
            ...problems(401, 404, 409, 410),
          },
        },
      },
      async (req, reply) => {
        try {
          const link = await open(req.params.token);
          // addAppealMessage answers 404 unless the appeal belongs to the link's account.
          const c = await ctx.enforcement.addAppealMessage(ctx.db, req.params.appealId, { author: 'user', accountId: link.accountId, ...req.body });
          return reply.status(201).header('cache-control', 'no-store').send({ appealId: c.appeal.id, messages: c.messages, awaitingUser: c.awaitingUser });
        } catch (err) {
          if (err instanceof LinkExpiredError) return expiredProblem(req, reply, err);
          throw err;
        }
      },
    );

    app.get(
      '/v1/accounts/:id/timeline',
      {
        config: { scope: 'read' },
        schema: {
          tags: ['accounts'],
          summary:
            "The account's timeline, newest first: its events and logins, decisions, cases, actions, strikes, notices, appeals and verifications (keyset pages; user text with contact details hidden)",
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }),
          querystring: Type.Object(
            {
              cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: 'nextCursor of the previous page' })),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
              kinds: Type.Optional(listOf(TIMELINE_KINDS, `Only these kinds, comma-separated: ${TIMELINE_KINDS.join(', ')}`)),
            },
            { additionalProperties: false },
          ),
          response: {
            200: Open(
              {
                accountId: Type.String(),
                entries: Type.Array(
                  Open({
                    at: Time,
                    kind: lit(TIMELINE_KINDS),
                    id: Type.String(),
                    type: Type.String(),
                    summary: Type.String(),
                    status: N(Type.String()),
                    links: Type.Record(Type.String(), Type.String()),
                    text: N(Type.String({ description: "The user's own words (an excerpt), contact details hidden" })),
                  }),
                ),
                nextCursor: N(Type.String()),
              },
              { examples: [timelineExample] },
            ),
            ...problems(400, 404),
          },
        },
      },
      async (req) =>
        accountTimeline(
          ctx.db,
          req.params.id,
          { cursor: req.query.cursor, limit: req.query.limit, kinds: splitList<TimelineKind>(req.query.kinds) },
          ctx.enforcement.config,
        ),
    );

    app.get(
      '/v1/search',
      {
        config: { scope: 'read' },
        schema: {
          tags: ['accounts'],
          summary:
            'Search accounts (id, name, e-mail domain), cases (id, subject, account, words) and content (words, an e-mail address, a phone number in any spacing); excerpts with contact details hidden',
          querystring: Type.Object(
            {
              q: Type.String({ minLength: 2, maxLength: 200, pattern: '\\S', description: 'What to look for (at least 2 characters)' }),
              kinds: Type.Optional(listOf(SEARCH_KINDS, `Only these kinds, comma-separated: ${SEARCH_KINDS.join(', ')}`)),
              limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Results per kind' })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: Open(
              {
                q: Type.String(),
                accounts: Type.Array(Open({ id: Type.String(), displayName: N(Type.String()), matched: Type.String() })),
                cases: Type.Array(Open({ id: Type.String(), reason: Type.String(), status: Type.String(), accountId: Type.String() })),
                content: Type.Array(Open({ eventId: Type.String(), accountId: Type.String(), at: Time, caseId: N(Type.String()), excerpt: Type.String() })),
              },
              { examples: [searchExample] },
            ),
            ...problems(400),
          },
        },
      },
      async (req) => search(ctx.db, { q: req.query.q, kinds: splitList<SearchKind>(req.query.kinds), limit: req.query.limit }),
    );

    app.get(
      '/v1/console/cases/:id/attachments',
      {
        config: { scope: 'read' },
        schema: {
          tags: ['cases'],
          summary: "The attachments of a case's subject (the message's files, or the attachment itself) with their scan verdicts",
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }),
          response: {
            200: Open(
              {
                attachments: Type.Array(
                  Open({
                    id: Type.String(),
                    name: Type.String(),
                    mimeType: N(Type.String()),
                    sizeBytes: N(Type.Number()),
                    status: Type.String(),
                    quarantined: Type.Boolean(),
                    released: Type.Boolean(),
                    verdict: N(Type.String()),
                    reasons: Type.Array(Type.String()),
                    scannedAt: N(Time),
                  }),
                ),
              },
              {
                examples: [
                  {
                    attachments: [
                      {
                        id: 'att-1',
                        name: 'invoice.pdf.exe',
                        mimeType: 'application/x-msdownload',
                        sizeBytes: 48213,
                        status: 'blocked',
                        quarantined: true,
                        released: false,
                        verdict: 'malicious',
                        reasons: ['double extension'],
                        scannedAt: '2026-11-22T10:00:01.000Z',
                      },
                    ],
                  },
                ],
              },
            ),
          },
        },
      },
      async (req) => {
        const kase = await ctx.cases.getCaseView(ctx.db, req.params.id);
        const rows = await sql<{
          id: string;
          name: string;
          mime_type: string | null;
          size_bytes: string | number | null;
          status: string;
          quarantined: boolean;
          released: boolean;
          verdict: { verdict?: string; reasons?: string[] } | null;
          scanned_at: Date | string | null;
        }>`select id, name, mime_type, size_bytes, status, quarantined, released, verdict, scanned_at from attachments
           where message_id = ${kase.subject.id} or id = ${kase.subject.id} order by created_at`.execute(ctx.db);
        return {
          attachments: rows.rows.map((r) => ({
            id: r.id,
            name: r.name,
            mimeType: r.mime_type,
            sizeBytes: r.size_bytes == null ? null : Number(r.size_bytes),
            status: r.status,
            quarantined: r.quarantined,
            released: r.released,
            verdict: r.verdict?.verdict ?? null,
            reasons: r.verdict?.reasons ?? [],
            scannedAt: r.scanned_at ? new Date(r.scanned_at).toISOString() : null,
          })),
        };
      },
    );

    app.post(
      '/v1/console/notice-preview',
      {
        config: { scope: 'review' },
        schema: {
          tags: ['enforcement'],
          summary: 'The notice the user would get if this action were applied to the case now (nothing is written)',
          body: Type.Object(
            {
              caseId: Type.String({ minLength: 1, maxLength: 200 }),
              type: lit(ACTION_TYPES),
              feature: Type.Optional(lit(RESTRICTABLE_FEATURES)),
              durationDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
              severity: Type.Optional(lit(SEVERITIES)),
              policy: Type.Optional(Type.String({ maxLength: 200 })),
              locale: Type.Optional(Type.String({ maxLength: 20 })),
            },
            { additionalProperties: false },
          ),
          response: {
            200: Open(
              { kind: Type.Literal('action') },
              { description: 'The notice as it would be rendered (subject, text, html, locale)', examples: [noticeExample] },
            ),
          },
        },
      },
      async (req) => previewActionNotice(ctx.db, req.body, { cases: ctx.cases, config: ctx.enforcement.config }),
    );

    if (!ctx.config.console) return;

    const serveEntry = async (reply: FastifyReply, entry: 'index.html' | 'standing.html') => {
      const file = await findFile(distDir, entry);
      return file ? sendFile(reply, file, false) : missingBuildPage(reply, distDir);
    };
    const hide = { hide: true };

    // A newcomer opens the address `npm start` prints in a browser: the root leads to the console
    // (the API lives under /v1 and its reference under /docs).
    app.get('/', { config: { scope: null }, schema: hide }, async (_req, reply) => reply.redirect('/console/', 302));
    app.get('/console', { config: { scope: null }, schema: hide }, async (_req, reply) => reply.redirect('/console/', 302));
    app.get('/console/*', { config: { scope: null }, schema: { ...hide, params: Type.Object({ '*': Type.String() }) } }, async (req, reply) => {
      const rest = req.params['*'] ?? '';
      if (rest.startsWith('assets/')) {
        const file = await findFile(distDir, rest);
        if (!file) throw new WardenError('NotFound', `no console asset ${rest}`);
        return sendFile(reply, file, true);
      }
      const file = rest && !rest.endsWith('.html') ? await findFile(distDir, rest) : null;
      if (file) return sendFile(reply, file, false);
      // Client-side routes (/console/cases/123 ...) all load the app, which routes itself.
      return serveEntry(reply, 'index.html');
    });
    app.get('/standing/:token', { config: { scope: null }, schema: hide }, async (_req, reply) => serveEntry(reply, 'standing.html'));
  };
}

export const consoleRoutes: RouteModule = createConsoleRoutes();
