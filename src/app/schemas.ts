// Schema pieces every route module shares: literal unions and (below) the problem+json
// error responses. Route schemas validate requests, type handlers (TypeBox type provider)
// and document the API, so they are written once, here or next to their routes.
import { type TLiteral, type TUnion, Type } from '@sinclair/typebox';

/** A union of string literals whose static type keeps the literals ('open' | 'resolved'), not `string`. */
export const literals = <const T extends string>(values: readonly T[], options: { description?: string; default?: T } = {}): TUnion<TLiteral<T>[]> =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  );
