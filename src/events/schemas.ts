// One schema per event type. They validate ingestion, give TypeScript types, and are
// published in the OpenAPI document (components/schemas/<type>).
import { type Static, type TObject, type TSchema, Type } from '@sinclair/typebox';

const Id = Type.String({ minLength: 1, maxLength: 200 });
const Cents = Type.Integer({ minimum: 0, maximum: 1e13, description: 'Amount in US cents' });
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' });
const Role = Type.Union([Type.Literal('client'), Type.Literal('freelancer'), Type.Literal('agency')]);
const Plan = Type.String({ minLength: 1, maxLength: 40, description: 'basic, plus, business, enterprise ...' });
const ContractKind = Type.Union([Type.Literal('hourly'), Type.Literal('fixed')]);
const Text = (max = 50_000) => Type.String({ maxLength: max });
export const Locale = Type.String({
  pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$',
  maxLength: 35,
  description: 'BCP 47 language tag of the account (notices use it): en, es-MX, pt-BR ...',
});

export const Attachment = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 500 }),
    mimeType: Type.Optional(Type.String({ maxLength: 200 })),
    sizeBytes: Type.Optional(Type.Integer({ minimum: 0 })),
    sha256: Type.Optional(Type.String({ pattern: '^[a-f0-9]{64}$' })),
  },
  { additionalProperties: false },
);

const PaymentFingerprint = Type.String({
  minLength: 1,
  maxLength: 300,
  description:
    "The payment processor's stable fingerprint of the card or account, or the payment handle (PayPal e-mail, wallet); kept only as a keyed hash and a masked form",
});
const PayoutDestination = Type.String({
  minLength: 1,
  maxLength: 300,
  description: 'Where the money goes (bank account number or its fingerprint, wallet address, PayPal e-mail); kept only as a keyed hash and a masked form',
});

const obj = <T extends Record<string, TSchema>>(props: T, description: string) => Type.Object(props, { additionalProperties: false, description });

