// The one way the console talks to Warden: same-origin fetch with the HttpOnly session
// cookie, JSON in and out, and problem+json turned into an ApiError carrying its detail.

export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  invalidParams?: { pointer: string; reason: string }[];
  [k: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();
/** The app shell listens: a 401 anywhere means the session ended, so show the login. */
export function onUnauthenticated(fn: Listener): () => void {
  unauthenticatedListeners.add(fn);
  return () => unauthenticatedListeners.delete(fn);
}

/** Tells the shell the session ended (a 401 from any client). */
export function notifyUnauthenticated(): void {
  for (const fn of unauthenticatedListeners) fn();
}

export async function api<T>(method: string, path: string, body?: unknown, opts: { silent401?: boolean } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError({ title: 'Warden cannot be reached', status: 0, detail: `${(err as Error).message}. Check your connection and try again.` });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!res.ok) {
    const problem: Problem =
      parsed && typeof parsed === 'object' && 'title' in parsed
        ? (parsed as Problem)
        : { title: res.statusText || 'Request failed', status: res.status, detail: text.slice(0, 300) || undefined };
    if (res.status === 401 && !opts.silent401) notifyUnauthenticated();
    throw new ApiError(problem);
  }
  return parsed as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
