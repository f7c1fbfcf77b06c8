import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { decodeCursor, encodeCursor, nextPageUrl, pageQuerySchema } from './cursor';

const position = z.object({ category: z.string(), slug: z.string() }).strict();

describe('cursors', () => {
  it('read back what they wrote', () => {
    const written = encodeCursor({ category: 'ipo', slug: 'zhipu-ai-hong-kong-ipo-proceeds' });
    assert.match(written, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeCursor(written, position), { category: 'ipo', slug: 'zhipu-ai-hong-kong-ipo-proceeds' });
  });
  const refused: [string, string][] = [
    ['not base64url', 'a+b/c='],
    ['base64url of no JSON', Buffer.from('{nope').toString('base64url')],
    ['JSON of another shape', encodeCursor({ id: 3 })],
    ['JSON with more in it', encodeCursor({ category: 'ipo', slug: 'x', admin: true })],
    ['empty', ''],
    ['too long', 'A'.repeat(401)],
  ];
  for (const [what, cursor] of refused) it(`refuse ${what}`, () => assert.equal(decodeCursor(cursor, position), null));
});

describe('pageQuerySchema', () => {
  const cases: [Record<string, string>, { limit: number; cursor?: string } | 'refused'][] = [
    [{}, { limit: 100 }],
    [{ limit: '1' }, { limit: 1 }],
    [{ limit: '1000', cursor: 'abc' }, { limit: 1000, cursor: 'abc' }],
    [{ limit: '0' }, 'refused'],
    [{ limit: '1001' }, 'refused'],
    [{ limit: 'ten' }, 'refused'],
  ];
  for (const [query, want] of cases) {
    it(`${JSON.stringify(query)} → ${JSON.stringify(want)}`, () => {
      const parsed = pageQuerySchema.safeParse(query);
      assert.deepEqual(parsed.success ? parsed.data : 'refused', want);
    });
  }
  it('the next page keeps the request’s own filters', () => {
    assert.equal(nextPageUrl('http://x/api/metrics?category=ipo&limit=2&cursor=old', 'new'), '/api/metrics?category=ipo&limit=2&cursor=new');
  });
});
