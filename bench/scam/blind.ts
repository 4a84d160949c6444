// A blind multilingual set through the whole text screening (learned layer included) and the
// rules alone, side by side: precision, recall, F1 and the share of honest texts flagged,
// overall and per language.
//   node bin/tsx.mjs bench/scam/blind.ts [blind-2.jsonl]
// Prints a Markdown table; the first run's figures go to RESULTS.md before anyone reads the
// errors (afterwards the set counts as tuned on).

import { pathToFileURL } from 'node:url';
import { evaluate, flagged, loadScamCorpus, rulesDetector, type ScamDetector, type ScamExample, screeningDetector } from './corpus.ts';

export function blindTable(examples: readonly ScamExample[], detectors: Record<string, ScamDetector>): string {
  const lines = ['| Detector | Slice | Precision | Recall | F1 | Honest flagged | TP | FP | FN |', '|---|---|---|---|---|---|---|---|---|'];
  for (const [name, detect] of Object.entries(detectors)) {
    const result = evaluate(examples, detect);
    const honestByLang = new Map<string, number>();
    for (const e of examples) if (e.label === 'honest') honestByLang.set(e.lang, (honestByLang.get(e.lang) ?? 0) + 1);
    const honestAll = examples.filter((e) => e.label === 'honest').length;
    const slices: [string, typeof result.overall, number][] = [
      ['**all**', result.overall, honestAll],
      ...Object.entries(result.byLang).map(([l, s]) => [l, s, honestByLang.get(l) ?? 0] as [string, typeof s, number]),
    ];
    for (const [slice, s, honest] of slices) {
      const f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
      const fpRate = honest ? `${((s.fp / honest) * 100).toFixed(1)} %` : '–';
      lines.push(`| ${name} | ${slice} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${f1.toFixed(3)} | ${fpRate} | ${s.tp} | ${s.fp} | ${s.fn} |`);
    }
  }
  return lines.join('\n');
}

/**
 * Recall per scam scheme (the issue-11 kind a text was written for: any scam.* or spam.content
 * signal counts) and the share of honest texts flagged per content kind (job, message,
 * proposal), for sets whose scams carry `scheme` (blind-2, blind-3).
 */
export function schemeTable(examples: readonly ScamExample[], detectors: Record<string, ScamDetector>): string {
  const schemes = [...new Set(examples.map((e) => e.scheme).filter((s): s is string => !!s))].sort();
  const kinds = [...new Set(examples.filter((e) => e.label === 'honest').map((e) => e.kind))].sort();
  const names = Object.keys(detectors);
  const lines = [`| Slice | ${names.join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`];
  const flaggedBy = Object.fromEntries(names.map((n) => [n, new Map(examples.map((e) => [e.id, flagged(detectors[n], e)]))]));
  const cell = (n: string, slice: readonly ScamExample[]) => `${slice.filter((e) => flaggedBy[n].get(e.id)).length}/${slice.length}`;
  for (const s of schemes)
    lines.push(
      `| recall ${s} | ${names
        .map((n) =>
          cell(
            n,
            examples.filter((e) => e.scheme === s),
          ),
        )
        .join(' | ')} |`,
    );
  for (const k of kinds)
    lines.push(
      `| honest ${k} flagged | ${names
        .map((n) =>
          cell(
            n,
            examples.filter((e) => e.label === 'honest' && e.kind === k),
          ),
        )
        .join(' | ')} |`,
    );
  return lines.join('\n');
}

export async function run(file = 'blind-2.jsonl'): Promise<void> {
  const examples = loadScamCorpus(file);
  const scams = examples.filter((e) => e.label === 'scam').length;
  console.log(`${file}: ${examples.length} texts (${scams} scam, ${examples.length - scams} honest), ${new Set(examples.map((e) => e.lang)).size} languages\n`);
  const detectors = { 'Warden after (learned layer)': screeningDetector, 'Warden before (rules)': rulesDetector };
  console.log(blindTable(examples, detectors));
  if (examples.some((e) => e.scheme)) console.log(`\n${schemeTable(examples, detectors)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv[2]);
