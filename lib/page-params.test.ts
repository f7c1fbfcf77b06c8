import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browseParamsSchema, homeParamsSchema, homeView, parsePageParams } from './page-params';

describe('page params', () => {
  const cases: [string, Record<string, string | string[] | undefined>, unknown][] = [
    ['home defaults to the chart tab', {}, { ok: true, value: { tab: 'chart' } }],
    ['home keeps the table tab', { tab: 'table' }, { ok: true, value: { tab: 'table' } }],
    ['an empty value counts as absent', { tab: '' }, { ok: true, value: { tab: 'chart' } }],
    ['home refuses an unknown tab', { tab: 'pie' }, { ok: false }],
    ['home refuses a repeated tab', { tab: ['chart', 'table'] }, { ok: false, message: 'query parameter "tab" is given more than once' }],
    ['home refuses an unknown parameter', { colour: 'red' }, { ok: false, message: 'unknown query parameter "colour"' }],
  ];
  for (const [what, input, want] of cases) {
    it(what, () => {
      const got = parsePageParams(input, homeParamsSchema);
      if ((want as { ok: boolean }).ok) assert.deepEqual(got, want);
      else {
        assert.equal(got.ok, false);
        if ('message' in (want as object)) assert.equal((got as { message: string }).message, (want as { message: string }).message);
      }
    });
  }

  const browse: [Record<string, string>, boolean, unknown?][] = [
    [{ category: 'ipo', disputed: 'true' }, true, { category: 'ipo', disputed: true }],
    [{ subject: 'DeepSeek', source: 'kmib-2026-01-ai-hegemony' }, true, { subject: 'DeepSeek', source: 'kmib-2026-01-ai-hegemony' }],
    [{ page: '3' }, true, { page: 3 }],
    [{ page: '0' }, false],
    [{ page: '1e400' }, false],
    [{ page: '-1' }, false],
    [{ disputed: 'yes' }, false],
    [{ category: 'weather' }, false],
    [{ source: '../etc/passwd' }, false],
    [{ subject: 'Deep\u0000Seek' }, false],
  ];
  for (const [input, ok, value] of browse) {
    it(`browse ${JSON.stringify(input)} → ${ok ? 'accepted' : 'refused'}`, () => {
      const got = parsePageParams(input, browseParamsSchema);
      assert.equal(got.ok, ok);
      if (got.ok) assert.deepEqual(got.value, value);
      else assert.ok(got.message.length > 0);
    });
  }
});

describe('homeView', () => {
  const cases: [string, string][] = [['', 'chart'], ['tab=chart', 'chart'], ['tab=table', 'table'], ['tab=pie', 'invalid'], ['tab=table&tab=chart', 'invalid'], ['x=1', 'invalid'], ['tab=', 'invalid']];
  for (const [query, want] of cases) it(`?${query} → ${want}`, () => assert.equal(homeView(new URLSearchParams(query)), want));
});