/** The payload (`data`) schema of each event type. */
export const EventDataSchemas = {
  'user.registered': obj(
    {
      role: Role,
      country: Type.Optional(Country),
      plan: Type.Optional(Plan),
      displayName: Type.Optional(Text(200)),
      emailDomain: Type.Optional(Text(255)),
      locale: Type.Optional(Locale),
      email: Type.Optional(Text(320)),
      phone: Type.Optional(Text(64)),
    },
    'A new account on the marketplace. `email` and `phone`, when sent, are kept only as a keyed hash and a masked form (linked accounts).',
  ),
  'user.login': obj(
    {
      ip: Type.Optional(Type.String({ maxLength: 64, description: 'IPv4 or IPv6 address the login came from' })),
      deviceId: Type.Optional(Text(200)),
      userAgent: Type.Optional(Text(1000)),
      country: Type.Optional(Country),
      success: Type.Optional(Type.Boolean()),
      mfa: Type.Optional(Type.Boolean()),
    },
    'A login attempt (facts only: Warden never sees passwords).',
  ),
  'profile.updated': obj(
    {
      displayName: Type.Optional(Text(200)),
      title: Type.Optional(Text(300)),
      overview: Type.Optional(Text(10_000)),
      skills: Type.Optional(Type.Array(Text(100), { maxItems: 100 })),
      hourlyRateCents: Type.Optional(Cents),
      country: Type.Optional(Country),
      plan: Type.Optional(Plan),
      locale: Type.Optional(Locale),
      complete: Type.Optional(Type.Boolean({ description: 'The marketplace judges the profile complete' })),
      email: Type.Optional(Text(320)),
      phone: Type.Optional(Text(64)),
    },
    'A profile change; fields absent are unchanged.',
  ),
  'job.posted': obj(
    {
      jobId: Id,
      title: Text(500),
      description: Text(),
      budgetCents: Type.Optional(Cents),
      kind: Type.Optional(ContractKind),
      skills: Type.Optional(Type.Array(Text(100), { maxItems: 100 })),
      // What the marketplace knows about the post beyond its text; the fake-job model reads it
      // (fraudulent posts more often lack a company logo, screening questions and a salary).
      company: Type.Optional(
        Type.Object(
          {
            name: Type.Optional(Text(300)),
            description: Type.Optional(Text(10_000)),
            hasLogo: Type.Optional(Type.Boolean({ description: 'The client account shows a company logo' })),
          },
          { additionalProperties: false },
        ),
      ),
      salaryRange: Type.Optional(Text(100)),
      screeningQuestions: Type.Optional(Type.Array(Text(1_000), { maxItems: 50 })),
      employmentType: Type.Optional(Text(50)),
      remote: Type.Optional(Type.Boolean()),
      category: Type.Optional(Text(200)),
      jobFunction: Type.Optional(
        Type.String({ maxLength: 200, description: 'The kind of role (e.g. "Customer Service", "Engineering"), as the marketplace classifies it' }),
      ),
      location: Type.Optional(
        Type.Object(
          {
            country: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code of the country where the job is' })),
            region: Type.Optional(Text(200)),
            city: Type.Optional(Text(200)),
          },
          { additionalProperties: false },
        ),
      ),
    },
    'A client posts a job.',
  ),
  'proposal.submitted': obj(
    { proposalId: Id, jobId: Id, clientId: Type.Optional(Id), text: Text(), bidCents: Type.Optional(Cents) },
    'A freelancer sends a proposal to a job.',
  ),
  'invite.sent': obj({ inviteId: Id, jobId: Id, freelancerId: Id, text: Type.Optional(Text()) }, 'A client invites a freelancer to a job.'),
  'message.sent': obj(
    {
      messageId: Id,
      conversationId: Type.Optional(Id),
      recipientId: Id,
      text: Text(),
      /** The job the conversation is about, when there is one: its interview policy and contracts reach the message. */
      jobId: Type.Optional(Id),
      /** The proposal the conversation started from (its job is used when jobId is absent). */
      proposalId: Type.Optional(Id),
      /** The invitation the conversation started from (its job is used when jobId is absent). */
      invitationId: Type.Optional(Id),
      attachments: Type.Optional(Type.Array(Attachment, { maxItems: 50 })),
    },
    'A message in the marketplace messages; screened before delivery.',
  ),
  'contract.started': obj(
    {
      contractId: Id,
      jobId: Type.Optional(Id),
      clientId: Id,
      freelancerId: Id,
      kind: ContractKind,
      amountCents: Type.Optional(Cents),
      // Hourly terms that payment protection reads (GET /v1/contracts/{id}/protection).
      weeklyLimitHours: Type.Optional(Type.Number({ minimum: 0, maximum: 168, description: 'Hourly: the most hours the client agreed to pay per week' })),
      manualTimeAllowed: Type.Optional(Type.Boolean({ description: 'Hourly: the client lets the freelancer add time manually (never protected)' })),
    },
    'A contract starts between a client and a freelancer.',
  ),
  'contract.ended': obj(
    {
      contractId: Id,
      reason: Type.Optional(
        Type.Union(['completed', 'cancelled', 'no_work', 'dispute', 'client_unresponsive', 'freelancer_unresponsive', 'other'].map((r) => Type.Literal(r))),
      ),
    },
    'A contract ends.',
  ),
  'payment.method_added': obj(
    { methodType: Type.Optional(Text(50)), methodId: Type.Optional(Id), fingerprint: Type.Optional(PaymentFingerprint) },
    'A billing method is added.',
  ),
  'payment.method_verified': obj(
    { methodType: Type.Optional(Text(50)), methodId: Type.Optional(Id), fingerprint: Type.Optional(PaymentFingerprint) },
    'A billing method is verified.',
  ),
  'escrow.funded': obj({ contractId: Id, milestoneId: Type.Optional(Id), amountCents: Cents }, 'A milestone is funded into escrow.'),
  'milestone.submitted': obj(
    {
      contractId: Id,
      milestoneId: Id,
      workStartedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When work on the milestone began, when the marketplace knows' })),
      submittedVia: Type.Optional(
        Type.Union([Type.Literal('platform'), Type.Literal('outside')], {
          description: 'platform (default): the work was delivered through the marketplace; outside: only marked submitted, delivered elsewhere',
        }),
      ),
    },
    'A freelancer submits a milestone.',
  ),
  'milestone.released': obj({ contractId: Id, milestoneId: Type.Optional(Id), amountCents: Cents }, 'Escrow is released to the freelancer.'),
  'hours.logged': obj(
    {
      contractId: Id,
      hours: Type.Number({ minimum: 0, maximum: 168 }),
      amountCents: Cents,
      weekStart: Type.Optional(Type.String({ format: 'date' })),
      source: Type.Optional(
        Type.Union([Type.Literal('tracker'), Type.Literal('manual')], {
          description: "tracker: recorded by the marketplace's time tracker (with activity); manual: added by hand",
        }),
      ),
    },
    'Hours billed on an hourly contract.',
  ),
  'bonus.paid': obj({ contractId: Id, amountCents: Cents }, 'A bonus paid on a contract.'),
  'payout.requested': obj(
    {
      amountCents: Cents,
      method: Type.Optional(Text(50)),
      payoutId: Type.Optional(Id),
      methodId: Type.Optional(Id),
      destination: Type.Optional(PayoutDestination),
    },
    'A freelancer withdraws earnings. The reply carries the payment-risk decision: `hold` means keep the payout until a reviewer decides.',
  ),
  'payout.method_changed': obj(
    {
      methodId: Type.Optional(Id),
      methodType: Type.Optional(Text(50)),
      destination: Type.Optional(PayoutDestination),
      change: Type.Optional(Type.Union([Type.Literal('added'), Type.Literal('updated'), Type.Literal('removed')], { default: 'added' })),
    },
    'A payout method (where withdrawals go) is added, changed or removed.',
  ),
  'chargeback.received': obj({ contractId: Type.Optional(Id), amountCents: Cents }, "A client's payment is charged back."),
  'refund.issued': obj(
    { contractId: Type.Optional(Id), amountCents: Cents, reason: Type.Optional(Text(200)) },
    'Money paid by a client (the actor) is refunded to them.',
  ),
  'feedback.left': obj(
    {
      contractId: Id,
      toId: Id,
      stars: Type.Optional(Type.Number({ minimum: 1, maximum: 5, description: 'Public feedback' })),
      privateScore: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, description: 'Private "would recommend" score' })),
      endReason: Type.Optional(Text(100)),
      comment: Type.Optional(Text(5000)),
    },
    'Feedback at the end of a contract: public stars and a private 0-10 score.',
  ),
  'verification.completed': obj(
    { kind: Type.Union([Type.Literal('identity'), Type.Literal('payment')]), result: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]) },
    'An identity or payment verification finished at the marketplace.',
  ),
} satisfies Record<string, TObject>;

