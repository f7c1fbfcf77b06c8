import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy } from './csp';

describe('who may frame a page', () => {
  const cases: [string, string][] = [
    ['/embed/charts/x', 'frame-ancestors *'],
    ['/ko/embed/metrics/x', 'frame-ancestors *'],
    ['/', "frame-ancestors 'none'"],
    ['/ko', "frame-ancestors 'none'"],
    ['/metrics/embed', "frame-ancestors 'none'"],
    ['/embedded', "frame-ancestors 'none'"],
    ['/en/embed/x', 'frame-ancestors *'],
  ];
  for (const [pathname, expected] of cases) it(pathname, () => assert.ok(contentSecurityPolicy(pathname).endsWith(expected), contentSecurityPolicy(pathname)));
});
