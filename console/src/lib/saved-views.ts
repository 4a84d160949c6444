// Reviewers' saved filters and console preferences, kept in the browser per signed-in user:
// a saved view is a name and the list's query string, so opening it is navigating to it.

export interface SavedView {
  name: string;
  /** The list page's path and query, e.g. "/queues?queue=contact&priorityMin=60". */
  to: string;
}

const key = (userId: string, what: string) => `warden.console.${what}.${userId}`;

function read<T>(k: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(k);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

function write(k: string, v: unknown): void {
  try {
    localStorage.setItem(k, JSON.stringify(v));
  } catch {}
}

export const loadViews = (userId: string): SavedView[] => read<SavedView[]>(key(userId, 'views'), []).filter((v) => v && typeof v.name === 'string');

/** Adds or replaces (same name) a view; names are trimmed and at most 40 characters. */
export function saveView(userId: string, view: SavedView): SavedView[] {
  const name = view.name.trim().slice(0, 40);
  if (!name) return loadViews(userId);
  const views = [...loadViews(userId).filter((v) => v.name !== name), { name, to: view.to }];
  write(key(userId, 'views'), views);
  return views;
}

export function deleteView(userId: string, name: string): SavedView[] {
  const views = loadViews(userId).filter((v) => v.name !== name);
  write(key(userId, 'views'), views);
  return views;
}

/** Whether resolving a case opens the next one of the list it came from (on unless turned off). */
export const loadAutoAdvance = (userId: string): boolean => read<boolean>(key(userId, 'autoAdvance'), true);
export const saveAutoAdvance = (userId: string, on: boolean) => write(key(userId, 'autoAdvance'), on);
