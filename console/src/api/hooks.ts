// One hook to read a resource and one to run an action: loading, error and reload states
// that every screen shows the same way.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, get } from './client.ts';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** GETs `path` (null: nothing to load) and maps the reply through `adapt`. */
export function useResource<R, T = R>(path: string | null, adapt?: (raw: R) => T): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: path !== null });
  const [tick, setTick] = useState(0);
  const adaptRef = useRef(adapt);
  adaptRef.current = adapt;
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick is the reload trigger
  useEffect(() => {
    if (path === null) {
      setState({ loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    get<R>(path)
      .then((raw) => {
        if (live) setState({ data: adaptRef.current ? adaptRef.current(raw) : (raw as unknown as T), loading: false });
      })
      .catch((err) => {
        if (live)
          setState({ error: err instanceof ApiError ? err : new ApiError({ title: 'Unexpected error', status: 0, detail: String(err) }), loading: false });
      });
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

export interface Action<A extends unknown[], T> {
  run: (...args: A) => Promise<T | undefined>;
  pending: boolean;
  error: ApiError | undefined;
  clear: () => void;
}

/** Wraps a call that changes something; its error is kept for the screen to show. */
export function useAction<A extends unknown[], T>(fn: (...args: A) => Promise<T>): Action<A, T> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const fnRef = useRef(fn);
  fnRef.current = fn;
  const run = useCallback(async (...args: A) => {
    setPending(true);
    setError(undefined);
    try {
      return await fnRef.current(...args);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError({ title: 'Unexpected error', status: 0, detail: String(err) }));
      return undefined;
    } finally {
      setPending(false);
    }
  }, []);
  return { run, pending, error, clear: useCallback(() => setError(undefined), []) };
}
