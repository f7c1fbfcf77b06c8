import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { NO_QUERY, withQuery } from './with-query';

describe('withQuery', () => {
  const echo = withQuery(z.object({ n: z.coerce.number().int().optional() }).strict(), async (query, _request, context: { tag: string }) =>
    Response.json({ query, tag: context.tag }),
  );
  const cases: [string, number, unknown][] = [
    ['/x', 200, { query: {}, tag: 't' }],
    ['/x?n=3', 200, { query: { n: 3 }, tag: 't' }],
    ['/x?n=three', 400, { error: { status: 400, message: '"n": Invalid input: expected number, received NaN' } }],
    ['/x?n=1&n=2', 400, { error: { status: 400, message: 'query parameter "n" is given more than once' } }],
    ['/x?m=1', 400, { error: { status: 400, message: 'unknown query parameter "m"' } }],
  ];
  for (const [path, status, body] of cases) {
    it(`${path} → ${status}`, async () => {
      const response = await echo(new Request(`http://cited.test${path}`), { tag: 't' });
      assert.equal(response.status, status);
      assert.deepEqual(await response.json(), body);
    });
  }

  it('never calls the handler for a query it refused', async () => {
    let called = false;
    const handler = withQuery(NO_QUERY, async () => ((called = true), new Response('ok')));
    assert.equal((await handler(new Request('http://cited.test/x?anything=1'), {})).status, 400);
    assert.equal(called, false);
  });
});

describe('withQuery when the database cannot be reached', () => {
  const failing = (error: unknown) => withQuery(NO_QUERY, async () => Promise.reject(error));

  it('answers 503 with Retry-After for a refused connection, however deeply wrapped', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    for (const error of [refused, new Error('query failed', { cause: refused }), new AggregateError([refused], 'all failed')]) {
      const response = await failing(error)(new Request('http://cited.test/api/metrics'), {});
      assert.equal(response.status, 503);
      assert.equal(response.headers.get('retry-after'), '10');
      assert.match((await response.json()).error.message, /unreachable/);
    }
  });

  it('lets any other error through, for the error log and a 500', async () => {
    const broken = Object.assign(new Error('column "x" does not exist'), { code: '42703' });
    await assert.rejects(failing(broken)(new Request('http://cited.test/api/metrics'), {}), /column "x"/);
  });
});
