import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QueryProblem } from './api';
import { CATEGORIES } from './domain';
import { browseKey, browseParamsOf, browseParamsSchema, homeParamsSchema, homeView, parsePageParams, revisionOf } from './page-params';

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

describe('what was wrong with a query, for a page to say in its language', () => {
  const cases: [string, Record<string, string | string[]>, QueryProblem[]][] = [
    ['an unknown filter', { colour: 'red', size: 'l' }, [{ kind: 'unknown', params: ['colour', 'size'] }]],
    ['a value not among those allowed', { category: 'weather' }, [{ kind: 'oneOf', param: 'category', values: [...CATEGORIES] }]],
    ['a text too long', { subject: 'x'.repeat(101) }, [{ kind: 'tooLong', param: 'subject', maximum: 100 }]],
    ['a value that does not read', { source: '../etc/passwd' }, [{ kind: 'invalid', param: 'source' }]],
    ['a filter given twice', { subject: ['a', 'b'] }, [{ kind: 'repeated', param: 'subject' }]],
    ['two problems at once', { category: 'weather', page: '0' }, [{ kind: 'oneOf', param: 'category', values: [...CATEGORIES] }, { kind: 'invalid', param: 'page' }]],
  ];
  for (const [what, input, problems] of cases) {
    it(what, () => {
      const got = parsePageParams(input, browseParamsSchema);
      assert.equal(got.ok, false);
      if (!got.ok) assert.deepEqual(got.problems, problems);
    });
  }
});

describe('homeView', () => {
  const cases: [string, string][] = [['', 'chart'], ['tab=chart', 'chart'], ['tab=table', 'table'], ['tab=pie', 'invalid'], ['tab=table&tab=chart', 'invalid'], ['x=1', 'invalid'], ['tab=', 'invalid']];
  for (const [query, want] of cases) it(`?${query} → ${want}`, () => assert.equal(homeView(new URLSearchParams(query)), want));
});

describe('browseKey', () => {
  const cases: [string, string | null][] = [
    ['', 'all'],
    ['category=&subject=&source=', 'all'],
    ['page=1', 'all'],
    ['page=7&category=compute', 'category=compute&page=7'],
    ['disputed=true&category=ipo', 'category=ipo&disputed=true'],
    ['subject=%20100%25%20AI%20&source=a-b', 'subject=100%25+AI&source=a-b'],
    ['subject=%EB%94%A5%EC%8B%9C%ED%81%AC', 'subject=%EB%94%A5%EC%8B%9C%ED%81%AC'],
    ['category=weather', null],
    ['page=0', null],
    ['x=1', null],
    ['category=ipo&category=compute', null],
  ];
  for (const [query, want] of cases) {
    it(`?${query} → ${want}`, () => {
      const key = browseKey(new URLSearchParams(query));
      assert.equal(key, want);
      // A key is already canonical: it reads back, and writing it again changes nothing.
      if (key) {
        assert.notEqual(browseParamsOf(key), null);
        assert.equal(browseKey(new URLSearchParams(key === 'all' ? '' : key)), key);
      }
    });
  }
  it('reads a key back into its filters', () => {
    assert.deepEqual(browseParamsOf('category=compute&page=7'), { category: 'compute', page: 7 });
    assert.deepEqual(browseParamsOf('subject=100%25+AI'), { subject: '100% AI' });
    assert.deepEqual(browseParamsOf('all'), {});
  });
  it('refuses a key not written the one canonical way', () => {
    for (const key of ['page=7&category=compute', 'page=1', '', 'category=weather', 'subject=+x+', 'category=ipo&x=1']) assert.equal(browseParamsOf(key), null, key);
  });
});

describe('revisionOf', () => {
  const cases: [string | null, number | null][] = [
    ['1', 1],
    ['42', 42],
    ['2147483647', 2147483647],
    ['2147483648', null],
    ['0', null],
    ['01', null],
    ['-1', null],
    ['1.5', null],
    ['1e3', null],
    [' 1', null],
    ['', null],
    [null, null],
  ];
  for (const [text, want] of cases) it(`${JSON.stringify(text)} → ${want}`, () => assert.equal(revisionOf(text), want));
});
