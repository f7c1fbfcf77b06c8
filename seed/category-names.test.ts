import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { asc } from 'drizzle-orm';
import type { Connection } from '../db/connect';
import { categoryNames } from '../db/schema';
import { searchMetrics } from '../db/search';
import { openSeeded, testTargets } from '../fixtures/databases';
import { CATEGORIES } from '../lib/domain';
import { analyzeQuery } from '../lib/search';
import en from '../messages/en.json' with { type: 'json' };
import ko from '../messages/ko.json' with { type: 'json' };
import { CategoryNameError, categoryNamesFrom, syncCategoryNames } from './category-names';
import { seedHistory } from './data';

describe('category names from the messages', () => {
  it('names every category in English and Korean, as the pages do', () => {
    const names = categoryNamesFrom();
    assert.deepEqual(names.map((n) => n.category), [...CATEGORIES]);
    for (const { category, name, nameKo } of names) assert.deepEqual([name, nameKo], [en.Category[category], ko.Category[category]]);
  });

  const refused: [string, { en: Partial<Record<string, string>>; ko: Partial<Record<string, string>> }, string[]][] = [
    ['a Korean name missing', { en: en.Category, ko: { ...ko.Category, ipo: undefined } }, ['"ipo" (ko)']],
    ['an English name blank', { en: { ...en.Category, forecast: '  ' }, ko: ko.Category }, ['"forecast" (en)']],
    ['both missing for one, one for another', { en: { ...en.Category, talent: undefined, events: undefined }, ko: { ...ko.Category, talent: undefined } }, ['"talent" (en)', '"talent" (ko)', '"events" (en)']],
  ];
  for (const [what, messages, missing] of refused) {
    it(`refuses ${what}, naming it`, () => {
      assert.throws(
        () => categoryNamesFrom(messages),
        (error: unknown) => {
          assert.ok(error instanceof CategoryNameError);
          assert.deepEqual(error.missing, missing);
          assert.match(error.message, /nothing was written/);
          return true;
        },
      );
    });
  }
});

for (const target of testTargets()) {
  describe(`category names on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await openSeeded(target, seedHistory);
    });
    after(async () => connection?.close());

    const slugs = async (q: string) => {
      const analysis = analyzeQuery(q);
      assert.ok(analysis.ok);
      return (await searchMetrics(connection.db, analysis.query, { limit: 50, offset: 0 })).matches.map((m) => m.metric.slug);
    };

    it('are loaded with the seed, and loading again writes none', async () => {
      const stored = await connection.db.select().from(categoryNames).orderBy(asc(categoryNames.category));
      assert.deepEqual(stored, categoryNamesFrom().sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category)));
      assert.deepEqual(await syncCategoryNames(connection.db), []);
    });

    it('find the figures of their category, and a renamed category by its new name only', async () => {
      const forecasts = await slugs('forecasts');
      assert.ok(forecasts.includes('china-ai-lead-probability-3-5-years'), forecasts.join(', '));
      const renamed = categoryNamesFrom().map((n) => (n.category === 'forecast' ? { ...n, name: 'Predictions', nameKo: '예측치' } : n));
      try {
        assert.deepEqual(await syncCategoryNames(connection.db, renamed), ['forecast']);
        assert.ok((await slugs('예측치')).includes('china-ai-lead-probability-3-5-years'));
        assert.ok(!(await slugs('forecasts')).includes('china-ai-lead-probability-3-5-years'));
      } finally {
        assert.deepEqual(await syncCategoryNames(connection.db), ['forecast']);
      }
    });
  });
}
