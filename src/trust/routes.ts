// Thin HTTP layer over the trust service: account trust and JSS, expert vetting, search,
// payment hold length and interview policy.
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import { notFoundError, WardenError } from '../app/errors.ts';
import { Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { requireAccount } from './assessment.ts';

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
const AsOf = Type.Optional(Type.String({ format: 'date-time', description: 'Compute as of this instant (default: now), for audits and replays' }));
const Explain = Type.Optional(Type.Boolean({ default: false }));

const TrustQuery = Type.Object({ explain: Explain, asOf: AsOf });
const HoldQuery = Type.Object({
  asOf: AsOf,
  paymentAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the payment was released; the reply then says when it becomes available' })),
  payment: Type.Optional(
    Type.Union([Type.Literal('milestone'), Type.Literal('hourly'), Type.Literal('bonus')], {
      default: 'milestone',
      description: 'What is paid: a bonus says so in its reasons, and one from a client who never paid for work gets the risky period',
    }),
  ),
});
const SearchQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 500, description: 'Web-search syntax: words, "phrases", -exclusions, or' })),
  skills: Type.Optional(Type.String({ maxLength: 1000, description: 'Comma-separated; every skill must be on the profile' })),
  country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
  explain: Explain,
  ranking: Type.Optional(Type.Union([Type.Literal('trust'), Type.Literal('relevance')], { default: 'trust', description: 'relevance: text relevance only' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, default: 0 })),
});
const VettedBody = Type.Object(
  { vetted: Type.Boolean({ default: true }), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false },
);

const Time = Type.String({ format: 'date-time' });
const jssExample = { score: 96, window: '24m', contracts: 14 };

const date = (s: string | undefined) => (s ? new Date(s) : undefined);

