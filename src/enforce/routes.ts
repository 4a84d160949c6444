// Thin HTTP layer over enforcement: standing, actions, appeals, verification, webhooks.
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { hasScope } from '../access/scopes.ts';
import type { AppContext } from '../app/context.ts';
import { notFoundError, validationError } from '../app/errors.ts';
import { literals as lit, Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { maskQuote, maskQuotesDeep, maskUserText } from '../detect/contact/masking.ts';
import { Locale } from '../events/schemas.ts';
import { SEVERITIES } from '../policy/schema.ts';
import { WEBHOOK_TOPICS } from '../webhooks/outbox.ts';
import { type AppealConversation, type AppealView, falsePositiveReport } from './appeals.ts';
import { ACTION_TYPES, RESTRICTABLE_FEATURES } from './config.ts';
import { requirePermanentConfirmation } from './confirm.ts';
import { noticeWordsIn } from './notices/render.ts';
import { accountLocale } from './notices/store.ts';
import { DOCUMENT_KINDS, getVerification, readVerificationDocument, VERIFICATION_TRIGGERS } from './verification.ts';
import { createSubscription, deleteSubscription, listDeliveries, listSubscriptions, replayDeadLetters, replayDelivery } from './webhooks/delivery.ts';

const Id = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
const Reason = Type.String({ minLength: 1, maxLength: 2000 });
const N = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Time = Type.String({ format: 'date-time' });
/** For operations whose body has only optional fields: a POST without a body reads as `{}` (not 400 "must be object"). */
const bodyOptional = async (req: FastifyRequest) => {
  req.body ??= {};
};
const actionExample = {
  id: 'act_0c4d',
  accountId: 'fl-42',
  type: 'restriction',
  feature: 'messaging',
  status: 'active',
  policy: { name: 'contact-sharing', version: 1 },
  reason: 'Shared a phone number before a contract, third time',
  evidence: { quote: 'my whatsapp is +44 7911 123456' },
  strikeId: 'str_5a1b',
  caseId: 'case_71b2',
  decisionId: 'dec_3f1a',
  automatic: false,
  appliedBy: 'usr_8d1e',
  startsAt: '2026-11-22T11:00:00.000Z',
  endsAt: '2026-11-29T11:00:00.000Z',
};
const noticeExample = { id: 'ntc_2b9e', accountId: 'fl-42', title: 'Messaging paused for 7 days', text: '…', locale: 'en' };
const ActionOut = Open(
  { id: Type.String(), accountId: Type.String(), type: Type.String(), status: Type.String(), strikeId: N(Type.String()), startsAt: Time },
  { examples: [actionExample] },
);
const appealExample = {
  id: 'apl_91f0',
  accountId: 'fl-42',
  actionId: 'act_0c4d',
  strikeId: null,
  text: 'It was my own business number, shared after the contract started',
  attachments: [],
  status: 'open',
  caseId: 'case_88aa',
  decision: null,
  restored: null,
  createdAt: '2026-11-23T09:00:00.000Z',
};
const AppealOut = Open(
  { id: Type.String(), accountId: Type.String(), actionId: N(Type.String()), strikeId: N(Type.String()), status: Type.String(), createdAt: Time },
  { examples: [appealExample] },
);
/** One turn of an appeal's conversation (appeals.ts AppealMessage), contact details masked. */
const AppealMessageOut = Open({
  id: Type.String(),
  author: Type.Union([Type.Literal('user'), Type.Literal('reviewer')]),
  kind: Type.String({ description: 'statement, evidence, answer (the user); question, reply (a reviewer)' }),
  text: Type.String(),
  createdAt: Time,
});
/** An appeal with its conversation (oldest first) and whether the user's answer is awaited. */
const AppealWithConversationOut = Open(
  { ...AppealOut.properties, messages: Type.Array(AppealMessageOut), awaitingUser: Type.Boolean() },
  { examples: [{ ...appealExample, messages: [], awaitingUser: false }] },
);
const verificationExample = {
  id: 'ver_7e21',
  accountId: 'fl-42',
  trigger: 'reviewer',
  reason: 'Payment hold: confirm identity',
  provider: 'manual',
  status: 'requested',
  dueAt: '2026-12-06T10:00:00.000Z',
  requestedAt: '2026-11-22T10:00:00.000Z',
  submittedAt: null,
  decision: null,
  caseId: null,
  holdActionId: 'act_0c4d',
};
const VerificationOut = Open(
  { id: Type.String(), accountId: Type.String(), status: Type.String(), dueAt: Time, requestedAt: Time },
  { examples: [verificationExample] },
);
const subscriptionExample = {
  id: 'sub_1',
  url: 'https://marketplace.example/hooks/warden',
  topics: ['action.applied', 'appeal.decided'],
  createdAt: '2026-11-22T10:00:00.000Z',
};
const Subscription = Open({ id: Type.String(), url: Type.String(), topics: Type.Array(Type.String()), createdAt: Time });
const LiftResult = Open(
  { lifted: Type.Boolean({ description: 'false (202) when identity verification comes first' }) },
  { examples: [{ lifted: true, action: { ...actionExample, status: 'lifted' } }] },
);
const Replayed = Open({ replayed: Type.Integer() }, { examples: [{ replayed: 3 }] });
const who = (req: FastifyRequest) => ({ id: req.principal?.id ?? 'unknown', name: req.principal?.name ?? 'unknown', kind: req.principal?.kind ?? 'key' });

/**
 * An appeal as a reviewer or a key reads it: the user's words (the appeal and their messages)
 * with contact details hidden, `hiddenContacts` counting the runs; POST /v1/appeals/{id}/reveal
 * shows them and writes the reveal to the appeal case's audit trail. Reviewers' own messages
 * are theirs and stay whole.
 */
function maskedAppeal(appeal: AppealView, messages: AppealConversation['messages'] = []) {
  const text = maskUserText(appeal.text);
  let hidden = text.hidden;
  const masked = messages.map((m) => {
    if (m.author !== 'user') return m;
    const t = maskUserText(m.text);
    hidden += t.hidden;
    return { ...m, text: t.text };
  });
  return { appeal: { ...appeal, text: text.text, hiddenContacts: hidden }, messages: masked };
}

/** Account endpoints answer 404 for accounts Warden never heard of, and nothing acts on them. */
async function requireAccount(ctx: AppContext, id: string): Promise<void> {
  const found = await ctx.db.selectFrom('accounts').select('id').where('id', '=', id).executeTakeFirst();
  if (!found) throw notFoundError('account', id);
}

/**
 * A reviewer's action names the policy it enforces, and the user's notice quotes that policy:
 * a name no policy has would give a notice about a rule that does not exist (and a line in the
 * transparency report and the statements of reasons). 400 naming `/policy`, with the names.
 */
async function requirePolicy(ctx: AppContext, name: string): Promise<void> {
  const heads = await ctx.db.selectFrom('policy_heads').select('name').orderBy('name').execute();
  if (!heads.some((h) => h.name === name)) throw validationError('/policy', `names no policy: must be one of ${heads.map((h) => `'${h.name}'`).join(', ')}`);
}

export async function enforceRoutes(app: WardenApp, ctx: AppContext) {
  const enforcement = ctx.enforcement;
  const encryptionKey = () => ctx.deploymentKey.key;

  app.get(
    '/v1/accounts/:id/standing',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['enforcement'],
        summary: "An account's standing: actions in force, strikes and when they expire, notices, appeals, verification, and what the user can do now",
        params: Id,
        querystring: Type.Object({
          locale: Type.Optional(
            Type.String({
              pattern: Locale.pattern,
              maxLength: 35,
              description:
                "Language of the summary, steps and notices (a BCP 47 tag; a region falls back to its language). Default: the account's language (its locale, else its country), else WARDEN_NOTICE_DEFAULT_LOCALE",
            }),
          ),
        }),
        response: {
          200: Open(
            {
              accountId: Type.String(),
              asOf: Time,
              status: Type.String({ description: 'good | strikes | restricted | on_hold | suspended' }),
              summary: Type.String(),
              activeActions: Type.Array(ActionOut),
              heldPayouts: Type.Array(
                Open(
                  {
                    payoutId: Type.Union([Type.String(), Type.Null()]),
                    amountCents: Type.Union([Type.Integer(), Type.Null()]),
                    policy: Type.String(),
                    decisionId: Type.String(),
                    caseId: Type.Union([Type.String(), Type.Null()]),
                    heldAt: Time,
                  },
                  { description: 'Payouts held by a payment-risk decision while a reviewer looks (its case is open)' },
                ),
              ),
              strikes: Open({ points: Type.Number() }),
              appeals: Open({ open: Type.Array(AppealOut), decided: Type.Array(AppealOut) }),
              verifications: Type.Array(VerificationOut),
              notices: Type.Array(Open({})),
              whatYouCanDo: Type.Array(Open({})),
            },
            {
              examples: [
                {
                  accountId: 'fl-42',
                  asOf: '2026-11-23T09:00:00.000Z',
                  status: 'restricted',
                  summary: 'Messaging is paused until 29 November.',
                  activeActions: [actionExample],
                  heldPayouts: [],
                  strikes: { active: [{ id: 'str_5a1b', points: 3 }], points: 3, next: { atPoints: 6, action: 'payment_hold' }, history: [] },
                  appeals: { open: [], decided: [] },
                  verifications: [],
                  notices: [noticeExample],
                  whatYouCanDo: [{ kind: 'appeal', actionId: 'act_0c4d', until: '2026-12-06T11:00:00.000Z' }],
                },
              ],
            },
          ),
        },
      },
    },
    // Keys and reviewers read quotes with contact details hidden (the user's own page shows them).
    async (req) => {
      await requireAccount(ctx, req.params.id);
      // The account's own language unless asked otherwise, as on the signed standing page and in its notices.
      const locale = req.query.locale ?? (await accountLocale(ctx.db, req.params.id, enforcement.config));
      // Notices are rendered from the masked quote (every rendering the same); the rest masked as before.
      const hidden = noticeWordsIn(locale).contactHidden;
      return maskQuotesDeep(
        await enforcement.standing(ctx.db, req.params.id, { locale, maskQuote: (q) => maskQuote(null, [], q, undefined, undefined, hidden) }),
      );
    },
  );

  app.get(
    '/v1/actions/:id',
    { config: { scope: 'read' }, schema: { tags: ['enforcement'], summary: 'One enforcement action', params: Id, response: { 200: ActionOut } } },
    async (req) => enforcement.getAction(ctx.db, req.params.id),
  );

  app.post(
    '/v1/actions',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['enforcement'],
        summary:
          'A reviewer applies an action directly (takes effect now; the user gets a notice); a permanent suspension only admins apply, reviewers propose it (202)',
        body: Type.Object(
          {
            accountId: Type.String({ minLength: 1, maxLength: 200 }),
            type: lit(ACTION_TYPES),
            policy: Type.String({ minLength: 1, maxLength: 200 }),
            policyVersion: Type.Optional(Type.Integer({ minimum: 1 })),
            reason: Reason,
            feature: Type.Optional(lit(RESTRICTABLE_FEATURES)),
            durationDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
            severity: Type.Optional(lit(SEVERITIES)),
            evidence: Type.Optional(Type.Object({ quote: Type.Optional(Type.String({ maxLength: 5000 })) }, { additionalProperties: false })),
            caseId: Type.Optional(Type.String({ maxLength: 200 })),
            confirm: Type.Optional(
              Type.String({
                maxLength: 200,
                description: 'Required for permanent_suspension: the accountId typed again, as a deliberate second step (else 409 ConfirmationRequired)',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          ...problems(409),
          201: Open(
            { action: ActionOut, strikeId: N(Type.String()), notice: Open({}) },
            { examples: [{ action: actionExample, strikeId: 'str_5a1b', notice: noticeExample }] },
          ),
          202: Open(
            { action: ActionOut, caseId: Type.String() },
            {
              description:
                'A permanent suspension asked for by a reviewer without the admin scope: only proposed, in a case, for another reviewer or an admin to approve',
              examples: [{ action: { ...actionExample, type: 'permanent_suspension', status: 'proposed' }, caseId: 'case_7b2e' }],
            },
          ),
        },
      },
    },
    async (req, reply) => {
      const { confirm, ...b } = req.body;
      requirePermanentConfirmation(b.type, b.accountId, confirm, '/confirm');
      await requireAccount(ctx, b.accountId);
      await requirePolicy(ctx, b.policy);
      // A reviewer only proposes a permanent suspension; a second person approves it.
      if (b.type === 'permanent_suspension' && !(req.principal && hasScope(req.principal, 'admin'))) {
        const p = await enforcement.proposeReviewerAction(ctx.db, { ...b, reviewerId: who(req).id });
        return reply.status(202).send(p);
      }
      const r = await enforcement.applyAction(ctx.db, { ...b, reviewerId: req.principal?.id });
      return reply.status(201).send(r);
    },
  );

  app.post(
    '/v1/actions/:id/lift',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['enforcement'],
        summary: 'Lift an action (a payment hold may first ask for identity verification)',
        params: Id,
        body: Type.Object({ reason: Reason }, { additionalProperties: false }),
        response: {
          200: LiftResult,
          202: LiftResult,
          ...problems(409),
        },
      },
    },
    async (req, reply) => {
      const r = await enforcement.liftAction(ctx.db, req.params.id, { reason: req.body.reason, by: who(req).id });
      return reply.status(r.lifted ? 200 : 202).send(r);
    },
  );

  app.post(
    '/v1/actions/:id/approve',
    {
      config: { scope: 'review' },
      preValidation: bodyOptional,
      schema: {
        tags: ['enforcement'],
        summary: 'Apply an action a guardrail or policy proposed',
        params: Id,
        body: Type.Optional(
          Type.Object(
            {
              confirm: Type.Optional(
                Type.String({
                  maxLength: 200,
                  description: "Required when the proposal is a permanent_suspension: the account's id typed again (else 409 ConfirmationRequired)",
                }),
              ),
            },
            { additionalProperties: false },
          ),
        ),
        response: {
          200: Open({}, { description: 'The applied action and its notice', examples: [{ action: actionExample, notice: noticeExample }] }),
          ...problems(409),
        },
      },
    },
    async (req) => enforcement.activateProposedAction(ctx.db, req.params.id, who(req), req.body?.confirm),
  );

  app.post(
    '/v1/appeals',
    {
      config: { scope: 'events:write' },
      schema: {
        tags: ['enforcement'],
        summary: 'The user appeals an action or a strike (one appeal each, within the appeal window)',
        body: Type.Object(
          {
            accountId: Type.String({ minLength: 1 }),
            actionId: Type.Optional(Type.String()),
            strikeId: Type.Optional(Type.String()),
            text: Type.String({ minLength: 1, maxLength: 20_000 }),
            attachments: Type.Optional(
              Type.Array(
                Type.Object({
                  name: Type.String({ maxLength: 300 }),
                  url: Type.Optional(Type.String({ maxLength: 2000 })),
                  contentType: Type.Optional(Type.String()),
                  sizeBytes: Type.Optional(Type.Integer({ minimum: 0 })),
                }),
                { maxItems: 10 },
              ),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: AppealOut, ...problems(404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await enforcement.createAppeal(ctx.db, req.body)),
  );

  app.get(
    '/v1/appeals/:id',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['enforcement'],
        summary: 'One appeal, with its conversation (`messages`, oldest first) and whether an answer is awaited',
        params: Id,
        response: { 200: AppealWithConversationOut, ...problems(404) },
      },
    },
    async (req) => {
      const c = await enforcement.appealConversation(ctx.db, req.params.id);
      const m = maskedAppeal(c.appeal, c.messages);
      return { ...m.appeal, messages: m.messages, awaitingUser: c.awaitingUser };
    },
  );

  app.post(
    '/v1/appeals/:id/reveal',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['enforcement'],
        summary: "The appeal's and the user's messages' original text with contact details; each reveal is written to the appeal case's audit trail",
        params: Id,
        body: Type.Optional(Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false })),
        response: {
          200: Open(
            { appealId: Type.String(), text: Type.String(), messages: Type.Array(Open({ id: Type.String(), text: Type.String() })), contacts: Type.Integer() },
            { examples: [{ appealId: 'apl_1', text: 'I sent my number +44 7911 123456 to my existing client', messages: [], contacts: 1 }] },
          ),
        },
      },
    },
    async (req, reply) => {
      const c = await enforcement.appealConversation(ctx.db, req.params.id);
      const contacts = maskedAppeal(c.appeal, c.messages).appeal.hiddenContacts;
      const reason = req.body?.reason;
      if (contacts > 0 && c.appeal.caseId)
        await ctx.cases.recordAudit(ctx.db, c.appeal.caseId, who(req), 'contact_revealed', { appealId: c.appeal.id, contacts, ...(reason ? { reason } : {}) });
      return reply.header('cache-control', 'no-store').send({
        appealId: c.appeal.id,
        text: c.appeal.text,
        messages: c.messages.filter((m) => m.author === 'user').map((m) => ({ id: m.id, text: m.text })),
        contacts,
      });
    },
  );

  const Attachments = Type.Optional(
    Type.Array(
      Type.Object({
        name: Type.String({ maxLength: 300 }),
        url: Type.Optional(Type.String({ maxLength: 2000 })),
        contentType: Type.Optional(Type.String({ maxLength: 200 })),
        sizeBytes: Type.Optional(Type.Integer({ minimum: 0 })),
      }),
      { maxItems: 10 },
    ),
  );
  const conversationExample = {
    appeal: appealExample,
    messages: [
      {
        id: 'apm_1',
        author: 'reviewer',
        kind: 'question',
        text: 'Who is the client you sent the number to?',
        attachments: [],
        createdAt: '2026-11-23T10:00:00.000Z',
      },
      { id: 'apm_2', author: 'user', kind: 'answer', text: 'My existing client from contract 881.', attachments: [], createdAt: '2026-11-23T11:00:00.000Z' },
    ],
    awaitingUser: false,
  };
  const ConversationOut = Open(
    { appeal: AppealOut, messages: Type.Array(AppealMessageOut), awaitingUser: Type.Boolean() },
    { examples: [conversationExample] },
  );

  app.post(
    '/v1/appeals/:id/statements',
    {
      config: { scope: 'events:write' },
      schema: {
        tags: ['enforcement'],
        summary: "The user adds to their open appeal: a statement, evidence or an answer to a reviewer's question",
        params: Id,
        body: Type.Object(
          { kind: lit(['statement', 'evidence', 'answer']), text: Type.String({ minLength: 1, maxLength: 20_000 }), attachments: Attachments },
          { additionalProperties: false },
        ),
        response: { 201: ConversationOut, ...problems(404, 409) },
      },
    },
    async (req, reply) => reply.status(201).send(await enforcement.addAppealMessage(ctx.db, req.params.id, { author: 'user', ...req.body })),
  );

  app.post(
    '/v1/appeals/:id/questions',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['enforcement'],
        summary: 'A reviewer asks the user a question about their open appeal, or replies; the user gets it as a notice in their language',
        params: Id,
        body: Type.Object({ kind: lit(['question', 'reply']), text: Type.String({ minLength: 1, maxLength: 20_000 }) }, { additionalProperties: false }),
        response: { 201: ConversationOut, ...problems(404, 409) },
      },
    },
    async (req, reply) => {
      const c = await enforcement.addAppealMessage(ctx.db, req.params.id, { author: 'reviewer', ...req.body, by: who(req).id });
      return reply.status(201).send({ ...c, ...maskedAppeal(c.appeal, c.messages) });
    },
  );

  app.post(
    '/v1/appeals/:id/decide',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['enforcement'],
        summary: 'Uphold or overturn an appeal; an overturn lifts the action, removes the strike and restores what it took',
        params: Id,
        body: Type.Object({ outcome: lit(['upheld', 'overturned']), reason: Reason }, { additionalProperties: false }),
        response: {
          200: Open(
            { appeal: AppealOut, notice: Open({}), policy: Type.String() },
            { examples: [{ appeal: { ...appealExample, status: 'overturned' }, notice: noticeExample, policy: 'contact-sharing' }] },
          ),
          ...problems(409),
        },
      },
    },
    async (req) => {
      const r = await enforcement.decideAppeal(ctx.db, req.params.id, { ...req.body, by: who(req) });
      return { ...r, appeal: maskedAppeal(r.appeal).appeal };
    },
  );

  app.get(
    '/v1/enforcement/false-positives',
    {
      config: { scope: 'read' },
      schema: {
        tags: ['enforcement'],
        summary: 'Overturned appeals as false-positive rates per policy and signal type',
        querystring: Type.Object({ since: Type.Optional(Type.String({ format: 'date-time' })) }),
        response: {
          200: Open(
            { byPolicy: Type.Array(Open({ policy: Type.String() })), bySignalType: Type.Array(Open({ signalType: Type.String() })) },
            {
              examples: [
                {
                  byPolicy: [{ policy: 'contact-sharing', strikes: 40, appealsDecided: 6, overturned: 2, overturnRate: 0.33, falsePositiveRate: 0.05 }],
                  bySignalType: [{ signalType: 'contact.phone', strikes: 30, overturned: 1, falsePositiveRate: 0.033 }],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => {
      const since = req.query.since;
      return falsePositiveReport(ctx.db, since ? new Date(since) : undefined);
    },
  );

  app.post(
    '/v1/verifications',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['verification'],
        summary: 'Ask an account to verify its identity (an open request is reused)',
        body: Type.Object(
          {
            accountId: Type.String({ minLength: 1 }),
            reason: Reason,
            trigger: Type.Optional(lit(VERIFICATION_TRIGGERS)),
            dueDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
          },
          { additionalProperties: false },
        ),
        response: { 201: VerificationOut, ...problems(404) },
      },
    },
    async (req, reply) => {
      const b = req.body;
      await requireAccount(ctx, b.accountId);
      return reply.status(201).send(await enforcement.requestVerification(ctx.db, { ...b, trigger: b.trigger ?? 'reviewer' }));
    },
  );

  app.get(
    '/v1/verifications/:id',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['verification'],
        summary: 'A verification request, its documents (metadata) and who viewed them',
        params: Id,
        response: { 200: VerificationOut },
      },
    },
    async (req) => getVerification(ctx.db, req.params.id),
  );

  app.post(
    '/v1/verifications/:id/documents',
    {
      config: { scope: 'events:write' },
      // base64 JSON keeps the API one content type with no multipart dependency; 4/3 overhead.
      bodyLimit: Math.ceil((enforcement.config.verificationMaxBytes * 4) / 3) + 4096,
      schema: {
        tags: ['verification'],
        summary: 'Upload an ID image or a selfie (base64 JSON); stored encrypted; when both are in, a reviewer compares them',
        params: Id,
        body: Type.Object(
          {
            kind: lit(DOCUMENT_KINDS),
            data: Type.String({ minLength: 1, maxLength: Math.ceil((enforcement.config.verificationMaxBytes * 4) / 3) + 8, description: 'the image, base64' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Open(
            { documentId: Type.String(), verification: VerificationOut },
            { examples: [{ documentId: 'doc_31', verification: { ...verificationExample, status: 'requested' } }] },
          ),
          ...problems(409, 413),
        },
      },
    },
    async (req, reply) => {
      const b = req.body;
      if (!/^[A-Za-z0-9+/=\s]+$/.test(b.data)) throw validationError('/data', 'must be base64');
      const r = await enforcement.addVerificationDocument(ctx.db, req.params.id, { kind: b.kind, data: Buffer.from(b.data, 'base64') }, encryptionKey());
      return reply.status(201).send(r);
    },
  );

  app.get(
    '/v1/verifications/:id/documents/:doc',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['verification'],
        summary: 'View an identity document (decrypted; every view is audited)',
        params: Type.Object({ id: Type.String(), doc: Type.String() }),
        response: {
          200: {
            description: 'The image bytes, with their content type',
            content: { 'image/*': { schema: Type.Unsafe<Buffer>({ type: 'string', contentMediaType: 'image/*', description: 'the image bytes' }) } },
          },
        },
      },
    },
    async (req, reply) => {
      const p = req.params;
      const d = await readVerificationDocument(ctx.db, p.id, p.doc, who(req), encryptionKey());
      return reply.type(d.contentType).header('cache-control', 'no-store').send(d.data);
    },
  );

  app.post(
    '/v1/verifications/:id/decide',
    {
      config: { scope: 'review' },
      schema: {
        tags: ['verification'],
        summary: 'Approve or reject a verification (a rejection asks for new photos)',
        params: Id,
        body: Type.Object({ outcome: lit(['approved', 'rejected']), reason: Reason }, { additionalProperties: false }),
        response: {
          200: Open(
            { verification: VerificationOut, next: Type.Optional(VerificationOut), liftedHold: Type.Optional(Type.String()) },
            { examples: [{ verification: { ...verificationExample, status: 'approved' }, liftedHold: 'act_0c4d' }] },
          ),
          ...problems(409),
        },
      },
    },
    async (req) => {
      const b = req.body;
      return enforcement.decideVerification(ctx.db, req.params.id, { ...b, by: who(req).id });
    },
  );

  app.post(
    '/v1/webhooks',
    {
      config: { scope: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Subscribe a URL to topics; the signing secret is in this reply only',
        body: Type.Object(
          {
            url: Type.String({ minLength: 1, maxLength: 2000 }),
            topics: Type.Array(lit(WEBHOOK_TOPICS), { minItems: 1 }),
            secret: Type.Optional(Type.String({ minLength: 16, maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Open(
            {
              id: Type.String(),
              url: Type.String(),
              topics: Type.Array(Type.String()),
              createdAt: Time,
              secret: Type.String({ description: 'The signing secret; shown once' }),
            },
            { examples: [{ ...subscriptionExample, secret: 'whsec_3mQ…' }] },
          ),
        },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createSubscription(ctx.db, req.body, ctx.deploymentKey.key, { allowPrivate: enforcement.config.webhookAllowPrivateTargets })),
  );
  app.get(
    '/v1/webhooks',
    {
      config: { scope: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Webhook subscriptions',
        response: { 200: Open({ subscriptions: Type.Array(Subscription) }, { examples: [{ subscriptions: [subscriptionExample] }] }) },
      },
    },
    async () => ({
      subscriptions: await listSubscriptions(ctx.db),
    }),
  );
  app.delete(
    '/v1/webhooks/:id',
    {
      config: { scope: 'admin' },
      schema: { tags: ['webhooks'], summary: 'Delete a subscription', params: Id, response: { 204: Type.Null({ description: 'Deleted' }) } },
    },
    async (req, reply) => {
      await deleteSubscription(ctx.db, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/v1/webhooks/deliveries',
    {
      config: { scope: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Deliveries, newest first (status=dead for the dead letters)',
        querystring: Type.Object({
          status: Type.Optional(lit(['pending', 'delivered', 'dead'])),
          subscriptionId: Type.Optional(Type.String({ maxLength: 200 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
        }),
        response: {
          200: Open(
            {
              deliveries: Type.Array(
                Open({
                  id: Type.String(),
                  subscriptionId: Type.String(),
                  eventId: Type.String(),
                  topic: Type.String(),
                  status: Type.String({ description: 'pending | delivered | dead' }),
                  attempts: Type.Integer(),
                }),
              ),
            },
            {
              examples: [
                {
                  deliveries: [
                    {
                      id: 'dlv_1',
                      subscriptionId: 'sub_1',
                      eventId: 'whe_1',
                      topic: 'action.applied',
                      status: 'dead',
                      attempts: 8,
                      nextAttemptAt: '2026-11-22T12:00:00.000Z',
                      lastStatus: 500,
                      lastError: 'receiver answered 500',
                      deliveredAt: null,
                      createdAt: '2026-11-22T10:00:00.000Z',
                    },
                  ],
                },
              ],
            },
          ),
        },
      },
    },
    async (req) => ({ deliveries: await listDeliveries(ctx.db, req.query) }),
  );
  app.post(
    '/v1/webhooks/deliveries/:id/replay',
    { config: { scope: 'admin' }, schema: { tags: ['webhooks'], summary: 'Send a delivery again (same event id)', params: Id, response: { 202: Replayed } } },
    async (req, reply) => {
      await replayDelivery(ctx.db, req.params.id);
      return reply.status(202).send({ replayed: 1 });
    },
  );
  app.post(
    '/v1/webhooks/dead-letters/replay',
    {
      config: { scope: 'admin' },
      preValidation: bodyOptional,
      schema: {
        tags: ['webhooks'],
        summary: 'Send every dead letter again',
        body: Type.Optional(Type.Object({ subscriptionId: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false })),
        response: { 202: Replayed },
      },
    },
    async (req, reply) => reply.status(202).send(await replayDeadLetters(ctx.db, req.body ?? {})),
  );
}
