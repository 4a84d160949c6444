// Pure policy evaluation: (policy document, signals, context, counters) → outcome, matched
// rules, exemptions and effects. No I/O, so it runs the same live, in shadow, in backtests
// and in the `warden screen` command.
import { isBehaviourSignal } from '../detect/behaviour-signals.ts';
import { isNetworkOrTravelSignal } from '../detect/network-facts.ts';
import { type Signal, STRENGTH_ORDER } from '../detect/types.ts';
import { REPUTATION_CONTEXT_PATHS } from './context.ts';
import { maxOutcome, type Outcome, type PolicyCondition, type PolicyDocument, type PolicyEffect } from './schema.ts';

export interface PolicyVersion {
  name: string;
  version: number;
  document: PolicyDocument;
}

export type ContextValues = Record<string, unknown>;

/** Earlier matches of the same account, keyed by counterKey(rules, windowDays). */
export type Counters = Record<string, number>;

export interface EvaluationInput {
  kind: string;
  signals: Signal[];
  context: ContextValues;
  counters?: Counters;
  /**
   * The sender's requests to move off the platform: `counterparts` distinct people asked in the
   * last `windowDays` days (this content included when it is one), against `threshold` (a
   * setting). At or above it, exemptions by reputation are withheld (see `withheldByPattern`).
   */
  askPattern?: AskPattern;
}

export interface AskPattern {
  counterparts: number;
  threshold: number;
  windowDays: number;
}

/** An exemption whose condition held but that the engine did not apply, and why. */
export interface WithheldExemption {
  id: string;
  description: string;
  rules: string[];
  reason: 'ask_pattern';
  counterparts: number;
  threshold: number;
  windowDays: number;
}

export interface MatchedRule {
  rule: string;
  description: string;
  outcome: Outcome;
  effects: PolicyEffect[];
  notice?: string;
  /** Indexes into the input signals that the rule's signal conditions matched. */
  signals: number[];
  mask: number[];
  /**
   * Set when the engine lowered the rule's outcome whatever the policy said: `network_or_travel_only`
   * — the rule asked to hold or block on network and travel facts alone (`ruleOutcome` keeps what it asked).
   */
  guard?: 'network_or_travel_only';
  ruleOutcome?: Outcome;
  /** What the rule rests on is network and travel facts alone (restsOnNetworkOrTravel): its verification is the light check. */
  networkOnly?: true;
  /** The case and strike effects the rule asked for and the engine dropped: it rested on network and travel facts alone (withoutPenalties). */
  effectsDropped?: PolicyEffect[];
  /**
   * Set when the engine added a review case the rule did not ask for: it holds or blocks on
   * behaviour across events (patterns, payment risk, linked accounts; with network facts at most)
   * and a hold on an inference is never left without a reviewer (reviewedHold).
   */
  reviewAdded?: true;
}

export interface PolicyResult {
  name: string;
  version: number;
  outcome: Outcome;
  matched: MatchedRule[];
  exemptions: { id: string; description: string; rules: string[] }[];
  /** Exemptions whose condition held but that the engine withheld (a pattern, not a one-off). */
  withheld: WithheldExemption[];
}

export const counterKey = (rules: string[], windowDays: number) => `${[...rules].sort().join(',')}@${windowDays}`;

