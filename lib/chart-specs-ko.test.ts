import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARTS } from './chart-specs';
import { CHART_TEXTS_KO, chartSpecIn } from './chart-specs-ko';

const hangul = /[\uac00-\ud7a3]/;

describe('the charts in Korean', () => {
  it('has texts for exactly the charts there are', () => assert.deepEqual(Object.keys(CHART_TEXTS_KO).sort(), CHARTS.map((c) => c.id).sort()));
  for (const spec of CHARTS) {
    it(`${spec.id}: every text the English chart shows, in Korean`, () => {
      const ko = CHART_TEXTS_KO[spec.id];
      for (const field of ['title', 'subtitle', 'axisLabel'] as const) assert.match(ko[field], hangul, `${field}: ${ko[field]}`);
      assert.deepEqual(Object.keys(ko.metrics).sort(), Object.keys(spec.metrics).sort(), 'a label for each bar');
      assert.deepEqual(Object.keys(ko.callouts ?? {}).sort(), Object.keys(spec.callouts ?? {}).sort(), 'a label for each callout');
      assert.equal(ko.highlight === undefined, spec.highlight === undefined, 'the highlight explained');
    });
  }
});

describe('chartSpecIn', () => {
  for (const spec of CHARTS) {
    it(`${spec.id}: Korean texts, the English chart's shape`, () => {
      const ko = chartSpecIn('ko', spec);
      assert.equal(ko.title, CHART_TEXTS_KO[spec.id].title);
      assert.deepEqual(Object.keys(ko.metrics), Object.keys(spec.metrics), 'the same bars in the same order');
      assert.deepEqual([ko.unit, ko.bars, ko.sort, ko.axisMax, ko.highlight?.metrics], [spec.unit, spec.bars, spec.sort, spec.axisMax, spec.highlight?.metrics]);
      assert.deepEqual(Object.keys(ko.callouts ?? {}), Object.keys(spec.callouts ?? {}));
    });
  }
  it('leaves English as it is', () => assert.equal(chartSpecIn('en', CHARTS[0]), CHARTS[0]));
});
