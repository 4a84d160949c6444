// Splits the user's original text into plain and flagged segments from signal spans
// (UTF-16 offsets into the original text, end exclusive), so the console can highlight
// exactly what a detector pointed at, and hide contact details until a reviewer reveals them.

export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Signal types covering this segment; empty for plain text. */
  types: string[];
  /** A contact detail that stays hidden until revealed. */
  masked: boolean;
}

export const isContactType = (type: string) => type.startsWith('contact.');

/** A short label for a hidden detail: "email", "phone", "handle" ... */
export function maskLabel(types: string[]): string {
  const t = types.find(isContactType) ?? types[0] ?? 'contact';
  return t.split('.').pop()?.replace(/_/g, ' ') ?? 'contact';
}

/**
 * Segments covering the whole text in order. Overlapping spans split into pieces so each
 * piece knows every type over it; spans outside the text are clipped or dropped.
 */
export function segmentText(text: string, spans: Span[], opts: { revealContacts?: boolean } = {}): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.floor(s.start)), end: Math.min(text.length, Math.floor(s.end)) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const types = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.type))].sort();
    const masked = !opts.revealContacts && types.some(isContactType);
    const prev = out[out.length - 1];
    // Adjacent pieces with the same types read as one highlight.
    if (prev && prev.types.join() === types.join() && prev.masked === masked) {
      prev.text += text.slice(start, end);
      prev.end = end;
    } else out.push({ text: text.slice(start, end), start, end, types, masked });
  }
  return out;
}
