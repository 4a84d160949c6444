// The scam sets through the stable path a new user tries first: `warden screen`'s JSON lines
// (src/cli/screen.ts: shipped policies, stateless, each line's kind and language as locale).
// One summary row per set: "flagged" = any scam.* (but scam.combined) or spam.content signal in
// the output, as bench/scam/blind.ts counts; "held" = outcome hold or block.
//   node bin/tsx.mjs bench/scam/via-screen.ts                       # corpus, heldout, blind-2..5
//   node bin/tsx.mjs bench/scam/via-screen.ts blind-5.jsonl --detail  # + recall per scheme, errors
//   node bin/tsx.mjs bench/scam/via-screen.ts blind-7.jsonl --breakdown  # + per language, kind, scheme (and look-alike kind); no errors
// Sets already tuned on may be read in detail; a fresh blind set's first run is recorded first.

import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { runScreen } from '../../src/cli/screen.ts';
import { LOCALE_NOTE, localeHint } from '../locale.ts';
import { loadScamCorpus, type ScamExample } from './corpus.ts';

export const SCAM_SETS = ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl', 'blind-5.jsonl'];

export interface ScreenedLine {
  example: ScamExample;
  outcome: string;
  types: string[];
}

/** Every line of `examples` through runScreen; the scam and spam signal types it output. */
export async function screenSet(examples: readonly ScamExample[]): Promise<ScreenedLine[]> {
  const input = Readable.from(examples.map((e) => `${JSON.stringify({ id: e.id, text: e.text, kind: e.kind, locale: localeHint(e.lang) })}\n`));
  const out = new Map<string, { outcome: string; types: string[] }>();
  await runScreen(input, (line) => {
    const o = JSON.parse(line) as { id: string; outcome: string; signals?: { type: string }[] };
    const types = (o.signals ?? []).map((s) => s.type).filter((t) => (t.startsWith('scam.') && t !== 'scam.combined') || t === 'spam.content');
    out.set(o.id, { outcome: o.outcome, types: [...new Set(types)].sort() });
  });
  return examples.map((example) => ({ example, ...(out.get(example.id) ?? { outcome: 'missing', types: [] }) }));
}

/** One Markdown row: precision, recall, F1, honest flagged, TP/FP/FN, and held texts of each label. */
export function summaryRow(file: string, lines: readonly ScreenedLine[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let heldScam = 0;
  let heldHonest = 0;
  for (const l of lines) {
    const scam = l.example.label === 'scam';
    const flagged = l.types.length > 0;
    const held = l.outcome === 'hold' || l.outcome === 'block';
    if (flagged && scam) tp++;
    else if (flagged) fp++;
    else if (scam) fn++;
    if (held) scam ? heldScam++ : heldHonest++;
  }
  const honest = lines.filter((l) => l.example.label === 'honest').length;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  return `| ${file} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)} | ${((fp / Math.max(1, honest)) * 100).toFixed(1)} % | ${tp} | ${fp} | ${fn} | ${heldScam}/${tp + fn} | ${heldHonest}/${honest} |`;
}

export const SUMMARY_HEADER = '| set | P | R | F1 | honest flagged | TP | FP | FN | scams held | honest held |\n|---|---|---|---|---|---|---|---|---|---|';

function detail(lines: readonly ScreenedLine[]): string {
  const out: string[] = [];
  const schemes = [...new Set(lines.map((l) => l.example.scheme).filter((s): s is string => !!s))].sort();
  for (const s of schemes) {
    const of = lines.filter((l) => l.example.scheme === s);
    out.push(`recall ${s}: ${of.filter((l) => l.types.length).length}/${of.length}`);
  }
  for (const l of lines) {
    const scam = l.example.label === 'scam';
    if (scam === l.types.length > 0) continue;
    out.push(`${scam ? 'MISSED' : 'FLAGGED'} ${l.example.id} ${l.example.kind} ${l.example.scheme ?? ''} [${l.types.join(', ')}] ${l.outcome}`);
  }
  return out.join('\n');
}

/** A Markdown table of counts flagged per key: scams found (recall) and honest texts flagged, never which ones. */
export function breakdown(lines: readonly ScreenedLine[], title: string, keyOf: (l: ScreenedLine) => string | undefined): string {
  const rows = [`| ${title} | scams | found | recall | honest | flagged |`, '|---|---:|---:|---:|---:|---:|'];
  const keys = [...new Set(lines.map(keyOf).filter((k): k is string => k !== undefined))];
  for (const k of keys) {
    const of = lines.filter((l) => keyOf(l) === k);
    const scams = of.filter((l) => l.example.label === 'scam');
    const honest = of.filter((l) => l.example.label === 'honest');
    const found = scams.filter((l) => l.types.length).length;
    const flagged = honest.filter((l) => l.types.length).length;
    rows.push(`| ${k} | ${scams.length} | ${found} | ${scams.length ? (found / scams.length).toFixed(3) : '—'} | ${honest.length} | ${flagged} |`);
  }
  return rows.join('\n');
}

export async function run(args: string[]): Promise<void> {
  const files = args.filter((a) => a.endsWith('.jsonl'));
  const rows: string[] = [];
  for (const file of files.length ? files : SCAM_SETS) {
    const lines = await screenSet(loadScamCorpus(file));
    rows.push(summaryRow(file, lines));
    if (args.includes('--detail')) console.log(`${file}\n${detail(lines)}\n`);
    if (args.includes('--breakdown'))
      for (const [title, key] of [
        ['language', (l: ScreenedLine) => l.example.lang],
        ['kind', (l: ScreenedLine) => l.example.kind],
        ['scheme', (l: ScreenedLine) => l.example.scheme],
        // Blind set 8 on: honest texts by the scam kind each was written to resemble (false positives by kind).
        ['honest look-alike of', (l: ScreenedLine) => l.example.like],
      ] as const)
        console.log(`${file}\n\n${breakdown(lines, title, key)}\n`);
  }
  console.log(`Locale: ${LOCALE_NOTE}.\n\n${SUMMARY_HEADER}\n${rows.join('\n')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
