// The learned layer of text screening: the scam gate and scam-kind models for every kind of content, the
// fake-job model for job posts, the message-spam model for messages and profiles (the e-mail
// naive Bayes of spam/ judges nothing here; proposals are judged for spam by sending behaviour). Models are the committed artifacts in models/ (trained by
// `npm run train`), loaded once per process on first use (or eagerly with loadLearnedModels()).

import { isWorkOverMessages } from '../contact/invites-asks.ts';
import { atEmployerPremises, dutyOrFreeToJoin, neverAskNotice } from '../scam/detect-scam.ts';
import type { ContentKind, Signal, Strength } from '../types.ts';
import { INTENT_FAMILIES, type IntentFamily } from './contact-intent.ts';
import { type JobMeta, jobModelInput } from './datasets.ts';
import { LinearTextModel } from './model.ts';

export type { JobMeta } from './datasets.ts';
export { LinearTextModel } from './model.ts';

const MODELS_DIR = new URL('./models/', import.meta.url);

let gateModel: LinearTextModel | undefined;
let scamModel: LinearTextModel | undefined;
let jobModel: LinearTextModel | undefined;
let spamModel: LinearTextModel | undefined;
let kindModel: LinearTextModel | undefined;

/**
 * Loads the models (about 50 ms); later calls return the loaded ones. `kinds` is the scam model
 * restricted to its scam kinds (no honest, no spam): it names the kind of a text the gate flagged.
 */
export function loadLearnedModels(): { gate: LinearTextModel; scam: LinearTextModel; kinds: LinearTextModel; job: LinearTextModel; spam: LinearTextModel } {
  gateModel ??= LinearTextModel.load(MODELS_DIR, 'scam-gate');
  scamModel ??= LinearTextModel.load(MODELS_DIR, 'scam');
  jobModel ??= LinearTextModel.load(MODELS_DIR, 'job');
  spamModel ??= LinearTextModel.load(MODELS_DIR, 'message-spam');
  const bits = scamModel.header.bits;
  if ([gateModel, jobModel, spamModel].some((m) => m.header.bits !== bits)) throw new Error('the learned models must share one hashed space (bits)');
  kindModel ??= scamModel.restrictedTo(scamModel.header.classes.filter((c) => c !== 'honest' && c !== 'spam'));
  return { gate: gateModel, scam: scamModel, kinds: kindModel, job: jobModel, spam: spamModel };
}

/**
 * Whether the gate's reading of a text is set aside as a job post's duty or free entry: a job post
 * (`kind` 'job') whose text names a duty or a free entry (building the escrow feature, training
 * staff about phishing, "participation is free"; `dutyOrFreeToJoin`) is not a request to the
 * reader, so without any rule finding a scheme (`rules`: the rule signals, `scam.combined` not
 * counted) a weak or medium gate reading (`gateStrength`) is set aside (blind set 11 round, by
 * kind). A strong reading, any rule, and every other kind of content stand.
 */
export function dutySetsAside(input: { text: string; kind: ContentKind }, gateStrength: Strength | null | undefined, rules: readonly Signal[]): boolean {
  return input.kind === 'job' && gateStrength !== 'strong' && !rules.some((s) => s.type !== 'scam.combined') && dutyOrFreeToJoin(input.text);
}

export interface LearnedInput {
  text: string;
  kind: ContentKind;
  /** What the marketplace sends with a job post (job.posted); absent for other kinds. */
  job?: JobMeta;
  /** Signals of the rule detector on the same text: their families are model features and their spans evidence. */
  ruleSignals?: readonly Signal[];
  /**
   * Which signal types the caller can use (patterns: exact types or a prefix ending in `*`, as
   * policies write them); a model none of whose signals matches is not run. Absent: all run.
   */
  needs?: readonly string[];
}

const matches = (pattern: string, type: string) => (pattern.endsWith('*') ? type.startsWith(pattern.slice(0, -1)) : pattern === type);

