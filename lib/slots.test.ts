import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSlots, releasedWhenDone } from './slots';

describe('createSlots', () => {
  it('gives out at most its size, and takes a place back once, however often it is released', () => {
    const slots = createSlots(2, 60_000);
    const a = slots.take()!;
    const b = slots.take()!;
    assert.equal(slots.take(), null);
    assert.equal(slots.inUse, 2);
    a();
    a();
    assert.equal(slots.inUse, 1);
    assert.notEqual(slots.take(), null);
    b();
    assert.equal(slots.inUse, 1);
  });
  it('takes back a place held too long', async () => {
    const slots = createSlots(1, 20);
    assert.notEqual(slots.take(), null);
    assert.equal(slots.take(), null);
    await new Promise((resolve) => setTimeout(resolve, 40));
    assert.notEqual(slots.take(), null);
  });
});

describe('releasedWhenDone', () => {
  async function* numbers(fail = false) {
    yield 1;
    yield 2;
    if (fail) throw new Error('stream broke');
  }
  const cases: [string, (items: AsyncIterable<number>) => Promise<unknown>][] = [
    ['read to the end', async (items) => { for await (const _ of items) void _; }],
    ['abandoned after one item', async (items) => { for await (const _ of items) break; }],
    ['abandoned before the first item', async (items) => items[Symbol.asyncIterator]().return?.()],
  ];
  for (const [what, consume] of cases) {
    it(`releases once when ${what}`, async () => {
      let releases = 0;
      await consume(releasedWhenDone(numbers(), () => releases++));
      assert.ok(releases >= 1);
    });
  }
  it('releases, and ends the items, when the client goes away in the middle of reading', async () => {
    let released = 0;
    let ended = false;
    async function* rows() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        ended = true;
      }
    }
    const client = new AbortController();
    const iterator = releasedWhenDone(rows(), () => released++, client.signal)[Symbol.asyncIterator]();
    assert.deepEqual(await iterator.next(), { done: false, value: 0 });
    // Nobody reads on, and nobody cancels: only the request's signal says the client has gone.
    client.abort();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(released, 1);
    assert.equal(ended, true);
  });
  it('releases at once when the client had gone before the items were read', () => {
    let released = 0;
    releasedWhenDone(numbers(), () => released++, AbortSignal.abort());
    assert.equal(released, 1);
  });
  it('releases when the items fail, and passes the failure on', async () => {
    let released = false;
    await assert.rejects(async () => { for await (const _ of releasedWhenDone(numbers(true), () => (released = true))) void _; }, /stream broke/);
    assert.equal(released, true);
  });
});
