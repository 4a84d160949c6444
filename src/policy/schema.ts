// The policy document format: data a trust analyst can read and change through the API.
// Conditions over signals, context values and counters; an outcome; side effects.
import { type Static, type TSchema, Type } from '@sinclair/typebox';

export const OUTCOMES = ['allow', 'nudge', 'mask', 'hold', 'block'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const outcomeRank = (o: Outcome) => OUTCOMES.indexOf(o);
export const maxOutcome = (a: Outcome, b: Outcome): Outcome => (outcomeRank(a) >= outcomeRank(b) ? a : b);

/**
 * How serious a violation is, least first: a policy's strike and case effects state it, cases
 * weigh it in their priority and enforcement turns it into ladder points. Defined here once.
 */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** 0 for `low` … 3 for `critical`. */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** What a decision is about (a case can also be about a dispute: `CaseSubjectType` in cases). */
export const SUBJECT_TYPES = ['message', 'job', 'proposal', 'profile', 'account', 'attachment', 'contract'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

const Strength = Type.Union([Type.Literal('weak'), Type.Literal('medium'), Type.Literal('strong')]);
const SeveritySchema = Type.Union(SEVERITIES.map((s) => Type.Literal(s)));
const Scalar = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);

/** A condition; `all`/`any`/`not` combine others. */
export const Condition: TSchema = Type.Recursive(
  (Self) =>
    Type.Union([
      Type.Object({ all: Type.Array(Self, { minItems: 1 }) }, { additionalProperties: false }),
      Type.Object({ any: Type.Array(Self, { minItems: 1 }) }, { additionalProperties: false }),
      Type.Object({ not: Self }, { additionalProperties: false }),
      Type.Object(
        {
          signal: Type.Object(
            {
              type: Type.String({ minLength: 1, description: 'Signal type; a trailing * matches a namespace: "contact.*"' }),
              minStrength: Type.Optional(Strength),
              minCount: Type.Optional(Type.Integer({ minimum: 1 })),
            },
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
      Type.Object(
        {
          context: Type.String({ minLength: 1, description: 'A context value by path: pair.hasContract, sender.ageDays, recipient.plan ...' }),
          eq: Type.Optional(Scalar),
          ne: Type.Optional(Scalar),
          gt: Type.Optional(Type.Number()),
          gte: Type.Optional(Type.Number()),
          lt: Type.Optional(Type.Number()),
          lte: Type.Optional(Type.Number()),
          in: Type.Optional(Type.Array(Scalar)),
        },
        { additionalProperties: false },
      ),
      Type.Object(
        {
          counter: Type.Object(
            {
              rules: Type.Array(Type.String(), { minItems: 1, description: 'Rule ids of this policy whose earlier matches by the same account are counted' }),
              windowDays: Type.Number({ exclusiveMinimum: 0 }),
            },
            { additionalProperties: false },
          ),
          gte: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
    ]),
  { $id: 'PolicyCondition' },
);

export const Effect = Type.Object(
  {
    case: Type.Optional(
      Type.Object(
        { queue: Type.Optional(Type.String()), severity: SeveritySchema, reason: Type.String({ minLength: 1 }) },
        { additionalProperties: false, description: 'Open a case (or join the open one) for human review' },
      ),
    ),
    strike: Type.Optional(
      Type.Object(
        {
          severity: SeveritySchema,
          proposeOnly: Type.Optional(Type.Boolean({ description: 'Propose actions above a warning to a reviewer instead of applying them' })),
        },
        { additionalProperties: false },
      ),
    ),
    requestVerification: Type.Optional(Type.Object({ reason: Type.String() }, { additionalProperties: false })),
    notify: Type.Optional(
      Type.Object({ notice: Type.String({ description: 'Id of a notice of this policy, shown to the sender' }) }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);

export const Rule = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    description: Type.String(),
    when: Condition,
    outcome: Type.Union(OUTCOMES.map((o) => Type.Literal(o))),
    /** Which signals' spans are redacted when the outcome is mask (default: the matched ones). */
    mask: Type.Optional(Type.Array(Type.String())),
    effects: Type.Optional(Type.Array(Effect)),
    notice: Type.Optional(Type.String()),
    /** Rules sharing a group: only the first that matches applies (e.g. repeat vs first time). */
    group: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const Exemption = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    description: Type.String(),
    when: Condition,
    /** Rule ids the exemption lifts; all rules when absent. */
    rules: Type.Optional(Type.Array(Type.String())),
  },
  { additionalProperties: false },
);

export const PolicyDocument = Type.Object(
  {
    name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    title: Type.String({ minLength: 1 }),
    description: Type.String(),
    url: Type.Optional(Type.String({ description: 'Where users can read the rule' })),
    appliesTo: Type.Array(Type.Union(['message', 'job', 'proposal', 'profile', 'attachment', 'account'].map((k) => Type.Literal(k))), { minItems: 1 }),
    rules: Type.Array(Rule, { minItems: 1 }),
    exemptions: Type.Optional(Type.Array(Exemption)),
    notices: Type.Optional(Type.Record(Type.String(), Type.Record(Type.String({ pattern: '^[a-z]{2}$' }), Type.String()))),
  },
  { additionalProperties: false, $id: 'PolicyDocument' },
);

export type PolicyDocument = Static<typeof PolicyDocument>;
export type PolicyRule = Static<typeof Rule>;
export type PolicyEffect = Static<typeof Effect>;
export type PolicyCondition =
  | { all: PolicyCondition[] }
  | { any: PolicyCondition[] }
  | { not: PolicyCondition }
  | { signal: { type: string; minStrength?: 'weak' | 'medium' | 'strong'; minCount?: number } }
  | { context: string; eq?: unknown; ne?: unknown; gt?: number; gte?: number; lt?: number; lte?: number; in?: unknown[] }
  | { counter: { rules: string[]; windowDays: number }; gte: number };
