// Thin HTTP layer over payment protection.
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import { literals } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import type { ProtectionService } from './service.ts';

const Rule = Type.Object({
  rule: Type.String({
    description:
      'client_payment_verified, freelancer_identity_verified, weekly_limit_set, tracked_time, within_weekly_limit, escrow_funded, funded_before_work, submitted_through_platform',
  }),
  scope: literals(['contract', 'week', 'milestone']),
  met: Type.Boolean(),
  text: Type.String(),
});
const Time = Type.String({ format: 'date-time' });

const ProtectionOut = Type.Object(
  {
    contractId: Type.String(),
    clientId: Type.String(),
    freelancerId: Type.String(),
    asOf: Time,
    kind: literals(['hourly', 'fixed']),
    eligible: Type.Boolean({ description: 'The contract qualifies: its contract rules are met and nothing broke it' }),
    summary: Type.String(),
    rules: Type.Array(Rule),
    breaks: Type.Array(Type.Object({ code: literals(['off_platform_payment', 'circumvention']), text: Type.String(), at: Time })),
    weeks: Type.Optional(
      Type.Array(
        Type.Object({
          weekStart: Type.String({ format: 'date' }),
          hours: Type.Object({ tracked: Type.Number(), manual: Type.Number(), unreported: Type.Number(), total: Type.Number() }),
          amountCents: Type.Integer(),
          limitHours: Type.Union([Type.Number(), Type.Null()]),
          protectedHours: Type.Number(),
          unprotectedHours: Type.Number(),
          coverage: literals(['full', 'partial', 'none']),
          rules: Type.Array(Rule),
        }),
      ),
    ),
    milestones: Type.Optional(
      Type.Array(
        Type.Object({
          milestoneId: Type.String(),
          fundedCents: Type.Integer(),
          coverage: literals(['protected', 'pending', 'none']),
          rules: Type.Array(Rule),
        }),
      ),
    ),
  },
  {
    examples: [
      {
        contractId: 'k-9',
        clientId: 'cl-7',
        freelancerId: 'fl-42',
        asOf: '2026-11-30T10:00:00.000Z',
        kind: 'hourly',
        eligible: true,
        summary: 'Protected: 30 h of 34 h logged are covered (tracked time within the weekly limit).',
        rules: [
          { rule: 'client_payment_verified', scope: 'contract', met: true, text: "The client's billing method is verified." },
          { rule: 'freelancer_identity_verified', scope: 'contract', met: true, text: "The freelancer's identity is verified." },
          { rule: 'weekly_limit_set', scope: 'contract', met: true, text: 'The contract has a weekly limit of 30 h.' },
        ],
        breaks: [],
        weeks: [
          {
            weekStart: '2026-11-16',
            hours: { tracked: 30, manual: 4, unreported: 0, total: 34 },
            amountCents: 170_000,
            limitHours: 30,
            protectedHours: 30,
            unprotectedHours: 4,
            coverage: 'partial',
            rules: [
              { rule: 'tracked_time', scope: 'week', met: false, text: '4 h were added manually and are not covered.' },
              {
                rule: 'within_weekly_limit',
                scope: 'week',
                met: false,
                text: '30 h tracked within the weekly limit of 30 h (the 4 h not tracked are not covered: see tracked time).',
              },
            ],
          },
        ],
      },
    ],
  },
);

export function protectionRoutes(protection: ProtectionService) {
  return async function routes(app: WardenApp, ctx: AppContext) {
    app.get(
      '/v1/contracts/:id/protection',
      {
        config: { scope: 'read' },
        schema: {
          tags: ['protection'],
          summary: 'Payment protection of a contract, rule by rule: what qualifies it, what each week or milestone covers, and what broke it',
          params: Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }),
          querystring: Type.Object({ asOf: Type.Optional(Type.String({ format: 'date-time', description: 'Judge as of this instant (default: now)' })) }),
          response: { 200: ProtectionOut },
        },
      },
      async (req) => {
        const { asOf } = req.query;
        return protection.contractProtection(ctx.db, req.params.id, asOf ? { asOf: new Date(asOf) } : {});
      },
    );
  };
}
