// The benchmark mix of bench.ts, shared with snapshot.ts (which checks findings on the same messages).
import { loadCorpus } from './evaluate.ts';

/**
 * A realistic mix: corpus messages, most joined into ~200-character chats, some up to 5,000.
 * `benign` keeps only messages labelled negative (ordinary work chat, still full of digits,
 * code and app names); the default mix keeps all, about half of them carrying contact details.
 */
export function workload(benign = false): string[] {
  const corpus = loadCorpus()
    .filter((l) => !benign || l.labels.length === 0)
    .map((l) => l.text);
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = () => corpus[Math.floor(rand() * corpus.length)];
  const out: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const target = rand() < 0.03 ? 1500 + rand() * 3500 : rand() < 0.5 ? 60 + rand() * 140 : 150 + rand() * 250;
    let text = pick();
    while (text.length < target) text += ` ${pick()}`;
    out.push(text.slice(0, 5000));
  }
  return out;
}
