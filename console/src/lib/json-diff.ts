// A readable diff between two JSON documents (policy versions): both pretty-printed with
// sorted keys, compared line by line (longest common subsequence), with long unchanged
// stretches folded so the changes stand out.

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string; oldNo: number | null; newNo: number | null } | { kind: 'fold'; count: number };

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}

export const prettyJson = (v: unknown) => JSON.stringify(sortKeys(v), null, 2) ?? 'undefined';

/** Line diff of a → b. `context` unchanged lines are kept around each change. */
export function diffJson(a: unknown, b: unknown, context = 3): DiffLine[] {
  const x = prettyJson(a).split('\n');
  const y = prettyJson(b).split('\n');
  const n = x.length;
  const m = y.length;
  // lcs[i][j]: length of the LCS of x[i..] and y[j..]
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const full: Exclude<DiffLine, { kind: 'fold' }>[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      full.push({ kind: 'same', text: x[i], oldNo: i + 1, newNo: j + 1 });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      // Removals before additions: a changed line reads "old, then new".
      full.push({ kind: 'removed', text: x[i], oldNo: i + 1, newNo: null });
      i++;
    } else {
      full.push({ kind: 'added', text: y[j], oldNo: null, newNo: j + 1 });
      j++;
    }
  }
  const near = full.map(() => false);
  full.forEach((l, k) => {
    if (l.kind === 'same') return;
    for (let d = Math.max(0, k - context); d <= Math.min(full.length - 1, k + context); d++) near[d] = true;
  });
  const out: DiffLine[] = [];
  let folded = 0;
  full.forEach((l, k) => {
    if (l.kind !== 'same' || near[k]) {
      if (folded) out.push({ kind: 'fold', count: folded });
      folded = 0;
      out.push(l);
    } else folded++;
  });
  if (folded) out.push({ kind: 'fold', count: folded });
  return out;
}

export function diffStats(lines: DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of lines) {
    if (l.kind === 'added') added++;
    if (l.kind === 'removed') removed++;
  }
  return { added, removed };
}
