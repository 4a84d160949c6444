// The context values a policy condition can read (`{"context": "pair.hasContract", ...}`), by
// the decision that supplies them. One list: the policy editor refuses a path outside it (a
// rule on a path no decision fills can never match), and context.test.ts checks that what
// screening, login, attachment and pattern decisions pass stays inside it.

/** The facts screening knows of each party (screening/context.ts `party`). */
const PARTY = ['known', 'role', 'plan', 'country', 'ageDays', 'paymentVerified', 'identityVerified', 'totalEarnedCents', 'totalSpentCents'] as const;

/**
 * Every readable context path (dot-separated, as `getPath` in ./engine.ts walks them):
 * - screening of messages, jobs, proposals, profiles (screening/context.ts, screening/service.ts):
 *   `sender.*`, `recipient.*`, `pair.*`, `clientParty.*`, `job.*`, `text.scopingAccess`;
 * - logins (security/hooks.ts): `login.*`;
 * - attachments (attachments/service.ts): `attachment.*`;
 * - cross-event patterns (patterns/service.ts): `event.*`.
 */
export const CONTEXT_PATHS: readonly string[] = [
  ...PARTY.map((f) => `sender.${f}`),
  ...PARTY.map((f) => `recipient.${f}`),
  'pair.hasContract',
  'pair.activeContract',
  'pair.monthsSinceFirstContract',
  'pair.beyondNonCircumvention',
  'pair.messages',
  'clientParty.side',
  'clientParty.enterprise',
  'clientParty.trusted',
  'clientParty.plan',
  'job.id',
  'job.known',
  'job.interviewPolicy',
  'job.contractBetween',
  'text.scopingAccess',
  'login.success',
  'login.country',
  'login.mfa',
  'login.earlierLogins',
  'login.network.asn',
  'login.network.org',
  'login.network.kind',
  'attachment.name',
  'attachment.verdict',
  'attachment.messageId',
  'event.type',
  'event.id',
];

const KNOWN = new Set(CONTEXT_PATHS);

/**
 * The context facts that are reputation (who someone has been on the platform, not what they
 * agreed to or what the content is): an exemption reading one is an exemption by reputation,
 * which the engine withholds from a pattern of off-platform asks (engine.withheldByPattern).
 */
export const REPUTATION_CONTEXT_PATHS: readonly string[] = [
  'clientParty.trusted',
  ...['sender', 'recipient'].flatMap((side) =>
    ['ageDays', 'paymentVerified', 'identityVerified', 'totalEarnedCents', 'totalSpentCents'].map((f) => `${side}.${f}`),
  ),
];

/** Whether a condition's context path is one a decision fills. */
export function isContextPath(path: string): boolean {
  return KNOWN.has(path);
}

/**
 * The readable paths nearest to a wrong one, for the editor's message: the siblings under its
 * longest known prefix (`pair.nonexistentField` → the `pair.*` paths), else the top-level names.
 */
export function contextPathHint(path: string): string[] {
  const parts = path.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const prefix = `${parts.slice(0, n).join('.')}.`;
    const under = CONTEXT_PATHS.filter((p) => p.startsWith(prefix));
    if (under.length) return under;
  }
  return [...new Set(CONTEXT_PATHS.map((p) => `${p.split('.')[0]}.*`))];
}
