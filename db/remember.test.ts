import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { forgetAll, remember } from './remember';

describe('remember', () => {
  beforeEach(forgetAll);

  it('shares one read among concurrent and recent callers', async () => {
    let reads = 0;
    const read = async () => ++reads;
    const results = await Promise.all([remember('k', 1000, read, 0), remember('k', 1000, read, 10), remember('k', 1000, read, 999)]);
    assert.deepEqual(results, [1, 1, 1]);
    assert.equal(reads, 1);
  });

  it('reads again once the interval has passed, and keeps keys apart', async () => {
    let reads = 0;
    const read = async () => ++reads;
    assert.equal(await remember('k', 100, read, 0), 1);
    assert.equal(await remember('k', 100, read, 100), 2);
    assert.equal(await remember('other', 100, read, 100), 3);
  });

  it('does not remember a failure', async () => {
    await assert.rejects(remember('k', 1000, async () => Promise.reject(new Error('down')), 0));
    await new Promise((r) => setImmediate(r));
    assert.equal(await remember('k', 1000, async () => 'up', 1), 'up');
  });

  it('holds at most a thousand keys, dropping the oldest', async () => {
    for (let i = 0; i <= 1000; i++) await remember(`k${i}`, 10_000, async () => i, 0);
    let reread = false;
    await remember('k0', 10_000, async () => ((reread = true), 0), 1);
    assert.equal(reread, true);
  });
});