export function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith('*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

export function getPath(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Evaluates a condition; `hits` collects the signals it matched (for spans and masking). */
export function test(cond: PolicyCondition, input: EvaluationInput, hits: Set<number>): boolean {
  if ('all' in cond) {
    const local = new Set<number>();
    const ok = cond.all.every((c) => test(c, input, local));
    if (ok) for (const i of local) hits.add(i);
    return ok;
  }
  if ('any' in cond) {
    let ok = false;
    for (const c of cond.any) if (test(c, input, hits)) ok = true;
    return ok;
  }
  if ('not' in cond) return !test(cond.not, input, new Set());
  if ('signal' in cond) {
    const { type, minStrength, minCount = 1 } = cond.signal;
    const min = minStrength ? STRENGTH_ORDER[minStrength] : 0;
    const found: number[] = [];
    input.signals.forEach((s, i) => {
      if (typeMatches(type, s.type) && STRENGTH_ORDER[s.strength] >= min) found.push(i);
    });
    if (found.length < minCount) return false;
    for (const i of found) hits.add(i);
    return true;
  }
  if ('counter' in cond) {
    const n = input.counters?.[counterKey(cond.counter.rules, cond.counter.windowDays)] ?? 0;
    return n >= cond.gte;
  }
  const v = getPath(input.context, cond.context);
  if ('eq' in cond && v !== cond.eq) return false;
  if ('ne' in cond && v === cond.ne) return false;
  if ('in' in cond && !cond.in!.includes(v)) return false;
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    const bound = cond[op];
    if (bound === undefined) continue;
    if (typeof v !== 'number') return false;
    if (op === 'gt' && !(v > bound)) return false;
    if (op === 'gte' && !(v >= bound)) return false;
    if (op === 'lt' && !(v < bound)) return false;
    if (op === 'lte' && !(v <= bound)) return false;
  }
  return true;
}

/** Every counter a policy needs, so the caller can fetch them before evaluating. */
export function countersNeeded(doc: PolicyDocument): { rules: string[]; windowDays: number }[] {
  const out = new Map<string, { rules: string[]; windowDays: number }>();
  const walk = (c: PolicyCondition) => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('counter' in c) out.set(counterKey(c.counter.rules, c.counter.windowDays), c.counter);
  };
  for (const r of doc.rules) walk(r.when as PolicyCondition);
  return [...out.values()];
}

export function evaluatePolicy(p: PolicyVersion, input: EvaluationInput): PolicyResult {
  const doc = p.document;
  const result: PolicyResult = { name: p.name, version: p.version, outcome: 'allow', matched: [], exemptions: [], withheld: [] };
  if (!doc.appliesTo.includes(input.kind as PolicyDocument['appliesTo'][number])) return result;
  const exempted = new Set<string>();
  const allRules = doc.rules.map((r) => r.id);
  for (const ex of doc.exemptions ?? []) {
    if (test(ex.when as PolicyCondition, input, new Set())) {
      const rules = ex.rules ?? allRules;
      const pattern = withheldByPattern(ex.when as PolicyCondition, input.askPattern);
      if (pattern) {
        result.withheld.push({ id: ex.id, description: ex.description, rules, reason: 'ask_pattern', ...pattern });
        continue;
      }
      result.exemptions.push({ id: ex.id, description: ex.description, rules });
      for (const r of rules) exempted.add(r);
    }
  }
  const groupsDone = new Set<string>();
  for (const rule of doc.rules) {
    if (rule.group && groupsDone.has(rule.group)) continue;
    const hits = new Set<number>();
    if (!test(rule.when as PolicyCondition, input, hits)) continue;
    if (rule.group) groupsDone.add(rule.group);
    // An exempted rule still "matches" for the record, but decides nothing.
    if (exempted.has(rule.id)) continue;
    const signals = [...hits].sort((a, b) => a - b);
    const mask = rule.outcome === 'mask' ? signals.filter((i) => !rule.mask || rule.mask.some((t) => typeMatches(t, input.signals[i].type))) : [];
    const networkOnly = restsOnNetworkOrTravel(signals, input.signals, rule.when as PolicyCondition);
    const guarded = networkOrTravelOnly(rule.outcome, signals, input.signals, rule.when as PolicyCondition);
    const outcome: Outcome = guarded ? 'allow' : rule.outcome;
    const kept = networkOnly ? withoutPenalties(rule.effects ?? []) : (rule.effects ?? []);
    const dropped = networkOnly ? penaltiesOf(rule.effects ?? []) : [];
    const review = reviewedHold(outcome, signals, input.signals, kept);
    result.matched.push({
      rule: rule.id,
      description: rule.description,
      outcome,
      effects: review ? [...kept, review] : kept,
      ...(review ? { reviewAdded: true as const } : {}),
      notice: guarded ? undefined : rule.notice,
      signals,
      mask,
      ...(guarded || dropped.length ? { guard: 'network_or_travel_only' as const, ruleOutcome: rule.outcome } : {}),
      ...(dropped.length ? { effectsDropped: dropped } : {}),
      ...(networkOnly ? { networkOnly: true as const } : {}),
    });
    result.outcome = maxOutcome(result.outcome, outcome);
  }
  return result;
}

