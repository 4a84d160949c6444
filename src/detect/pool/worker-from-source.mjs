// The pool's worker when Warden runs from its TypeScript sources (tsx: tests, `npm run bench`,
// bin/warden.mjs without a build): a worker thread does not inherit the parent's loader, so
// it registers tsx itself before importing worker.ts. The compiled server uses the worker
// that scripts/build-server.mjs emits beside main.js instead.
import { register } from 'tsx/esm/api';

register();
const { default: detect } = await import('./worker.ts');
export default detect;
