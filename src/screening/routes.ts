// POST /v1/screen: the real-time answer before delivery. Stable interface (used by outside
// evaluations): { text, kind? (default message), senderId?, recipientId?, locale?, job? } → { outcome, signals, maskedText, notice? }.
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import { WardenError } from '../app/errors.ts';
import type { WardenApp } from '../app/server.ts';
import { EventDataSchemas, Locale } from '../events/schemas.ts';
import { withTransaction } from '../store/db.ts';
import { jobPostMeta } from './job-post.ts';
import { screenStateless } from './service.ts';

const Kind = Type.Union([Type.Literal('message'), Type.Literal('job'), Type.Literal('proposal'), Type.Literal('profile')]);

/**
 * What a marketplace knows about a job post beyond its text: the same fields and limits as
 * `job.posted` (one schema, picked from it), read by the fake-job model when `kind` is `job`.
 */
export const ScreenJobFields = Type.Partial(
  Type.Pick(EventDataSchemas['job.posted'], [
    'title',
    'company',
    'salaryRange',
    'budgetCents',
    'screeningQuestions',
    'employmentType',
    'remote',
    'category',
    'jobFunction',
    'location',
  ]),
  {
    additionalProperties: false,
    description: "job.posted's metadata (kind job only): company logo and description, salary, questions, remote, category, job function, location",
  },
);

export const ScreenRequest = Type.Object(
  {
    text: Type.String({ maxLength: 50_000 }),
    kind: Type.Optional(Kind),
    senderId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    recipientId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    jobId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    contentId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description:
          'The id the later event gives this content (messageId, proposalId, jobId): that event takes this decision instead of being judged again. Without it the event is matched by sender, recipient and the same text within an hour',
      }),
    ),
    locale: Type.Optional(Locale),
    job: Type.Optional(ScreenJobFields),
    dryRun: Type.Optional(Type.Boolean({ description: 'Decide without recording anything (no decision, counters, cases or strikes)' })),
  },
  { additionalProperties: false },
);

const SignalOut = Type.Object({
  type: Type.String(),
  strength: Type.String(),
  start: Type.Union([Type.Integer(), Type.Null()]),
  end: Type.Union([Type.Integer(), Type.Null()]),
  text: Type.Union([Type.String(), Type.Null()]),
});

export async function screeningRoutes(app: WardenApp, ctx: AppContext) {
  app.post(
    '/v1/screen',
    {
      config: { scope: 'events:write' },
      schema: {
        tags: ['screening'],
        summary: 'Screen a text before delivery: contact sharing, off-platform solicitation, spam, scams',
        description:
          'Spans (`start`, `end`, UTF-16, end exclusive) index the original text. With a `senderId` the decision is recorded (repeats count, cases and strikes follow the policies) unless `dryRun` is true; without one it is stateless.',
        body: ScreenRequest,
        response: {
          200: Type.Object(
            {
              outcome: Type.String({ description: 'allow | nudge | mask | hold | block' }),
              signals: Type.Array(SignalOut),
              maskedText: Type.String(),
              notice: Type.Optional(
                Type.Object({ policy: Type.String(), title: Type.String(), url: Type.Optional(Type.String()), text: Type.String(), locale: Type.String() }),
              ),
              decisionId: Type.Optional(Type.String()),
              exemptions: Type.Array(Type.Object({ policy: Type.String(), id: Type.String(), description: Type.String() })),
              exemptionsWithheld: Type.Array(
                Type.Object({
                  policy: Type.String(),
                  id: Type.String(),
                  description: Type.String(),
                  reason: Type.Literal('ask_pattern'),
                  counterparts: Type.Integer({ description: 'Distinct people the sender asked to move off the platform in the window, this one included' }),
                  threshold: Type.Integer({
                    description: 'From how many an exemption by reputation is withheld (trust setting exemptions.askPatternCounterparts)',
                  }),
                  windowDays: Type.Integer(),
                }),
                {
                  description:
                    'Exemptions by reputation (e.g. trusted-client) whose condition held but that the engine did not apply: a pattern of asks across many counterparts, not a one-off',
                },
              ),
              policies: Type.Array(Type.Any()),
              effects: Type.Optional(Type.Array(Type.Any())),
              recipientNotice: Type.Optional(
                Type.Object(
                  {
                    id: Type.String(),
                    accountId: Type.String({ description: 'The recipient it is for' }),
                    locale: Type.String(),
                    text: Type.String(),
                    suggestedReply: Type.String({ description: 'A reply that declines, in the recipient’s language' }),
                    report: Type.Object({
                      label: Type.String(),
                      method: Type.Literal('POST'),
                      path: Type.String(),
                      body: Type.Object({
                        reporterId: Type.String(),
                        subject: Type.Object({ type: Type.String(), id: Type.String(), accountId: Type.String() }),
                        reason: Type.String(),
                      }),
                    }),
                  },
                  {
                    description:
                      'For the recipient of a request to move off the platform (when the content is delivered): guidance in their language, a reply that declines, and the one-step report (the POST /v1/reports body)',
                  },
                ),
              ),
            },
            {
              additionalProperties: false,
              examples: [
                {
                  outcome: 'mask',
                  signals: [{ type: 'contact.phone', strength: 'strong', start: 15, end: 31, text: '+44 7911 123456' }],
                  maskedText: 'my whatsapp is [contact hidden]',
                  notice: { policy: 'contact-sharing', title: 'Keep contact details on the platform', text: '…', locale: 'en' },
                  exemptions: [],
                  exemptionsWithheld: [],
                  policies: [{ name: 'contact-sharing', version: 1, outcome: 'mask', matched: ['phone'] }],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const { job, ...body } = req.body;
      const kind = body.kind ?? 'message';
      if (job && kind !== 'job')
        throw new WardenError('ValidationFailed', 'job metadata is read with kind "job" only', {
          invalidParams: [{ pointer: '/job', reason: 'only with kind "job"' }],
        });
      const input = { ...body, kind, job: job ? jobPostMeta(job) : undefined };
      if (input.senderId && !input.dryRun) return withTransaction(ctx.db, (tx) => ctx.screening.screen(tx, input));
      const set = await ctx.policies.get();
      const facts = input.senderId || input.recipientId ? await ctx.screening.dryRunFacts(ctx.db, input, new Date()) : undefined;
      // A dry run predicts the recorded call: the notice in the sender's language unless a locale is named.
      const signals = await ctx.screening.detect(input, set);
      return screenStateless(set, input, facts?.context, input.locale ?? facts?.senderLanguage ?? undefined, true, signals);
    },
  );
}
