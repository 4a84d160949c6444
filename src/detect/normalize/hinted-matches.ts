// A costly pattern's matches found through a cheaper "hint" pattern that matches wherever it
// does. A Unicode-mode pattern with a leading lookbehind (`(?<![\p{L}...])`) is tried at every
// code point of the text; its hint (the same pattern without Unicode mode, with ASCII-only
// lookarounds) scans several times faster. The pattern is then tried only where the hint
// matches, anchored there (sticky), which finds exactly what a global scan of it finds.

/**
 * The matches of `pattern` in `text` from `from` on, in order and non-overlapping, as
 * `text.matchAll(pattern)` finds them with its scan starting at `from`.
 *
 * `hint` must be global and `pattern` sticky ('y', with 'u' when it needs it), and at every
 * position where `pattern` matches, `hint` must match too (at that same position): then the
 * hint's first match at or after a position is never after the pattern's, and trying the
 * pattern there either finds the pattern's first match or shows the next one lies further on.
 * The pattern's matches are never empty, and neither pattern matches from inside a surrogate
 * pair (both start with a BMP character). Throws on an empty match (it would loop).
 */
export function hintedMatches(text: string, hint: RegExp, pattern: RegExp, from = 0): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let p = from;
  while (p <= text.length) {
    hint.lastIndex = p;
    const h = hint.exec(text);
    if (h === null) break;
    pattern.lastIndex = h.index;
    const m = pattern.exec(text);
    if (m === null) {
      p = h.index + 1;
      continue;
    }
    if (m[0].length === 0) throw new Error(`hintedMatches: /${pattern.source}/ matched the empty string`);
    out.push(m);
    p = m.index + m[0].length;
  }
  hint.lastIndex = 0;
  pattern.lastIndex = 0;
  return out;
}
