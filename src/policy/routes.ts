// Policies as data through the API: read, version, activate, shadow-run, backtest; and the
// explanation of any stored decision.
import { Type } from '@sinclair/typebox';
import { sql } from 'kysely';
import type { AppContext } from '../app/context.ts';
import { notFoundError, validationError, WardenError } from '../app/errors.ts';
import { Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { maskDecisionContent, maskQuote } from '../detect/contact/masking.ts';
import { backtest } from './backtest.ts';
import type { PolicyVersion } from './engine.ts';
import { activate, createVersion, getPolicyVersion, listPolicies, listVersions, parsePolicyDocument, policyProblems } from './store.ts';

const tags = ['policies'];
/** Who may change policies: admins and policy editors (role `policy-editor`, scope `policies`). */
const EDIT = ['admin', 'policies'] as const;
const Name = Type.Object({ name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }) });

const N = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const docExample = { name: 'contact-sharing', title: 'Contact sharing before a contract', rules: ['…'] };
const PolicyVersionOut = Open(
  {
    name: Type.String(),
    version: Type.Integer(),
    document: Type.Unknown({ description: 'The policy document' }),
    comment: Type.Optional(N(Type.String())),
    createdBy: Type.Optional(N(Type.String())),
    createdAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  {
    examples: [
      { name: 'contact-sharing', version: 2, document: docExample, comment: 'mask before a contract', createdBy: 'Ana', createdAt: '2026-11-22T10:00:00.000Z' },
    ],
  },
);
const VersionSummary = Open({
  version: Type.Integer(),
  comment: N(Type.String()),
  createdBy: N(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
});
const Heads = Open(
  { name: Type.String(), liveVersion: N(Type.Integer()), shadowVersion: N(Type.Integer()) },
  { examples: [{ name: 'contact-sharing', liveVersion: 2, shadowVersion: null }] },
);
const Outcome = Type.String({ description: 'allow | nudge | mask | hold | block' });
const OutcomeCounts = Type.Object({ allow: Type.Integer(), nudge: Type.Integer(), mask: Type.Integer(), hold: Type.Integer(), block: Type.Integer() });

async function headOf(ctx: AppContext, name: string) {
  const h = await ctx.db.selectFrom('policy_heads').selectAll().where('name', '=', name).executeTakeFirst();
  if (!h) throw notFoundError('policy', name);
  return h;
}

export async function policyRoutes(app: WardenApp, ctx: AppContext) {
  app.get(
    '/v1/policies',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'Policies with their live and shadow versions',
        response: {
          200: Open(
            {
              policies: Type.Array(
                Open({
                  name: Type.String(),
                  title: Type.String(),
                  liveVersion: N(Type.Integer()),
                  shadowVersion: N(Type.Integer()),
                  latestVersion: Type.Integer(),
                  updatedAt: Type.String({ format: 'date-time' }),
                }),
              ),
            },
            {
              examples: [
                {
                  policies: [
                    {
                      name: 'contact-sharing',
                      title: 'Contact sharing',
                      liveVersion: 1,
                      shadowVersion: 2,
                      latestVersion: 2,
                      updatedAt: '2026-11-22T10:00:00.000Z',
                    },
                  ],
                },
              ],
            },
          ),
        },
      },
    },
    async () => ({
      policies: await listPolicies(ctx.db),
    }),
  );

  app.get(
    '/v1/policies/:name',
    {
      config: { scope: 'read' },
      schema: {
        tags,
        summary: 'The live (or latest) version of a policy and its version list',
        params: Name,
        response: {
          200: Open(
            {
              name: Type.String(),
              liveVersion: N(Type.Integer()),
              shadowVersion: N(Type.Integer()),
              current: PolicyVersionOut,
              versions: Type.Array(VersionSummary),
            },
            {
              examples: [
                {
                  name: 'contact-sharing',
                  liveVersion: 1,
                  shadowVersion: null,
                  current: {
                    name: 'contact-sharing',
                    version: 1,
                    document: docExample,
                    comment: null,
                    createdBy: 'system',
                    createdAt: '2026-11-01T00:00:00.000Z',
                  },
                  versions: [{ version: 1, comment: null, createdBy: 'system', createdAt: '2026-11-01T00:00:00.000Z' }],
                },
              ],
            },
          ),
        },
      },
    },
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
      schema: {
        tags,
        summary: 'One immutable version',
        params: Type.Object({ name: Type.String(), version: Type.Integer({ minimum: 1 }) }),
        response: { 200: PolicyVersionOut },
      },
    },
    async (req) => {
      const { name, version } = req.params;
      return getPolicyVersion(ctx.db, name, version);
    },
  );

  app.post(
    '/v1/policies/:name/validate',
    {
      config: { scope: EDIT },
      schema: {
        tags,
        summary: 'Check a draft policy document without saving it: every problem, each with its JSON pointer',
        description:
          'The same checks as saving a version (one schema, one compiler): the answer is 200 with `valid` and all problems (up to 50), so an editor can show each beside its field while the analyst types.',
        params: Name,
        body: Type.Object({ document: Type.Unknown({ description: 'A draft policy document (components: PolicyDocument)' }) }, { additionalProperties: false }),
        response: {
          200: Open(
            {
              valid: Type.Boolean(),
              problems: Type.Array(
                Open({ pointer: Type.String({ description: 'JSON pointer into the request body, e.g. /document/rules/0/outcome' }), reason: Type.String() }),
              ),
            },
            {
              examples: [
                {
                  valid: false,
                  problems: [{ pointer: '/document/rules/0/outcome', reason: 'must be one of "allow", "nudge", "mask", "hold", "block", not "obliterate"' }],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { name } = req.params;
      const problems = policyProblems(req.body.document);
      const doc = req.body.document as { name?: unknown } | null;
      if (doc?.name !== name && !problems.some((p) => p.pointer === '/document/name'))
        problems.push({ pointer: '/document/name', reason: `must be "${name}" (the policy in the URL)` });
      return { valid: problems.length === 0, problems };
    },
  );

  app.post(
    '/v1/policies/:name/versions',
    {
      config: { scope: EDIT },
      schema: {
        tags,
        summary: 'Save a new version (immutable); optionally make it live or run it in shadow',
        description:
          'Name the version the edit is based on (`baseVersion`, 0 for a new policy, or the `If-Match` header with the ETag of GET /v1/policies/{name}); an edit naming neither is refused with 428. When another edit was saved since, the answer is 409 with `latestVersion`, and nothing is saved.',
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
        response: { 201: PolicyVersionOut, ...problems(409, 428) },
      },
    },
    async (req, reply) => {
      const { name } = req.params;
      const ifMatch = req.headers['if-match'];
      const baseVersion = req.body.baseVersion ?? (ifMatch ? Number(ifMatch.replace(/\D/g, '')) : undefined);
      // Optimistic concurrency is not optional: an edit that names no base could overwrite a
      // colleague's saved version unseen (RFC 6585 428).
      if (baseVersion === undefined)
        throw new WardenError('PreconditionRequired', 'send baseVersion (the latest version you edited; 0 for a new policy) or an If-Match header', {
          invalidParams: [{ pointer: '/baseVersion', reason: 'is required (or the If-Match header)' }],
        });
      const body = { ...req.body, baseVersion };
      const v = await ctx.db.transaction().execute((tx) => createVersion(tx, name, body, req.principal?.name ?? 'unknown'));
      ctx.policies.invalidate();
      return reply.status(201).send(v);
    },
  );

  app.post(
    '/v1/policies/:name/activate',
    {
      config: { scope: EDIT },
      schema: {
        tags,
        summary: 'Make a version live (an older one: a rollback), or run it in shadow (version null switches the mode off)',
        params: Name,
        body: Type.Object(
          { version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]), mode: Type.Union([Type.Literal('live'), Type.Literal('shadow')]) },
          { additionalProperties: false },
        ),
        response: { 200: Heads },
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
        response: {
          200: Open(
            {
              policy: Type.String(),
              shadowVersion: Type.Integer(),
              liveVersion: N(Type.Integer()),
              evaluated: Type.Integer(),
              agreed: Type.Integer(),
              differing: Type.Integer(),
              differenceRate: Type.Number(),
              transitions: Type.Array(Open({ from: Outcome, to: Outcome, count: Type.Integer() })),
              examples: Type.Array(
                Open({
                  decisionId: Type.String(),
                  accountId: N(Type.String()),
                  text: N(Type.String()),
                  live: Outcome,
                  shadow: Outcome,
                  liveRules: Type.Unknown(),
                  shadowRules: Type.Unknown(),
                  at: Type.String({ format: 'date-time' }),
                }),
              ),
            },
            {
              examples: [
                {
                  policy: 'contact-sharing',
                  shadowVersion: 2,
                  liveVersion: 1,
                  evaluated: 120,
                  agreed: 117,
                  differing: 3,
                  differenceRate: 0.025,
                  transitions: [{ from: 'nudge', to: 'mask', count: 3 }],
                  examples: [
                    {
                      decisionId: 'dec_3f1a',
                      accountId: 'fl-42',
                      text: 'call me',
                      live: 'nudge',
                      shadow: 'mask',
                      liveRules: ['soft'],
                      shadowRules: ['phone'],
                      at: '2026-11-22T10:00:00.000Z',
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
      config: { scope: ['review', 'policies'] },
      schema: {
        tags,
        summary: 'Replay stored events of a time range through a version, or an unsaved draft, and compare with the live one',
        description: 'Give exactly one of `version` (a saved version) and `document` (a draft, checked as when saving; reported as version 0).',
        params: Name,
        body: Type.Object(
          {
            version: Type.Optional(Type.Integer({ minimum: 1 })),
            document: Type.Optional(Type.Unknown({ description: 'An unsaved draft policy document (components: PolicyDocument)' })),
            from: Type.String({ format: 'date-time' }),
            to: Type.String({ format: 'date-time' }),
            baselineVersion: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Open(
            {
              policy: Type.String(),
              baselineVersion: N(Type.Integer()),
              candidateVersion: Type.Integer(),
              from: Type.String(),
              to: Type.String(),
              events: Type.Integer(),
              evaluated: Type.Integer(),
              outcomes: Type.Object({ baseline: OutcomeCounts, candidate: OutcomeCounts }),
              changed: Type.Integer(),
              transitions: Type.Array(Open({ from: Outcome, to: Outcome, count: Type.Integer() })),
              cases: Type.Object({ baseline: Type.Integer(), candidate: Type.Integer() }, { description: 'Cases the matched rules would open' }),
              strikes: Type.Object({ baseline: Type.Integer(), candidate: Type.Integer() }, { description: 'Strikes the matched rules would record' }),
              examples: Type.Array(
                Open({
                  eventId: Type.String(),
                  accountId: Type.String(),
                  text: Type.String({ description: 'The content, contact details hidden' }),
                  baseline: Outcome,
                  candidate: Outcome,
                  baselineRules: Type.Array(Type.String()),
                  candidateRules: Type.Array(Type.String()),
                }),
              ),
              truncated: Type.Boolean(),
            },
            {
              examples: [
                {
                  policy: 'contact-sharing',
                  baselineVersion: 1,
                  candidateVersion: 2,
                  from: '2026-10-01T00:00:00.000Z',
                  to: '2026-11-01T00:00:00.000Z',
                  events: 1515,
                  evaluated: 1400,
                  outcomes: {
                    baseline: { allow: 1300, nudge: 60, mask: 40, hold: 0, block: 0 },
                    candidate: { allow: 1290, nudge: 50, mask: 60, hold: 0, block: 0 },
                  },
                  changed: 20,
                  transitions: [{ from: 'nudge', to: 'mask', count: 10 }],
                  cases: { baseline: 12, candidate: 15 },
                  strikes: { baseline: 8, candidate: 11 },
                  examples: [
                    {
                      eventId: 'evt-9',
                      accountId: 'fl-42',
                      text: 'call me',
                      baseline: 'nudge',
                      candidate: 'mask',
                      baselineRules: ['soft'],
                      candidateRules: ['phone'],
                    },
                  ],
                  truncated: false,
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { name } = req.params;
      const b = req.body;
      const from = new Date(b.from);
      const to = new Date(b.to);
      if (!(from < to)) throw validationError('/to', 'must be after /from');
      if (b.version !== undefined && b.document !== undefined) throw validationError('/document', 'give either /version or /document, not both');
      const h = await headOf(ctx, name);
      let candidate: PolicyVersion;
      if (b.document !== undefined) {
        const doc = parsePolicyDocument(b.document);
        if (doc.name !== name) throw validationError('/document/name', `must be "${name}" (the policy in the URL)`);
        candidate = { name, version: 0, document: doc };
      } else if (b.version !== undefined) candidate = await getPolicyVersion(ctx.db, name, b.version);
      else throw validationError('/version', 'give /version (a saved version) or /document (a draft)');
      const baseVersion = b.baselineVersion ?? h.live_version;
      const baseline = baseVersion ? await getPolicyVersion(ctx.db, name, baseVersion) : null;
      const report = await backtest(ctx.db, baseline, candidate, { from, to, limit: b.limit }, (db, p) => ctx.screening.replayContext(db, p));
      // Contact details hidden as in the shadow examples and the case view (the original only through a case's audited reveal).
      return { ...report, examples: report.examples.map((e) => ({ ...e, text: maskQuote(null, [], e.text) })) };
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
        response: {
          200: Open(
            {
              id: Type.String(),
              eventId: N(Type.String()),
              subject: Open({ type: Type.String(), id: Type.String() }),
              accountId: N(Type.String()),
              counterpartId: N(Type.String()),
              outcome: Outcome,
              explanation: Type.String(),
              policies: Type.Array(Open({ name: Type.String(), version: Type.Integer(), outcome: Outcome, matched: Type.Array(Type.String()) })),
              matchedRules: Type.Array(Open({ policy: Type.String(), rule: Type.String() })),
              signals: Type.Unknown(),
              context: Type.Unknown(),
              exemptions: Type.Unknown(),
              exemptionsWithheld: Type.Array(Type.Unknown(), {
                description: 'Exemptions by reputation the engine withheld, with why (reason ask_pattern: counterparts asked ≥ threshold in windowDays)',
              }),
              effects: Type.Unknown(),
              createdAt: Type.String({ format: 'date-time' }),
            },
            {
              examples: [
                {
                  id: 'dec_3f1a',
                  eventId: 'evt-1',
                  subject: { type: 'message', id: 'm-1' },
                  accountId: 'fl-42',
                  counterpartId: 'cl-7',
                  outcome: 'mask',
                  explanation: 'contact-sharing v1 → mask (rules: phone)',
                  policies: [{ name: 'contact-sharing', version: 1, outcome: 'mask', matched: ['phone'] }],
                  matchedRules: [{ policy: 'contact-sharing', rule: 'phone' }],
                  signals: [{ type: 'contact.phone', strength: 'strong' }],
                  context: { hasContract: false },
                  exemptions: [],
                  exemptionsWithheld: [],
                  effects: [],
                  createdAt: '2026-11-22T10:00:00.000Z',
                },
              ],
            },
          ),
        },
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
        exemptionsWithheld: (d.effects as { exemptionsWithheld?: unknown[] } | null)?.exemptionsWithheld ?? [],
        effects: d.effects,
        createdAt: new Date(d.created_at).toISOString(),
      };
    },
  );
}
