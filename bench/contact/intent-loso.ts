// Leave-one-set-out figures of the contact-intent model (src/detect/learned/contact-intent.ts):
// for each labelled contact set, a model trained on every OTHER set (and all the written
// everyday chat and intent messages) scores it, at thresholds read on the other sets' own
// out-of-sample scores (never on the held-out set). Each set was written by a different writer,
// so this mimics text the model has never seen; the rules, though, were tuned on every one of
// these sets, so "rules" and "rules + model" here are tuned-on figures for the rules part (the
// blind first runs in RESULTS.md are the rules' honest figures). The everyday chat is left out
// fold by fold the same way (contact-intent.ts EVERYDAY_FOLDS: a sentence and its versions in
// other languages share a fold), and so is the set of written intent messages (`intent-more`).
//   node bin/tsx.mjs bench/contact/intent-loso.ts [--rates JSON] [--options JSON] [--honest]
// Figures are message-level on the intent families only (offplatform.solicitation,
// payment_outside, interview_outside): a message counts as intent when any of them is labelled.
// "model alone" is the model at its medium threshold (where screening lets it count alone);
// "rules + model" is what screening reports (learned/index.ts detectContactIntent): the rules'
// intent, else the model's at medium, or at weak beside an identifier the rules found.
// The thresholds for set S are read on the other sets' out-of-sample scores: S's own scores
// never set them, though S was among the training texts of the models that scored the other sets
// (a nested run, 18 × 17 trainings, was too slow for the shared machine).
import { pathToFileURL } from 'node:url';
import { detectContact } from '../../src/detect/contact/index.ts';
import {
  calibrateIntent,
  INTENT_FAMILIES,
  INTENT_TRAINING_SETS,
  intentTrainOptions,
  isEveryday,
  LOSO_SETS,
  leaveOneSetOut,
  loadAllIntentTexts,
  loadHonestChat,
  vectorsOf,
} from '../../src/detect/learned/contact-intent.ts';
import { modelIntentFamilies } from '../../src/detect/learned/index.ts';
import { calibrate } from '../../src/detect/learned/model.ts';
import { precision, recall, type Score, STILL_BLIND, tally } from './evaluate.ts';

const P = precision;
const R = recall;
const f3 = (x: number) => x.toFixed(3);

