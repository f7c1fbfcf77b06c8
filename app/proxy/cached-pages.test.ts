import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderedAt } from './cached-pages';

describe('renderedAt', () => {
  const cases: [string, ReturnType<typeof renderedAt>][] = [
    ['/', { path: '/en/home/chart', search: '' }],
    ['/?tab=table', { path: '/en/home/table', search: '' }],
    ['/ko', { path: '/ko/home/chart', search: '' }],
    ['/ko?tab=nonsense', { path: '/ko/home/invalid', search: '' }],
    ['/metrics/x', { path: '/en/metrics/x', search: '' }],
    ['/ko/metrics/x?rev=3', { path: '/ko/metrics/x/rev/3', search: '' }],
    ['/metrics?category=events', { path: '/en/browse/category%3Devents', search: '' }],
    // Pages rendered on each request keep their query.
    ['/search?q=%EB%94%A5', { path: '/en/search', search: '?q=%EB%94%A5' }],
    ['/ko/search?q=a&cursor=b', { path: '/ko/search', search: '?q=a&cursor=b' }],
    ['/metrics?category=nonsense', { path: '/en/metrics', search: '?category=nonsense' }],
    // Data, feeds and files have one address.
    ['/api/metrics.csv?category=events', null],
    ['/changes.atom', null],
    ['/gone/metrics/x', null],
  ];
  for (const [address, expected] of cases) {
    it(address, () => {
      const url = new URL(address, 'http://cited.test');
      assert.deepEqual(renderedAt(url.pathname, url.searchParams), expected);
    });
  }
});