let kindTypes: { model: LinearTextModel; types: string[] } | undefined;
/** `scam.<kind>` for every kind the kind model names (computed once per loaded model). */
function scamKindTypes(kinds: LinearTextModel): string[] {
  if (kindTypes?.model !== kinds) kindTypes = { model: kinds, types: kinds.header.classes.map((c) => `scam.${c}`) };
  return kindTypes.types;
}

/** Whether any of `types` is wanted by the patterns (all are when there are no patterns). */
export function anyNeeded(needs: readonly string[] | undefined, types: readonly string[]): boolean {
  return !needs || types.some((t) => needs.some((p) => matches(p, t)));
}

/** Kinds a "we never ask for your code" notice resembles (see neverAskNotice). */
const NOTICE_KINDS: ReadonlySet<string> = new Set(['impersonation', 'sensitive_data_request']);

/** A second scam kind is reported when it holds at least this share of the non-honest probability. */
const SECOND_KIND_SHARE = 0.35;

function spanFor(model: LinearTextModel, text: string, cls: string, rules: readonly Signal[]): Pick<Signal, 'start' | 'end' | 'text'> {
  const rule = rules.find((s) => s.type === `scam.${cls}` && s.start !== undefined);
  const span = rule?.start !== undefined && rule.end !== undefined ? { start: rule.start, end: rule.end } : model.evidence(text, cls);
  return span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : {};
}

/**
 * Learned scam and spam signals of a text.
 * - `scam.<kind>` (kinds: see train.ts SCAM_CLASSES) for any content kind;
 * - `spam.content` for messages and profiles only, from the message-spam model (for proposals
 *   and jobs, sending behaviour is the spam evidence).
 * - `scam.fake_job` for job posts, from the text and the post's metadata.
 * Strength comes from the calibrated probability and the model's thresholds (models/*.json;
 * for scam kinds the gate's); `score` is that probability. Spans: the rule's span of the same kind when a rule fired,
 * else the word or word pair that weighs most towards the kind.
 */
/** Characters (trimmed) under which the scam gate alone reports at most weak, and nothing on a weak reading: see detectLearned. */
export const SHORT_TEXT = 32;

