import { maskLabel, type Segment, type Span, segmentText } from '../lib/highlight.ts';

const toneOf = (types: string[]) => {
  const t = types[0] ?? '';
  if (t.startsWith('contact.')) return 'contact';
  if (t.startsWith('offplatform.') || t.startsWith('circumvention.')) return 'offplatform';
  if (t.startsWith('scam.') || t.startsWith('malware.')) return 'danger';
  return 'other';
};

/** The user's original text with every flagged span marked; contact details hidden until revealed. */
export function HighlightedText({ text, spans, revealed }: { text: string; spans: Span[]; revealed: boolean }) {
  const segments: Segment[] = segmentText(text, spans, { revealContacts: revealed });
  return (
    <p className="subject-text" data-testid="subject-text">
      {segments.map((s) =>
        s.types.length === 0 ? (
          <span key={s.start}>{s.text}</span>
        ) : s.masked ? (
          <mark key={s.start} className="flag flag-contact masked" title={s.types.join(', ')}>
            <span className="mask-label">{maskLabel(s.types)} hidden</span>
          </mark>
        ) : (
          <mark key={s.start} className={`flag flag-${toneOf(s.types)}`} title={s.types.join(', ')}>
            {s.text}
          </mark>
        ),
      )}
    </p>
  );
}
