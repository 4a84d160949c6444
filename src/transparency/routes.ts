// Thin HTTP layer over transparency: the report (JSON or Markdown) and the DSA statements of
// reasons (JSON lines) for a period.
import { type Static, Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import { validationError } from '../app/errors.ts';
import { literals, Open } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { transparencyMarkdown, transparencyReport } from './report.ts';
import { type StatementsConfig, statementsOfReasons } from './statements.ts';

const tags = ['transparency'];
const When = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$',
  description: 'A date (YYYY-MM-DD, midnight UTC) or an ISO 8601 date-time',
});
const PeriodQuery = Type.Object({
  from: When,
  to: When,
  format: Type.Optional(literals(['json', 'markdown'], { default: 'json' })),
});
const StatementsQuery = Type.Object({ from: When, to: When });

/** The period a query names; 400 naming `from` or `to` when a date does not exist or `to` is not after `from`. */
export function parsePeriod(q: { from: string; to: string }): { from: Date; to: Date } {
  const at = (s: string, field: string) => {
    const d = new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
    if (Number.isNaN(d.getTime()) || (s.length === 10 && d.toISOString().slice(0, 10) !== s)) throw validationError(field, `is not a date: ${s}`);
    return d;
  };
  const from = at(q.from, 'from');
  const to = at(q.to, 'to');
  if (to <= from) throw validationError('to', 'must be after from');
  return { from, to };
}

const reportExample = {
  period: { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
  actions: { total: 12, automatic: 9, byKind: { restriction: 7 }, byPolicy: { 'contact-sharing': 8 }, bySource: { proactive: 10, report: 2, manual: 0 } },
  appeals: { received: 4, decided: 3, upheld: 2, overturned: 1, overturnRate: 0.3333 },
  medianHours: { detectionToAction: 0, appealToDecision: 20.5 },
};

const statementExample = {
  puid: 'action:act_5b1c',
  decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION',
  end_date_service_restriction: '2026-12-08',
  account_type: 'ACCOUNT_TYPE_BUSINESS',
  decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
  incompatible_content_ground: 'Marketplace terms: Contact and payment stay on the platform (policy contact-sharing v3)',
  incompatible_content_explanation: 'Shared contact details to move the conversation off the platform before a contract.',
  incompatible_content_illegal: 'No',
  category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
  content_type: ['CONTENT_TYPE_TEXT'],
  content_language: 'ES',
  content_date: '2026-12-01',
  application_date: '2026-12-01',
  territorial_scope: ['AT', 'BE', '…'],
  decision_facts:
    'Warden\'s automated screening found conduct the policy "Contact and payment stay on the platform" describes; the platform automatically restricted the account\'s new conversations until 2026-12-08.',
  source_type: 'SOURCE_VOLUNTARY',
  automated_detection: 'Yes',
  automated_decision: 'AUTOMATED_DECISION_FULLY',
};

export function transparencyRoutes(statements: StatementsConfig) {
  return async function routes(app: WardenApp, ctx: AppContext) {
    app.get(
      '/v1/transparency',
      {
        config: { scope: 'read' },
        schema: {
          tags,
          summary:
            'Transparency report for a period: actions by policy, kind and detection source (proactive or report), strikes, screening outcomes, reports, appeals and overturn rates, disputes, median times, by language and country — JSON, or Markdown ready to publish (format=markdown)',
          querystring: PeriodQuery,
          response: {
            200: {
              description: 'The report',
              content: {
                'application/json': {
                  schema: Open({ period: Open({}), actions: Open({}), appeals: Open({}), medianHours: Open({}) }),
                  example: reportExample,
                },
                'text/markdown': { schema: Type.String(), example: '# Transparency report, 2026-11-01 to 2026-12-01\n\n## Enforcement actions\n…' },
              },
            },
          },
        },
      },
      async (req, reply) => {
        const q: Static<typeof PeriodQuery> = req.query;
        const { from, to } = parsePeriod(q);
        const report = await transparencyReport(ctx.db, from, to);
        if (q.format === 'markdown') return reply.type('text/markdown; charset=utf-8').send(transparencyMarkdown(report));
        return reply.type('application/json').send(report);
      },
    );

    app.get(
      '/v1/transparency/statements',
      {
        config: { scope: 'read' },
        schema: {
          tags,
          summary:
            'DSA statements of reasons for the restrictions decided in a period (content blocked, held or masked; feature restrictions, payment holds, suspensions), one JSON object per line in the shape of the EU DSA Transparency Database API',
          querystring: StatementsQuery,
          response: {
            200: {
              description: 'JSON lines',
              content: { 'application/x-ndjson': { schema: Type.String(), example: `${JSON.stringify(statementExample)}\n` } },
            },
          },
        },
      },
      async (req, reply) => {
        const { from, to } = parsePeriod(req.query);
        const rows = await statementsOfReasons(ctx.db, from, to, statements);
        return reply.type('application/x-ndjson').send(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
      },
    );
  };
}
