// listAll's pages: the whole list, or only its head without reading the pages past it.
import { describe, expect, it } from 'vitest';
import { listAll, type WardenClient } from './client.ts';

/** A list endpoint over `n` numbered items with limit/offset/nextOffset, recording each request. */
function pagedList(n: number) {
  const items = Array.from({ length: n }, (_, i) => ({ id: i }));
  const asked: string[] = [];
  const client: WardenClient = {
    async request(_method, path) {
      asked.push(path);
      const q = new URLSearchParams(path.split('?')[1]);
      const limit = Number(q.get('limit'));
      const offset = Number(q.get('offset'));
      const page = items.slice(offset, offset + limit);
      return { status: 200, body: { items: page, nextOffset: offset + limit < n ? offset + limit : null } };
    },
  };
  return { client, asked, items };
}

describe('listAll', () => {
  it('reads every page when no maximum is given', async () => {
    const { client, asked, items } = pagedList(1203);
    expect(await listAll(client, '/v1/x?status=open', 'items')).toEqual(items);
    expect(asked).toEqual(['/v1/x?status=open&limit=500&offset=0', '/v1/x?status=open&limit=500&offset=500', '/v1/x?status=open&limit=500&offset=1000']);
  });

  it('with a maximum, returns the head of the same list and reads no page past it', async () => {
    // [items, maximum, requests]: pages of at most 500, the last one cut to the maximum.
    for (const [n, max, requests] of [
      [1203, 40, 1],
      [1203, 700, 2],
      [30, 40, 1],
      [0, 40, 1],
    ]) {
      const whole = pagedList(n);
      const head = pagedList(n);
      expect(await listAll(head.client, '/v1/x', 'items', 500, max)).toEqual((await listAll(whole.client, '/v1/x', 'items')).slice(0, max));
      expect(head.asked.length).toBe(requests);
    }
  });
});
