export { type Normalized, normalize } from './normalize.ts';