export async function run(): Promise<void> {
  const blind = INTENT_TRAINING_SETS.filter((s) => (STILL_BLIND as readonly string[]).includes(s));
  if (blind.length) throw new Error(`refused: ${blind.join(', ')} still blind`);
  // --rates JSON: shares of negatives allowed above each level, e.g. '{"weak":{"hard":0.001,"everyday":0.005},"medium":{"hard":0.001,"everyday":0}}'.
  const ratesAt = process.argv.indexOf('--rates');
  const rates = ratesAt > 0 ? JSON.parse(process.argv[ratesAt + 1]) : undefined;
  // --options JSON: training options to compare with the shipped ones (e.g. '{"bits":17}').
  const optsAt = process.argv.indexOf('--options');
  const opts = intentTrainOptions(optsAt > 0 ? JSON.parse(process.argv[optsAt + 1]) : {});
  // --honest: also train on the scam models' honest texts (never held out).
  const honest = process.argv.includes('--honest') ? loadHonestChat().train : [];
  const texts = [...loadAllIntentTexts(), ...honest];
  const vectors = vectorsOf(texts, opts.bits);
  const t0 = performance.now();
  const { raw, probabilities } = leaveOneSetOut(texts, vectors, opts, LOSO_SETS);
  const rules = texts.map((t) => detectContact({ text: t.text, locale: t.lang }).map((s) => s.type));
  const ruleFamilies = rules.map((types) => new Set(types.filter((x) => x.startsWith('offplatform.')).map((x) => x.slice('offplatform.'.length))));
  const identifier = rules.map((types) => types.some((x) => x.startsWith('contact.')));
  const rows = [
    '| held-out set | intent msgs / negatives | thresholds weak / medium | rules P / R | model alone P / R | rules + model P / R | added: right / wrong / on negatives |',
    '|---|---|---|---|---|---|---|',
  ];
  const empty = (): Score => ({ tp: 0, fp: 0, fn: 0 });
  const totals = { rules: empty(), model: empty(), both: empty() };
  const fam = new Map<string, { rules: Score; both: Score }>();
  for (const f of INTENT_FAMILIES) fam.set(f, { rules: empty(), both: empty() });
  const added = { right: 0, wrong: 0, onNegatives: 0 };
  const everyday = { texts: 0, weak: 0, medium: 0, reported: 0 };
  for (const held of LOSO_SETS) {
    const inSet = texts.map((_, i) => i).filter((i) => texts[i].set === held);
    const others = texts.map((_, i) => i).filter((i) => texts[i].set !== held && !Number.isNaN(raw[i]));
    // Thresholds from the other sets only: their out-of-sample scores.
    const { calibration, thresholds } = calibrateIntent(
      others.map((i) => raw[i]),
      others.map((i) => texts[i]),
      rates,
    );
    const s = { rules: empty(), model: empty(), both: empty() };
    let right = 0;
    let wrong = 0;
    let onNeg = 0;
    for (const i of inSet) {
      const t = texts[i];
      const gold = t.intents.length > 0;
      const byRules = ruleFamilies[i].size > 0;
      const p = calibrate(calibration, raw[i]);
      const alone = p >= thresholds.medium;
      // The gate of detectContactIntent: alone at medium, beside an identifier at weak.
      const byModel = !byRules && (alone || (p >= thresholds.weak && identifier[i]));
      if (isEveryday(t)) {
        everyday.texts++;
        if (p >= thresholds.weak) everyday.weak++;
        if (alone) everyday.medium++;
        if (byRules || byModel) everyday.reported++;
      }
      tally(s.rules, gold, byRules);
      tally(s.model, gold, alone);
      tally(s.both, gold, byRules || byModel);
      const families = byModel ? modelIntentFamilies(probabilities[i] as Float64Array) : [];
      if (families.length) {
        if (gold) right++;
        else wrong++;
        if (t.unlabelled) onNeg++;
      }
      if (!(INTENT_TRAINING_SETS as readonly string[]).includes(held)) continue;
      for (const f of INTENT_FAMILIES) {
        const fs = fam.get(f) as { rules: Score; both: Score };
        tally(fs.rules, t.intents.includes(f), ruleFamilies[i].has(f));
        tally(fs.both, t.intents.includes(f), ruleFamilies[i].has(f) || families.includes(f));
      }
    }
    const pos = inSet.filter((i) => texts[i].intents.length).length;
    const neg = inSet.filter((i) => texts[i].unlabelled).length;
    rows.push(
      `| ${held} | ${pos} / ${neg} | ${f3(thresholds.weak)} / ${f3(thresholds.medium)} | ${f3(P(s.rules))} / ${f3(R(s.rules))} | ${f3(P(s.model))} / ${f3(R(s.model))} | ${f3(P(s.both))} / ${f3(R(s.both))} | ${right} / ${wrong} / ${onNeg} |`,
    );
    if (!(INTENT_TRAINING_SETS as readonly string[]).includes(held)) continue;
    for (const k of ['rules', 'model', 'both'] as const) {
      totals[k].tp += s[k].tp;
      totals[k].fp += s[k].fp;
      totals[k].fn += s[k].fn;
    }
    added.right += right;
    added.wrong += wrong;
    added.onNegatives += onNeg;
  }
  const contact = texts.filter((t) => (INTENT_TRAINING_SETS as readonly string[]).includes(t.set));
  rows.push(
    `| all ${INTENT_TRAINING_SETS.length} contact sets | ${contact.filter((t) => t.intents.length).length} / ${contact.filter((t) => t.unlabelled).length} | | ${f3(P(totals.rules))} / ${f3(R(totals.rules))} | ${f3(P(totals.model))} / ${f3(R(totals.model))} | ${f3(P(totals.both))} / ${f3(R(totals.both))} | ${added.right} / ${added.wrong} / ${added.onNegatives} |`,
  );
  console.log(rows.join('\n'));
  console.log('\n| family (13 contact sets) | rules P / R | rules + model P / R |\n|---|---|---|');
  for (const [f, v] of fam) console.log(`| ${f} | ${f3(P(v.rules))} / ${f3(R(v.rules))} | ${f3(P(v.both))} / ${f3(R(v.both))} |`);
  const pct = (n: number) => `${n} of ${everyday.texts} (${((100 * n) / everyday.texts).toFixed(2)} %)`;
  console.log(
    `\neveryday chat, each fold at thresholds read without it: at weak ${pct(everyday.weak)}, at medium ${pct(everyday.medium)}, reported by screening's gate ${pct(everyday.reported)}`,
  );
  console.log(`\nleave-one-set-out, ${LOSO_SETS.length} trainings, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
