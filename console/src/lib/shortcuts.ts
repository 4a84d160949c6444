// Keyboard shortcuts for the common moves. Keys typed into a field are the field's, and
// modified keys (Ctrl/Cmd/Alt) are the browser's.
import { useEffect, useRef } from 'react';

export type ShortcutMap = Record<string, (e: KeyboardEvent) => void>;

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

export function useShortcuts(map: ShortcutMap, enabled = true): void {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (document.querySelector('.overlay') && e.key !== '?') return;
      const fn = ref.current[e.key];
      if (fn) {
        e.preventDefault();
        fn(e);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** The case ids of the last list a reviewer looked at, so j/k on a case page walk it. */
const LIST_KEY = 'warden.console.caseList';
export function rememberCaseList(ids: string[]): void {
  try {
    sessionStorage.setItem(LIST_KEY, JSON.stringify(ids));
  } catch {}
}
export function neighbourCase(id: string, step: 1 | -1): string | null {
  try {
    const ids = JSON.parse(sessionStorage.getItem(LIST_KEY) ?? '[]') as string[];
    const i = ids.indexOf(id);
    return i >= 0 ? (ids[i + step] ?? null) : null;
  } catch {
    return null;
  }
}
