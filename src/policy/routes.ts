// Policies as data through the API: read, version, activate, shadow-run, backtest; and the
// explanation of any stored decision.
import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import type { AppContext } from '../app/context.ts';
import { notFoundError, validationError } from '../app/errors.ts';
import type { WardenApp } from '../app/server.ts';
import { maskDecisionContent, maskQuote } from '../cases/masking.ts';
import { backtest } from './backtest.ts';
import { activate, createVersion, getPolicyVersion, listPolicies, listVersions } from './store.ts';

const tags = ['policies'];
const Name = Type.Object({ name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }) });

async function headOf(ctx: AppContext, name: string) {
  const h = await ctx.db.selectFrom('policy_heads').selectAll().where('name', '=', name).executeTakeFirst();
  if (!h) throw notFoundError('policy', name);
  return h;
}

export async function policyRoutes(app: WardenApp, ctx: AppContext) {
  app.get('/v1/policies', { config: { scope: 'read' }, schema: { tags, summary: 'Policies with their live and shadow versions' } }, async () => ({
    policies: await listPolicies(ctx.db),
  }));

  app.get(
    '/v1/policies/:name',
    { config: { scope: 'read' }, schema: { tags, summary: 'The live (or latest) version of a policy and its version list', params: Name } },
    async (req, reply) => {
      const { name } = req.params;
      const h = await headOf(ctx, name);
      const versions = await listVersions(ctx.db, name);
      const current = await getPolicyVersion(ctx.db, name, h.live_version ?? versions[0].version);
      // The latest version as an entity tag: send it back as If-Match (or baseVersion) with an edit.
      reply.header('etag', `"${Math.max(...versions.map((v) => v.version))}"`);
      return { name, liveVersion: h.live_version, shadowVersion: h.shadow_version, current, versions };
    },
  );

  app.get(
    '/v1/policies/:name/versions/:version',
    {
      config: { scope: 'read' },
      schema: { tags, summary: 'One immutable version', params: Type.Object({ name: Type.String(), version: Type.Integer({ minimum: 1 }) }) },
    },
    async (req) => {
      const { name, version } = req.params;
      return getPolicyVersion(ctx.db, name, version);
    },
  );

  app.post(
    '/v1/policies/:name/versions',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'Save a new version (immutable); optionally make it live or run it in shadow',
        description:
          'Name the version the edit is based on (`baseVersion`, or the `If-Match` header with the ETag of GET /v1/policies/{name}): when another edit was saved since, the answer is 409 with `latestVersion`, and nothing is saved.',
        params: Name,
        headers: Type.Object({
          'if-match': Type.Optional(Type.String({ pattern: '^(W/)?"?[0-9]{1,9}"?$', description: 'The latest version the edit is based on, e.g. "3"' })),
        }),
        body: Type.Object(
          {
            document: Type.Unknown({ description: 'A policy document (components: PolicyDocument)' }),
            baseVersion: Type.Optional(
              Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'The latest version this edit builds on (0 for a new policy)' }),
            ),
            comment: Type.Optional(Type.String({ maxLength: 2000 })),
            activate: Type.Optional(Type.Union([Type.Literal('live'), Type.Literal('shadow'), Type.Literal('none')])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      const { name } = req.params;
      const ifMatch = req.headers['if-match'];
      const body = { ...req.body, baseVersion: req.body.baseVersion ?? (ifMatch ? Number(ifMatch.replace(/\D/g, '')) : undefined) };
      const v = await ctx.db.transaction().execute((tx) => createVersion(tx, name, body, req.principal?.name ?? 'unknown'));
      ctx.policies.invalidate();
      return reply.status(201).send(v);
    },
  );

  app.post(
    '/v1/policies/:name/activate',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'Make a version live, or run it in shadow (version null switches the mode off)',
        params: Name,
        body: Type.Object(
          { version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]), mode: Type.Union([Type.Literal('live'), Type.Literal('shadow')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const { name } = req.params;
      const { version, mode } = req.body;
      await ctx.db.transaction().execute((tx) => activate(tx, name, version, mode));
      ctx.policies.invalidate();
      const h = await headOf(ctx, name);
      return { name, liveVersion: h.live_version, shadowVersion: h.shadow_version };
    },
  );

  app.get(
    '/v1/policies/:name/shadow',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'What the shadow version would have decided on live traffic, compared with the live one',
        params: Name,
        querystring: Type.Object({
          version: Type.Optional(Type.Integer({ minimum: 1 })),
          examples: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, default: 10 })),
        }),
      },
    },
    async (req) => {
      const { name } = req.params;
      const q = req.query;
      const h = await headOf(ctx, name);
      const version = q.version ?? h.shadow_version;
      if (!version) throw validationError('query:version', `policy ${name} has no shadow version; give ?version=`);
      const totals = await sql<{ live: string; shadow: string; n: number }>`
        select live_outcome as live, shadow_outcome as shadow, count(*)::int as n from policy_shadow_results
        where policy = ${name} and shadow_version = ${version} group by 1, 2 order by 3 desc`.execute(ctx.db);
      const examples = await sql<{
        decision_id: string;
        live_outcome: string;
        shadow_outcome: string;
        live_rules: unknown;
        shadow_rules: unknown;
        created_at: Date;
        account_id: string | null;
        text: string | null;
      }>`
        select r.decision_id, r.live_outcome, r.shadow_outcome, r.live_rules, r.shadow_rules, r.created_at, d.account_id, d.context->>'subjectText' as text
        from policy_shadow_results r join decisions d on d.id = r.decision_id
        where r.policy = ${name} and r.shadow_version = ${version} and r.live_outcome <> r.shadow_outcome
        order by r.created_at desc limit ${q.examples ?? 10}`.execute(ctx.db);
      const evaluated = totals.rows.reduce((n, r) => n + r.n, 0);
      const differing = totals.rows.filter((r) => r.live !== r.shadow).reduce((n, r) => n + r.n, 0);
      return {
        policy: name,
        shadowVersion: version,
        liveVersion: h.live_version,
        evaluated,
        agreed: evaluated - differing,
        differing,
        differenceRate: evaluated ? differing / evaluated : 0,
        transitions: totals.rows.filter((r) => r.live !== r.shadow).map((r) => ({ from: r.live, to: r.shadow, count: r.n })),
        examples: examples.rows.map((r) => ({
          decisionId: r.decision_id,
          accountId: r.account_id,
          text: r.text === null ? null : maskQuote(null, [], r.text),
          live: r.live_outcome,
          shadow: r.shadow_outcome,
          liveRules: r.live_rules,
          shadowRules: r.shadow_rules,
          at: new Date(r.created_at).toISOString(),
        })),
      };
    },
  );

  app.post(
    '/v1/policies/:name/backtest',
    {
      config: { scope: 'review' },
      schema: {
        tags,
        summary: 'Replay stored events of a time range through a version and compare with the live one',
        params: Name,
        body: Type.Object(
          {
            version: Type.Integer({ minimum: 1 }),
            from: Type.String({ format: 'date-time' }),
            to: Type.String({ format: 'date-time' }),
            baselineVersion: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200000 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const { name } = req.params;
      const b = req.body;
      const from = new Date(b.from);
      const to = new Date(b.to);
      if (!(from < to)) throw validationError('/to', 'must be after /from');
      const h = await headOf(ctx, name);
      const candidate = await getPolicyVersion(ctx.db, name, b.version);
      const baseVersion = b.baselineVersion ?? h.live_version;
      const baseline = baseVersion ? await getPolicyVersion(ctx.db, name, baseVersion) : null;
      return backtest(ctx.db, baseline, candidate, { from, to, limit: b.limit }, (db, p) => ctx.screening.replayContext(db, p));
    },
  );

  app.get(
    '/v1/decisions/:id',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'A stored decision and why: policy versions, matched rules, signals, context, effects',
        params: Type.Object({ id: Type.String() }),
      },
    },
    async (req) => {
      const { id } = req.params;
      const d = await ctx.db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
      if (!d) throw notFoundError('decision', id);
      const rules = await ctx.db.selectFrom('decision_rules').select(['policy', 'rule_id']).where('decision_id', '=', id).execute();
      const policies = d.policy_versions as { name: string; version: number; outcome: string; matched: string[] }[];
      const explanation = policies
        .filter((p) => p.matched.length)
        .map((p) => `${p.name} v${p.version} → ${p.outcome} (rules: ${p.matched.join(', ')})`)
        .join('; ');
      return {
        id: d.id,
        eventId: d.event_id,
        subject: { type: d.subject_type, id: d.subject_id },
        accountId: d.account_id,
        counterpartId: d.counterpart_id,
        outcome: d.outcome,
        explanation: explanation || 'no policy matched: allowed',
        policies,
        matchedRules: rules.map((r) => ({ policy: r.policy, rule: r.rule_id })),
        // Contact details hidden as in the case view; the original only through a case's audited reveal.
        ...maskDecisionContent(d.signals, d.context),
        exemptions: d.exemptions,
        effects: d.effects,
        createdAt: new Date(d.created_at).toISOString(),
      };
    },
  );
}
