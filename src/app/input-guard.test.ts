import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findUnstorable } from './input-guard.ts';

describe('findUnstorable', () => {
  it('names the field of a NUL, a lone surrogate or a non-finite number in JSON values', () => {
    expect(findUnstorable({ a: [{ b: 'x\u0000' }] })?.pointer).toBe('/a/0/b');
    expect(findUnstorable({ 'k\ud800': 1 })?.pointer).toBe('/k\ud800');
    expect(findUnstorable({ n: Number.POSITIVE_INFINITY })?.pointer).toBe('/n');
    expect(findUnstorable(Object.assign(Object.create(null), { s: '\u0000' }))?.pointer).toBe('/s');
  });

  it('does not walk objects that are not JSON data: a raw body stream, a Buffer, a class instance', () => {
    // A request on a real socket points at the socket, the server and their listeners: a graph
    // too large to walk. The walk must not enter a stream at all (it would report this NUL).
    const stream = Object.assign(new PassThrough(), { note: 'x\u0000' });
    expect(findUnstorable(stream)).toBeUndefined();
    expect(findUnstorable(Buffer.from('a\u0000b'))).toBeUndefined();
    expect(
      findUnstorable(
        new (class {
          s = '\u0000';
        })(),
      ),
    ).toBeUndefined();
  });
});
