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
      assert.equal(releases, 1);
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
  it('starts nothing and releases once when the client had gone before the items were read', async () => {
    let released = 0;
    let begun = false;
    async function* work() {
      begun = true;
      yield 1;
    }
    const items = releasedWhenDone(work(), () => released++, AbortSignal.abort());
    // Next may still pull the body of an answer nobody reads.
    assert.deepEqual(await items[Symbol.asyncIterator]().next(), { done: true, value: undefined });
    assert.equal(begun, false);
    assert.equal(released, 1);
  });
  it('gives the place back only once the read in flight has settled and the work has ended', async () => {
    let released = 0;
    let ended = false;
    let deliver!: () => void;
    async function* slow() {
      try {
        await new Promise<void>((resolve) => (deliver = resolve));
        yield 1;
        yield 2;
      } finally {
        ended = true;
      }
    }
    const client = new AbortController();
    const iterator = releasedWhenDone(slow(), () => released++, client.signal)[Symbol.asyncIterator]();
    const reading = iterator.next();
    await new Promise((resolve) => setImmediate(resolve));
    client.abort();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(released, 0, 'the work is still running: its place is still taken');
    deliver();
    await reading;
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(ended, true);
    assert.equal(released, 1);
    // The reader stopping afterwards gives nothing back twice.
    await iterator.return?.();
    assert.equal(released, 1);
  });
  it('releases when the items fail, and passes the failure on', async () => {
    let released = false;
    await assert.rejects(async () => { for await (const _ of releasedWhenDone(numbers(true), () => (released = true))) void _; }, /stream broke/);
    assert.equal(released, true);
  });
});
