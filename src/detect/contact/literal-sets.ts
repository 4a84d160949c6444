// Which of several lists of literal strings occur anywhere in a text, answered for every list
// in one pass over its characters. The contact finders gate their patterns on such lists
// ("gmail|hotmail|...", a pointer's key words, the link keys): each was an alternation of
// literals scanned over the whole text, at some 8-10 ns per character each on the bench mix,
// while one automaton reads a character in about 2 ns whatever the number of lists.
//
// An Aho-Corasick automaton over UTF-16 code units (the unit a regular expression without the
// u flag reads; the lists hold whole characters), compiled to a dense transition table: state
// x symbol -> state. Characters that occur in no list share symbol 0. A list "occurs" exactly
// when `new RegExp(list.map(escape).join('|')).test(text)` would be true.

/** One text's answer: bit (id & 31) of word (id >> 5) is set when list `id` occurs. */
type Found = Uint32Array;

export class LiteralSets {
  private readonly lists: string[][] = [];
  private table: { symbol: Uint16Array; symbols: number; delta: Int32Array; out: Uint32Array; hasOut: Uint8Array; words: number } | undefined;
  private lastText: string | undefined;
  private lastFound: Found = new Uint32Array(0);

  /** Registers a list (non-empty strings) and returns its id for has(). */
  add(list: readonly string[]): number {
    if (list.length === 0 || list.some((w) => w.length === 0)) throw new Error('LiteralSets: a list needs non-empty strings');
    this.lists.push([...list]);
    this.table = undefined;
    this.lastText = undefined;
    return this.lists.length - 1;
  }

  /** Whether some string of list `id` occurs in `text`. */
  has(text: string, id: number): boolean {
    const found = this.scan(text);
    return (found[id >> 5] & (1 << (id & 31))) !== 0;
  }

  /** The lists occurring in `text` (the last text's answer is kept: finders ask about one window in turn). */
  private scan(text: string): Found {
    if (text === this.lastText) return this.lastFound;
    const t = this.compiled();
    const found = new Uint32Array(t.words);
    const { symbol, symbols, delta, out, hasOut, words } = t;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * symbols + symbol[text.charCodeAt(i)]];
      if (hasOut[state] === 1) for (let w = 0; w < words; w++) found[w] |= out[state * words + w];
    }
    this.lastText = text;
    this.lastFound = found;
    return found;
  }

  private compiled() {
    if (this.table) return this.table;
    const symbol = new Uint16Array(0x10000);
    let symbols = 1;
    for (const list of this.lists)
      for (const w of list)
        for (let k = 0; k < w.length; k++) {
          const c = w.charCodeAt(k);
          if (symbol[c] === 0) symbol[c] = symbols++;
        }
    const words = Math.max(1, Math.ceil(this.lists.length / 32));
    // The trie of all strings: children by symbol, and the lists each state ends a string of.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    this.lists.forEach((list, id) => {
      for (const w of list) {
        let s = 0;
        for (let k = 0; k < w.length; k++) {
          const a = symbol[w.charCodeAt(k)];
          let next = children[s].get(a);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            ends.push([]);
            children[s].set(a, next);
          }
          s = next;
        }
        ends[s].push(id);
      }
    });
    const n = children.length;
    const delta = new Int32Array(n * symbols);
    const out = new Uint32Array(n * words);
    const fail = new Int32Array(n);
    // Breadth first: a state's failure state (its longest proper suffix in the trie) is done
    // before it, so its outputs and transitions can be copied from there.
    const queue: number[] = [];
    for (const [a, next] of children[0]) {
      delta[a] = next;
      queue.push(next);
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head];
      for (const id of ends[s]) out[s * words + (id >> 5)] |= 1 << (id & 31);
      for (let w = 0; w < words; w++) out[s * words + w] |= out[fail[s] * words + w];
      for (let a = 1; a < symbols; a++) {
        const next = children[s].get(a);
        if (next === undefined) delta[s * symbols + a] = delta[fail[s] * symbols + a];
        else {
          fail[next] = delta[fail[s] * symbols + a];
          delta[s * symbols + a] = next;
          queue.push(next);
        }
      }
    }
    const hasOut = new Uint8Array(n);
    for (let s = 0; s < n; s++) for (let w = 0; w < words; w++) if (out[s * words + w] !== 0) hasOut[s] = 1;
    this.table = { symbol, symbols, delta, out, hasOut, words };
    return this.table;
  }
}

/** The contact finders' lists, in one automaton: one pass per window answers all of them. */
export const CONTACT_LITERALS = new LiteralSets();
