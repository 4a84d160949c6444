// A blind set (blind-2.jsonl, BLIND-2.md; blind-3.jsonl, BLIND-3.md) in one table: Warden now,
// Warden before issue 12 (before.ts) and the peers, per family, then per script, language and
// (set 3) kind, then messages per second of each Warden on the same messages.
//   node bin/tsx.mjs bench/contact/blind.ts [--file blind-3.jsonl] [--before-only]
import { pathToFileURL } from 'node:url';
import { loadBeforeDetector } from './before.ts';
import { breakdown, breakdownTable, type CorpusFile, loadCorpus, SCRIPT, SYSTEMS, table, wardenBefore } from './evaluate.ts';

function throughput(texts: string[], fn: (t: string) => unknown): number {
  for (const t of texts) fn(t);
  let best = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.max(best, texts.length / ((performance.now() - t0) / 1000));
  }
  return best;
}

export async function run(file: CorpusFile = 'blind-2.jsonl'): Promise<void> {
  const beforeOnly = process.argv.includes('--before-only');
  const corpus = loadCorpus(file);
  const before = await loadBeforeDetector();
  const [now, ...peers] = SYSTEMS;
  const systems = [
    ...(beforeOnly ? [] : [now]),
    ...('detect' in before ? [{ ...now, name: 'Warden before (6db4457)', run: wardenBefore(before.detect) }] : []),
    ...peers,
  ];
  if ('error' in before) console.log(`(Warden before issue 12 unavailable: ${before.error})`);
  const { summary, table: t } = await table(corpus, systems);
  console.log(`## ${file}: ${summary}\n\n${t}\n`);
  const columns = [];
  if (!beforeOnly) columns.push({ name: 'Warden', ...(await breakdown(now.run, corpus)) });
  if ('detect' in before) columns.push({ name: 'Warden before', ...(await breakdown(wardenBefore(before.detect), corpus)) });
  console.log(
    breakdownTable(
      'script',
      columns.map((c) => ({ name: c.name, scores: c.scripts })),
      corpus,
      (l) => SCRIPT[l.lang] ?? 'other',
    ),
  );
  console.log(
    `\n${breakdownTable(
      'language',
      columns.map((c) => ({ name: c.name, scores: c.langs })),
      corpus,
      (l) => l.lang,
    )}\n`,
  );
  if (corpus.some((l) => l.kind))
    console.log(
      `${breakdownTable(
        'kind',
        columns.map((c) => ({ name: c.name, scores: c.kinds })),
        corpus,
        (l) => l.kind ?? 'unknown',
      )}\n`,
    );
  const texts = corpus.map((l) => l.text);
  const rows = ['| detector on the blind set | messages/s (one core, best of 3) |', '|---|---:|'];
  if (!beforeOnly)
    rows.push(`| Warden detectContact | ${Math.round(throughput(texts, (t) => now.run({ id: '', lang: 'en', text: t, labels: [] }))).toLocaleString('en')} |`);
  if ('detect' in before)
    rows.push(`| Warden before (6db4457) | ${Math.round(throughput(texts, (t) => before.detect({ text: t, locale: 'en' }))).toLocaleString('en')} |`);
  console.log(rows.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = process.argv.indexOf('--file');
  await run(arg > 0 ? (process.argv[arg + 1] as CorpusFile) : undefined);
}
