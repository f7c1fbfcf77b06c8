import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, pass: (ms: number) => void (t += ms) };
  };

  type Step = ['get', string, string] | ['wait', number];
  const cases: [string, number, number, Step[]][] = [
    ['answers from memory while fresh', 10, 1000, [['get', 'a', 'a1'], ['wait', 999], ['get', 'a', 'a1']]],
    ['makes it again once expired', 10, 1000, [['get', 'a', 'a1'], ['wait', 1000], ['get', 'a', 'a2']]],
    ['drops the least recently used beyond its size', 2, 1000, [['get', 'a', 'a1'], ['get', 'b', 'b1'], ['get', 'a', 'a1'], ['get', 'c', 'c1'], ['get', 'a', 'a1'], ['get', 'b', 'b2']]],
  ];
  for (const [what, size, ttl, steps] of cases) {
    it(what, () => {
      const { now, pass } = clock();
      const cache = new ExpiringCache<string>(size, ttl, now);
      const made = new Map<string, number>();
      for (const step of steps) {
        if (step[0] === 'wait') pass(step[1]);
        else {
          const [, key, want] = step;
          const got = cache.remember(key, () => {
            made.set(key, (made.get(key) ?? 0) + 1);
            return `${key}${made.get(key)}`;
          });
          assert.equal(got, want, `${key}`);
        }
      }
    });
  }

  it('shares one promise among requests that arrive together, and forgets one that failed', async () => {
    const cache = new ExpiringCache<Promise<string>>(10, 1000);
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('database unreachable'));
    };
    const [first, second] = [cache.remember('q', failing), cache.remember('q', failing)];
    assert.equal(first, second);
    await assert.rejects(first);
    assert.equal(calls, 1);
    assert.equal(await cache.remember('q', () => Promise.resolve('found')), 'found');
  });
});