export type EventType = keyof typeof EventDataSchemas;
export const EVENT_TYPES = Object.keys(EventDataSchemas) as EventType[];

export const Actor = Type.Object(
  {
    id: Id,
    ip: Type.Optional(Type.String({ maxLength: 64, description: 'IPv4 or IPv6 address of the actor' })),
    deviceId: Type.Optional(Text(200)),
    userAgent: Type.Optional(Text(1000)),
  },
  { additionalProperties: false, description: 'Who did it: the account id, and facts about the session when known.' },
);

/** The envelope every event shares; `data` is checked against the schema of `type`. */
export const EventEnvelope = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200, description: 'Marketplace-unique id; ingestion is idempotent on it' }),
    type: Type.String({ minLength: 1, maxLength: 100, description: `One of: ${EVENT_TYPES.join(', ')}` }),
    occurredAt: Type.String({ format: 'date-time', maxLength: 64 }),
    actor: Actor,
    data: Type.Object({}, { additionalProperties: true, description: 'The payload; see the schema of the type' }),
  },
  { additionalProperties: false, $id: 'Event' },
);

export type EventData<T extends EventType> = Static<(typeof EventDataSchemas)[T]>;

export type WardenEvent = {
  [T in EventType]: { id: string; type: T; occurredAt: string; actor: Static<typeof Actor>; data: EventData<T> };
}[EventType];

export type EventOf<T extends EventType> = Extract<WardenEvent, { type: T }>;
