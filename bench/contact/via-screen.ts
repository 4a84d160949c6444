// A blind set through the stable path a new user tries first: `warden screen`'s JSON lines
// (src/cli/screen.ts, shipped policies, stateless), scored on the contact families the output's
// signals name, overall and per script, language and kind.
//   node bin/tsx.mjs bench/contact/via-screen.ts [--file blind-3.jsonl] [--errors]
// `--errors` then prints each message whose families differ from its labels (only for a set
// being tuned on: reading a blind set's errors ends its blindness, so STILL_BLIND sets are refused).

import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { runScreen } from '../../src/cli/screen.ts';
import { CONTACT_FAMILIES } from '../../src/detect/contact/index.ts';
import { LOCALE_NOTE, localeHint } from '../locale.ts';
import { breakdown, breakdownTable, type CorpusFile, loadCorpus, refuseErrorsOfBlind, SCRIPT, table } from './evaluate.ts';

export async function run(): Promise<void> {
  const arg = process.argv.indexOf('--file');
  const file = (arg > 0 ? process.argv[arg + 1] : 'blind-3.jsonl') as CorpusFile;
  refuseErrorsOfBlind([file]);
  const corpus = loadCorpus(file);
  const input = Readable.from(corpus.map((l) => `${JSON.stringify({ id: l.id, text: l.text, locale: localeHint(l.lang) })}\n`));
  const predicted = new Map<string, Set<string>>();
  await runScreen(input, (line) => {
    const out = JSON.parse(line) as { id: string; signals?: { type: string }[] };
    predicted.set(out.id, new Set((out.signals ?? []).map((s) => s.type).filter((t) => (CONTACT_FAMILIES as readonly string[]).includes(t))));
  });
  const viaScreen = {
    name: 'warden screen',
    run: (l: { id: string }) => predicted.get(l.id) ?? new Set<string>(),
    covers: CONTACT_FAMILIES,
  };
  const { summary, table: t } = await table(corpus, [viaScreen]);
  console.log(`## ${file} through warden screen: ${summary}\n\nLocale: ${LOCALE_NOTE}.\n\n${t}\n`);
  // Honest messages (no label) that came out with any contact family: the false-positive rate a user sees.
  const negatives = corpus.filter((l) => !l.labels.length);
  const flagged = negatives.filter((l) => (predicted.get(l.id)?.size ?? 0) > 0).length;
  console.log(`Hard negatives flagged: ${flagged} of ${negatives.length} (${((flagged / Math.max(1, negatives.length)) * 100).toFixed(1)} %)\n`);
  const b = await breakdown(viaScreen.run, corpus);
  const cols = (m: Map<string, import('./evaluate.ts').Score>) => [{ name: 'warden screen', scores: m }];
  console.log(`${breakdownTable('script', cols(b.scripts), corpus, (l) => SCRIPT[l.lang] ?? 'other')}\n`);
  console.log(`${breakdownTable('language', cols(b.langs), corpus, (l) => l.lang)}\n`);
  if (corpus.some((l) => l.kind)) console.log(`${breakdownTable('kind', cols(b.kinds), corpus, (l) => l.kind ?? 'unknown')}\n`);
  if (process.argv.includes('--errors')) {
    for (const l of corpus) {
      const got = [...(predicted.get(l.id) ?? [])].sort();
      const gold = [...l.labels].sort();
      if (got.join() === gold.join()) continue;
      console.log(
        JSON.stringify({
          id: l.id,
          lang: l.lang,
          kind: l.kind,
          text: l.text,
          missed: gold.filter((f) => !got.includes(f)),
          extra: got.filter((f) => !gold.includes(f)),
        }),
      );
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