/** Every context path a condition reads. */
export function contextPathsOf(cond: PolicyCondition, out: string[] = []): string[] {
  if ('all' in cond) for (const c of cond.all) contextPathsOf(c, out);
  else if ('any' in cond) for (const c of cond.any) contextPathsOf(c, out);
  else if ('not' in cond) contextPathsOf(cond.not, out);
  else if ('context' in cond) out.push(cond.context);
  return out;
}

/**
 * Engine guard, whatever a policy says: an exemption by reputation (its condition reads a
 * reputation fact, `REPUTATION_CONTEXT_PATHS`: trusted client, earnings, tenure, verification)
 * lowers the consequence of a one-off; it never makes a practice invisible. Once the sender
 * has asked `threshold` or more distinct people to move off the platform in the window, such
 * an exemption is withheld (the decision lists it with this reason) and the rules apply as to
 * anyone. Exemptions by agreement or by content (an enterprise plan, scoping access) stay.
 * Returns the pattern when it withholds, undefined otherwise.
 */
export function withheldByPattern(cond: PolicyCondition, pattern: AskPattern | undefined): AskPattern | undefined {
  if (!pattern || pattern.counterparts < pattern.threshold) return undefined;
  return contextPathsOf(cond).some((p) => REPUTATION_CONTEXT_PATHS.includes(p)) ? pattern : undefined;
}

/**
 * Whether an exemption by reputation of some policy holds for this input (pure, no counters
 * needed beyond the input's): a caller counts the sender's asks only when one could hide them.
 */
export function reputationExemptionHolds(policies: PolicyVersion[], input: EvaluationInput): boolean {
  return policies.some(
    (p) =>
      p.document.appliesTo.includes(input.kind as PolicyDocument['appliesTo'][number]) &&
      (p.document.exemptions ?? []).some(
        (ex) =>
          contextPathsOf(ex.when as PolicyCondition).some((x) => REPUTATION_CONTEXT_PATHS.includes(x)) && test(ex.when as PolicyCondition, input, new Set()),
      ),
  );
}

/**
 * Engine guard, whatever a policy says: a rule may not hold or block when what it rests on is
 * network and travel facts alone (a VPN, a hosting address, a new country, impossible travel, a
 * new device). What it rests on: the signals its conditions matched, or — for a rule that
 * matched no signal (context conditions only) — every signal of the decision (restsOnNetworkOrTravel).
 * Its light verification still runs; its cases and strikes are dropped (withoutPenalties).
 */
export function networkOrTravelOnly(outcome: Outcome, matched: readonly number[], signals: readonly Signal[], cond?: PolicyCondition): boolean {
  if (outcome !== 'hold' && outcome !== 'block') return false;
  return restsOnNetworkOrTravel(matched, signals, cond);
}

/**
 * Whether what a rule rests on — the signals its conditions matched, or every signal of the
 * decision for a rule that matched none (context and counter conditions only) — is network and
 * travel facts alone (non-empty). The basis of every engine guard on those facts.
 */
export function restsOnNetworkOrTravel(matched: readonly number[], signals: readonly Signal[], cond?: PolicyCondition): boolean {
  const basis = matched.length ? matched.map((i) => signals[i]) : signals;
  if (!basis.every((s) => s && isNetworkOrTravelSignal(s.type))) return false;
  if (basis.length > 0) return true;
  // No signal at all (a login with nothing unusual found): a rule reading where the login came
  // from (its country or network) rests on that alone.
  return !!cond && contextPathsOf(cond).some(isNetworkContextPath);
}