export function detectLearned(input: LearnedInput): Signal[] {
  const { gate, scam, kinds, job, spam } = loadLearnedModels();
  const rules = input.ruleSignals ?? [];
  const extras = [...new Set(rules.filter((s) => s.type !== 'scam.combined').map((s) => `rule:${s.type}`))];
  const wantsScam = !input.needs || anyNeeded(input.needs, scamKindTypes(kinds));
  const wantsSpam = (input.kind === 'message' || input.kind === 'profile') && anyNeeded(input.needs, ['spam.content']);
  const wantsJob = input.kind === 'job' && anyNeeded(input.needs, ['scam.fake_job']);
  const signals: Signal[] = [];
  // The shared text vector is built only when a model that reads it runs.
  if (!wantsScam && !wantsSpam && !wantsJob) return signals;
  const x = wantsScam || wantsSpam ? scam.vector(input.text, extras) : undefined;
  // The two-class gate decides whether and how strongly; the kind model names the kind.
  const g = x && wantsScam ? gate.predictVector(x) : undefined;
  const duty = dutySetsAside(input, g?.strength, rules);
  // Under SHORT_TEXT characters with no rule finding, a weak gate reading is set aside (round 16):
  // a greeting or opener of a few words is too little text for the lowest learned reading
  // ("Hello, I saw your job post." stayed at weak after the everyday chat joined the training data).
  const shortWeak = g?.strength === 'weak' && !rules.some((s) => s.type !== 'scam.combined') && input.text.trim().length < SHORT_TEXT;
  if (x && g?.strength && !duty && !shortWeak) {
    // A precise phrase rule at strong (pay for the kit, cash the cheque and send the rest, the
    // parcels to relabel and forward) that agrees with the gate makes the signal strong: two
    // independent readings of one text. On the honest texts of blind sets 2-4, the team's
    // corpora and the real held-out sets, the gate and a strong rule never fired together;
    // on scams it lifted 13 weak gate signals (blind sets 2-4, the corpus) to strong.
    const ruleFound = rules.some((s) => s.type !== 'scam.combined');
    // Under SHORT_TEXT characters with no rule finding, the gate's reading alone is at most weak:
    // a greeting of a few words ("Hello, I saw your job post.") carries too little text for a
    // learned reading to hold a message on its own (it was held as account trading).
    const gateAlone: Strength = !ruleFound && input.text.trim().length < SHORT_TEXT ? 'weak' : g.strength;
    const strength: Strength = rules.some((s) => s.strength === 'strong' && s.type !== 'scam.combined') ? 'strong' : gateAlone;
    // Shares among the scam kinds only (honest and spam are the gate's business).
    const p = kinds.predictVector(x).probabilities;
    const classes = kinds.header.classes;
    let top = 0;
    for (let i = 1; i < classes.length; i++) if (p[i] > p[top]) top = i;
    // The kind a strong rule names is reported too: the rule read the scheme's own words
    // (guaranteed returns for a deposit), where the kind model may lean to a neighbour kind.
    const ruled = new Set(rules.filter((s) => s.strength === 'strong').map((s) => s.type));
    // The platform's notice "we never ask for your password or code" reads like the lure it warns
    // of (an honest Korean notice was read as impersonation): without a rule finding an ask, the
    // gate's impersonation and data-request readings of such a notice are set aside.
    const notice = !rules.some((s) => s.type !== 'scam.combined') && neverAskNotice(input.text);
    // Parcels relabelled and sent on at the employer's warehouse or depot are the job's duty (an
    // honest warehouse post read as reshipping at medium after written-multilingual-9 taught the
    // gate relabelling at home): without a reshipping rule, that reading is set aside.
    const premises = !rules.some((s) => s.type === 'scam.reshipping') && atEmployerPremises(input.text);
    for (let i = 0; i < classes.length; i++) {
      if (notice && NOTICE_KINDS.has(classes[i])) continue;
      if (premises && classes[i] === 'reshipping') continue;
      if (i !== top && p[i] < SECOND_KIND_SHARE && !ruled.has(`scam.${classes[i]}`)) continue;
      signals.push({
        type: `scam.${classes[i]}`,
        strength,
        score: g.positive,
        ...spanFor(scam, input.text, classes[i], rules),
        evidence: { kind: input.kind, model: 'scam-gate' },
      });
    }
  }
  if (wantsScam) {
    // A standalone rule (lexicon.ts: a rule, or two families together, that no honest text we
    // hold matches; detect-scam.ts marks its signal) speaks when the gate did not name its kind:
    // the gate learned those kinds from few texts, and vetoed precise rules.
    for (const s of rules) {
      if (!s.evidence?.standalone || s.type === 'scam.combined' || signals.some((k) => k.type === s.type)) continue;
      if (!anyNeeded(input.needs, [s.type])) continue;
      signals.push({ ...s, evidence: { ...s.evidence, model: 'rule' } });
    }
  }
  if (x && wantsSpam) {
    const q = spam.predictVector(x);
    if (q.strength) signals.push({ type: 'spam.content', strength: q.strength, score: q.positive, evidence: { model: 'message-spam' } });
  }
  if (wantsJob) {
    // The job model reads the post apart (without the company description, with its metadata
    // and shape): the same jobModelInput as training, so what it learned is what it is shown.
    const post = jobModelInput(
      input.text,
      input.job,
      rules.map((s) => s.type),
    );
    const j = job.predict(post.text, post.extras);
    if (j.strength) signals.push(fakeJobSignal(job, input.text, j.strength, j.positive));
  }
  return signals;
}

function fakeJobSignal(model: LinearTextModel, text: string, strength: Strength, score: number): Signal {
  const span = model.evidence(text, 'fake_job');
  return {
    type: 'scam.fake_job',
    strength,
    score,
    ...(span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : {}),
    evidence: { kind: 'job', model: 'job' },
  };
}

let intentModel: LinearTextModel | undefined;

