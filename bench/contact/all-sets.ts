// Every contact set that is not still blind, through `warden screen` (as via-screen.ts), one
// compact row per set: overall P / R, hard negatives flagged, and each family's P / R; with
// `--out F` the families predicted for every message are written to F, and `--compare F` prints
// the messages whose families changed since F (with their labels), for a tuning round that must
// not lose precision or recall on any set.
//   node bin/tsx.mjs bench/contact/all-sets.ts [--out F] [--compare F]

import { readFileSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { runScreen } from '../../src/cli/screen.ts';
import { CONTACT_FAMILIES } from '../../src/detect/contact/index.ts';
import { localeHint } from '../locale.ts';
import { CONTACT_SETS, evaluate, loadCorpus, precision, recall, STILL_BLIND } from './evaluate.ts';

const fmt = (x: number) => x.toFixed(3);

export async function run(): Promise<void> {
  const arg = (name: string) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const out = arg('--out');
  const cmp = arg('--compare');
  const old = cmp ? (JSON.parse(readFileSync(cmp, 'utf8')) as Record<string, string[]>) : undefined;
  const all: Record<string, string[]> = {};
  const rows = ['| set | P / R | hard negatives flagged | per family P / R |', '|---|---|---|---|'];
  const changed: string[] = [];
  for (const file of CONTACT_SETS.filter((f) => !STILL_BLIND.includes(f))) {
    const corpus = loadCorpus(file);
    const predicted = new Map<string, Set<string>>();
    const input = Readable.from(corpus.map((l) => `${JSON.stringify({ id: l.id, text: l.text, locale: localeHint(l.lang) })}\n`));
    await runScreen(input, (line) => {
      const o = JSON.parse(line) as { id: string; signals?: { type: string }[] };
      predicted.set(o.id, new Set((o.signals ?? []).map((s) => s.type).filter((t) => (CONTACT_FAMILIES as readonly string[]).includes(t))));
    });
    const r = await evaluate((l) => predicted.get(l.id) ?? new Set(), CONTACT_FAMILIES, corpus);
    const negatives = corpus.filter((l) => !l.labels.length);
    const flagged = negatives.filter((l) => (predicted.get(l.id)?.size ?? 0) > 0).length;
    const fam = [...r.perFamily].map(([f, s]) => `${f.replace(/^(contact|offplatform)\./, '')} ${fmt(precision(s))}/${fmt(recall(s))}`).join(', ');
    rows.push(`| ${file} | ${fmt(precision(r.overall))} / ${fmt(recall(r.overall))} | ${flagged} of ${negatives.length} | ${fam} |`);
    for (const l of corpus) {
      const key = `${file}#${l.id}`;
      const got = [...(predicted.get(l.id) ?? [])].sort();
      all[key] = got;
      if (old && key in old && old[key].join() !== got.join())
        changed.push(JSON.stringify({ key, lang: l.lang, text: l.text, gold: [...l.labels].sort(), before: old[key], after: got }));
    }
  }
  console.log(rows.join('\n'));
  if (out) writeFileSync(out, JSON.stringify(all));
  if (old) console.log(`\n${changed.length} messages changed\n${changed.join('\n')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