/** Context values that are facts about a network or travel (where a login came from), not conduct. */
export function isNetworkContextPath(path: string): boolean {
  return path === 'login.country' || path.startsWith('login.network.');
}

/**
 * Engine guard, whatever a policy says: a rule resting on network and travel facts alone opens
 * no case and records no strike (a VPN, a new country, a new device are not conduct: an
 * investigation of them is an investigation of where someone lives or travels). What stays: the
 * light verification (the owner confirms the sign-in, verificationLevel) and a notice. The
 * decision records the effects the rule asked for and the engine dropped (`effectsDropped`).
 */
export function withoutPenalties(effects: readonly PolicyEffect[]): PolicyEffect[] {
  return effects
    .map((e) => {
      const { case: _case, strike: _strike, ...rest } = e;
      return rest as PolicyEffect;
    })
    .filter((e) => Object.keys(e).length > 0);
}

/** The case and strike parts of `effects` (what withoutPenalties removes). */
function penaltiesOf(effects: readonly PolicyEffect[]): PolicyEffect[] {
  return effects.filter((e) => e.case || e.strike).map((e) => ({ ...(e.case ? { case: e.case } : {}), ...(e.strike ? { strike: e.strike } : {}) }));
}

/**
 * Engine guard, whatever a policy says: a verification asked on network and travel facts alone
 * (a VPN, a hosting address, a new country, impossible travel, a new device) is the light check
 * — the owner confirms the sign-in — never an ID document and a selfie. Basis as in
 * networkOrTravelOnly. Returns `light` then, `identity` otherwise.
 */
export function verificationLevel(matched: readonly number[], signals: readonly Signal[]): 'light' | 'identity' {
  return restsOnNetworkOrTravel(matched, signals) ? 'light' : 'identity';
}

/**
 * Engine guard, whatever a policy says: a hold or block resting on behaviour across events alone
 * (patterns, payment risk, linked accounts — with network facts at most) keeps money or access
 * only while a person looks. When the rule opens no case, the engine adds one (payment-risk
 * queue when a payment signal is in the basis, else routed as usual); returns that effect, or
 * null when the rule needs none. Basis as in networkOrTravelOnly.
 */
export function reviewedHold(outcome: Outcome, matched: readonly number[], signals: readonly Signal[], effects: readonly PolicyEffect[]): PolicyEffect | null {
  if (outcome !== 'hold' && outcome !== 'block') return null;
  if (effects.some((e) => e.case)) return null;
  const basis = matched.length ? matched.map((i) => signals[i]) : signals;
  if (!basis.some((s) => isBehaviourSignal(s.type))) return null;
  if (!basis.every((s) => isBehaviourSignal(s.type) || isNetworkOrTravelSignal(s.type))) return null;
  return {
    case: {
      ...(basis.some((s) => s.type.startsWith('payment.')) ? { queue: 'payment-risk' } : {}),
      severity: 'medium',
      reason: 'Held until a reviewer decides: a hold on behaviour across events is always reviewed',
    },
  };
}

export interface CombinedResult {
  outcome: Outcome;
  results: PolicyResult[];
  /** Signals whose spans are redacted. */
  maskIndexes: number[];
}

/** Every live policy decides; the most severe outcome wins, masks and effects add up. */
export function evaluateAll(policies: PolicyVersion[], input: EvaluationInput): CombinedResult {
  let outcome: Outcome = 'allow';
  const results = policies.map((p) => evaluatePolicy(p, input));
  const mask = new Set<number>();
  for (const r of results) {
    outcome = maxOutcome(outcome, r.outcome);
    for (const m of r.matched) for (const i of m.mask) mask.add(i);
  }
  return { outcome, results, maskIndexes: [...mask].sort((a, b) => a - b) };
}
