import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorLogLine, requestIdFrom } from './request-log';

describe('requestIdFrom', () => {
  const cases: [string | null, string][] = [
    [null, 'fresh'],
    ['', 'fresh'],
    ['abc', 'fresh'],
    ['3f2c9a1e-77b0-4c1e-9f7e-0c8d1a2b3c4d', '3f2c9a1e-77b0-4c1e-9f7e-0c8d1a2b3c4d'],
    ['req_12345678', 'req_12345678'],
    ['bad id with spaces', 'fresh'],
    ['x'.repeat(65), 'fresh'],
    ['evil\r\nSet-Cookie: a=b', 'fresh'],
  ];
  for (const [given, want] of cases) it(`${JSON.stringify(given)} → ${want}`, () => assert.equal(requestIdFrom(given, () => 'fresh'), want));
});

describe('errorLogLine', () => {
  it('is one line of JSON with the request id, route and error', () => {
    const error = Object.assign(new Error('Failed query: select 1\nparams: x'), { digest: '123' });
    const line = errorLogLine({
      error,
      request: { path: '/metrics/x', method: 'GET', headers: { 'x-request-id': 'req_12345678' } },
      context: { routePath: '/metrics/[slug]', routeType: 'render' },
      at: new Date('2026-11-26T08:00:00Z'),
    });
    assert.doesNotMatch(line, /\n/);
    assert.deepEqual(JSON.parse(line), {
      level: 'error', time: '2026-11-26T08:00:00.000Z', requestId: 'req_12345678', method: 'GET', path: '/metrics/x',
      route: '/metrics/[slug]', routeType: 'render', digest: '123', error: 'Error: Failed query: select 1\nparams: x',
    });
  });
  it('says so when there is no request id or the thrown value is not an Error', () => {
    const line = JSON.parse(errorLogLine({ error: 'boom', request: { path: '/', method: 'GET', headers: {} }, context: {}, at: new Date(0) }));
    assert.equal(line.requestId, null);
    assert.equal(line.error, 'boom');
  });
});