export async function trustRoutes(app: WardenApp, ctx: AppContext) {
  app.get(
    '/v1/accounts/:id/invitations',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['trust'],
        summary: "A freelancer's received invitations as judged: flagged ones (unverified payment, risky client) and their priority",
        params: IdParams,
        querystring: Type.Object({ flagged: Type.Optional(Type.Boolean()), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })) }),
        response: {
          ...problems(404),
          200: Open(
            {
              invitations: Type.Array(
                Open({
                  inviteId: Type.String(),
                  jobId: Type.String(),
                  clientId: Type.String(),
                  flagged: Type.Boolean(),
                  priority: Type.Unknown(),
                  reasons: Type.Unknown(),
                  judgedAt: Time,
                }),
              ),
            },
            {
              examples: [
                {
                  invitations: [
                    {
                      inviteId: 'inv-1',
                      jobId: 'job-9',
                      clientId: 'cl-7',
                      flagged: true,
                      priority: 'low',
                      reasons: ['client payment method not verified'],
                      judgedAt: '2026-11-22T10:00:00.000Z',
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
      const { id } = req.params;
      const q = req.query;
      await requireAccount(ctx.db, id);
      let query = ctx.db.selectFrom('invitation_judgements').selectAll().where('freelancer_id', '=', id);
      if (q.flagged !== undefined) query = query.where('flagged', '=', q.flagged);
      const rows = await query
        .orderBy('judged_at', 'desc')
        .limit(q.limit ?? 50)
        .execute();
      return {
        invitations: rows.map((r) => ({
          inviteId: r.invite_id,
          jobId: r.job_id,
          clientId: r.client_id,
          flagged: r.flagged,
          priority: r.priority,
          reasons: r.reasons,
          judgedAt: new Date(r.judged_at).toISOString(),
        })),
      };
    },
  );

  app.get(
    '/v1/accounts/:id/trust',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['trust'],
        summary: 'Trust of an account: JSS, badges with reasons and history, and the freelancer or client trust level with its facts',
        params: IdParams,
        querystring: TrustQuery,
        response: {
          200: Open(
            {
              accountId: Type.String(),
              asOf: Time,
              role: Type.Union([Type.String(), Type.Null()]),
              freelancer: Type.Optional(Open({})),
              client: Type.Optional(Open({})),
              conduct: Open(
                {
                  offPlatformAsksDeclined: Type.Integer({
                    minimum: 0,
                    description: 'Distinct accounts whose request to move off the platform this account declined (a refusing reply or a report)',
                  }),
                  windowDays: Type.Integer({ description: 'The days counted, up to asOf' }),
                },
                { description: 'Positive conduct facts, whatever the role' },
              ),
            },
            {
              examples: [
                {
                  accountId: 'fl-42',
                  asOf: '2026-11-22T10:00:00.000Z',
                  role: 'freelancer',
                  conduct: { offPlatformAsksDeclined: 1, windowDays: 365 },
                  freelancer: {
                    jss: jssExample,
                    badges: { topRated: { awarded: true, reasons: ['JSS ≥ 90 for 12 weeks'] }, history: [] },
                    trust: { level: 'trusted', facts: {} },
                  },
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      const q = req.query;
      return ctx.trust.accountTrust(ctx.db, id, { explain: q.explain, asOf: date(q.asOf) });
    },
  );

  app.get(
    '/v1/accounts/:id/jss',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['trust'],
        summary: 'Job Success Score: the window shown, every window, which contracts moved it (explain=true), and its stored history',
        params: IdParams,
        querystring: TrustQuery,
        response: {
          200: Open(
            { accountId: Type.String(), asOf: Time },
            {
              examples: [
                {
                  accountId: 'fl-42',
                  asOf: '2026-11-22T10:00:00.000Z',
                  ...jssExample,
                  movedBy: [{ contractId: 'k-1', effect: -4, outcome: 'poor_feedback', reason: 'private feedback 4/10' }],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      const q = req.query;
      return ctx.trust.accountJss(ctx.db, id, { explain: q.explain, asOf: date(q.asOf) });
    },
  );

  app.post(
    '/v1/accounts/:id/badges/expert-vetted',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['trust'],
        summary: 'A reviewer sets (or withdraws) the Expert-Vetted badge',
        params: IdParams,
        body: VettedBody,
        response: {
          200: Open(
            { accountId: Type.String(), vetted: Type.Boolean(), badge: Open({ awarded: Type.Boolean(), reasons: Type.Array(Type.Unknown()) }) },
            { examples: [{ accountId: 'fl-42', vetted: true, badge: { awarded: true, reasons: ['vetted by Ana'] } }] },
          ),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      const body = req.body;
      const by = req.principal;
      if (!by) throw new WardenError('Unauthenticated'); // the scope check has run: never here
      return ctx.trust.setExpertVetted(ctx.db, id, { vetted: body.vetted, ...(body.note ? { note: body.note } : {}) }, by);
    },
  );

  app.get(
    '/v1/search/freelancers',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['trust'],
        summary:
          'Search freelancers: full-text relevance × trust (regular on-platform earnings, JSS, badges up; strikes and circumvention down; suspended hidden)',
        querystring: SearchQuery,
        response: {
          200: Open(
            {
              total: Type.Integer(),
              limit: Type.Integer(),
              offset: Type.Integer(),
              ranking: Type.String({ description: 'trust | relevance' }),
              results: Type.Array(Open({ accountId: Type.String() })),
            },
            {
              examples: [
                {
                  total: 1,
                  limit: 20,
                  offset: 0,
                  ranking: 'trust',
                  results: [{ accountId: 'fl-42', displayName: 'Sam', score: 0.82, relevance: 0.61, jss: 96, badges: ['top_rated'] }],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const q = req.query;
      return ctx.trust.searchFreelancers(ctx.db, {
        ...(q.q !== undefined ? { q: q.q } : {}),
        ...(q.skills ? { skills: q.skills.split(',') } : {}),
        ...(q.country ? { country: q.country } : {}),
        explain: q.explain ?? false,
        ranking: q.ranking ?? 'trust',
        limit: q.limit ?? 20,
        offset: q.offset ?? 0,
      });
    },
  );

  app.get(
    '/v1/contracts/:id/hold',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['trust'],
        summary: 'Security period for a payment (milestone, hours or bonus) on the contract, and why',
        params: IdParams,
        querystring: HoldQuery,
        response: {
          200: Open(
            {
              contractId: Type.String(),
              clientId: Type.String(),
              freelancerId: Type.String(),
              asOf: Time,
              days: Type.Number(),
              tier: Type.String(),
              paymentKind: Type.String({ description: 'milestone | hourly | bonus' }),
              reasons: Type.Array(Type.Unknown()),
            },
            {
              examples: [
                {
                  contractId: 'k-1',
                  clientId: 'cl-7',
                  freelancerId: 'fl-42',
                  asOf: '2026-11-22T10:00:00.000Z',
                  days: 5,
                  tier: 'default',
                  paymentKind: 'bonus',
                  reasons: [
                    { code: 'default', text: 'Standard security period. A shorter one applies after 6 months working together.' },
                    { code: 'bonus', text: 'Bonuses cannot be disputed, so they clear after the same security period as other payments.' },
                  ],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      const q = req.query;
      return ctx.trust.contractHold(ctx.db, id, { asOf: date(q.asOf), paymentAt: date(q.paymentAt), ...(q.payment ? { paymentKind: q.payment } : {}) });
    },
  );

  app.get(
    '/v1/jobs/:id/interview-policy',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['trust'],
        summary: "The job's interview policy (on_platform_required, recommended, exempt) with its reasons",
        params: IdParams,
        response: {
          200: Open(
            { jobId: Type.String(), clientId: Type.String(), decidedAt: Time },
            {
              examples: [
                {
                  jobId: 'job-9',
                  clientId: 'cl-7',
                  decidedAt: '2026-11-22T10:00:00.000Z',
                  policy: 'on_platform_required',
                  reasons: ['new client without a verified payment method'],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { id } = req.params;
      const p = await ctx.trust.interviewPolicyForJob(ctx.db, id);
      if (!p) throw notFoundError('job', id);
      return p;
    },
  );
}
