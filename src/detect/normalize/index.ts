export { normalize, type Normalized } from './normalize.ts';