/** The contact-intent model (contact-intent.ts; about 5 ms to load), loaded once. */
export function loadContactIntentModel(): LinearTextModel {
  intentModel ??= LinearTextModel.load(MODELS_DIR, 'contact-intent');
  return intentModel;
}

/** A second intent family is reported when it holds at least this share of the intent probability. */
const SECOND_FAMILY_SHARE = 0.35;

/**
 * The intent families the model names for a text it flagged, from its class probabilities
 * (none, solicitation, payment_outside, interview_outside): the most probable family, and
 * another holding at least SECOND_FAMILY_SHARE of the intent probability.
 */
export function modelIntentFamilies(p: ArrayLike<number>): IntentFamily[] {
  const families = INTENT_FAMILIES;
  const rest = 1 - p[0];
  let top = 0;
  for (let c = 1; c < families.length; c++) if (p[c + 1] > p[top + 1]) top = c;
  return families.filter((_, c) => c === top || (rest > 0 && p[c + 1] / rest >= SECOND_FAMILY_SHARE));
}

const INTENT_TYPES = ['offplatform.solicitation', 'offplatform.payment_outside', 'offplatform.interview_outside'];

/**
 * The contact-intent model's reading of a text, where the contact rules found no intent: one
 * `offplatform.<family>` signal per family the model names (modelIntentFamilies), gated so that
 * the model alone never acts beyond what one weak signal may (the fairness gate):
 * - a reading at the model's **medium** threshold (models/contact-intent.json: read on
 *   leave-one-set-out and out-of-fold scores so that no held-out everyday chat and at most
 *   0.1 % of the contact sets' hard negatives reach it) counts on its own;
 * - a reading at the **weak** threshold only counts beside an identifier the rules found in the
 *   same text (any `contact.*` signal: a phone, an address, a handle, a link, a payment handle),
 *   a second, independent finding. Alone it is dropped: a short greeting may score there, and
 *   the shipped `ask-contact` rule nudges on a solicitation of any strength.
 * Either way the signal is reported as **weak**, whatever the model's reading: the shipped
 * policies hold a message for payment outside only at medium (`payment-outside`), so the model
 * alone never holds money talk, and a deployment's own policies can tell its readings apart
 * from a rule's by strength. `evidence.reading` keeps the model's own level ('weak' | 'medium')
 * and `evidence.withIdentifier` whether an identifier let a weak reading count.
 * Identifiers are never the model's: it adds intent only. `score` is the calibrated
 * probability; the span is the word or word pair of the original text that weighs most towards
 * the family; `evidence.model` is 'contact-intent'.
 * @param contact the contact detector's signals on the same text (any offplatform.* among them: nothing added).
 * @param needs as detectLearned's: the model is not run when no intent type is needed.
 */
export function detectContactIntent(text: string, contact: readonly Signal[], needs?: readonly string[]): Signal[] {
  if (!text || !anyNeeded(needs, INTENT_TYPES)) return [];
  if (contact.some((s) => s.type.startsWith('offplatform.'))) return [];
  const model = loadContactIntentModel();
  const p = model.predict(text);
  if (!p.strength) return [];
  const reading: Strength = p.strength === 'weak' ? 'weak' : 'medium';
  const withIdentifier = contact.some((s) => s.type.startsWith('contact.'));
  if (reading === 'weak' && !withIdentifier) return [];
  // A file or mockups promised "in the next message" is the platform's own chat: the rules read
  // the frame and name no contact in it, so the model's look-alike reading does not count alone.
  if (!withIdentifier && isWorkOverMessages(text)) return [];
  return modelIntentFamilies(p.probabilities)
    .filter((f) => anyNeeded(needs, [`offplatform.${f}`]))
    .map((f) => {
      const span = model.evidence(text, f);
      return {
        type: `offplatform.${f}`,
        strength: 'weak',
        score: p.positive,
        ...(span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : {}),
        evidence: {
          model: 'contact-intent',
          reading,
          withIdentifier,
          explanation: 'read by the learned contact-intent model; no rule found this intent',
        },
      };
    });
}
