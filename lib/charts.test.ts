import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedData } from '../seed/data';
import type { ClaimJson, MetricJson, SourceJson } from './api';
import { CHARTS, type ChartSpec } from './chart-specs';
import { buildChart, buildMetricChart } from './charts';

const source: SourceJson = {
  slug: 'kmib', publisher: '국민일보', publisherEn: 'Kukmin Ilbo', title: null, byline: null,
  published: { date: '2026-01-01', precision: 'month', basis: 'inferred' }, publishedNote: null, publishedNoteKo: null, url: null, language: 'ko',
};
const claim = (key: string, c: Partial<ClaimJson> = {}): ClaimJson => ({
  key, qualifier: 'exact', value: 1, lower: null, upper: null, refDate: null, kind: 'reported', speaker: null, speakerKo: null,
  speakerRole: null, rank: 'normal', rankReason: null, conversion: null, note: null, speakerRoleKo: null, rankReasonKo: null, noteKo: null,
  citations: [{ key: `c-${key}`, quote: 'q', statedText: 'q', conversionText: null, translation: 't', paragraph: 1, source }],
  ...c,
});
const metric = (slug: string, claims: ClaimJson[], unit: MetricJson['unit'] = 'percent'): MetricJson => ({
  slug, label: slug, category: 'market-share', subject: 'DeepSeek', dimension: null, unit, description: null, labelKo: null, descriptionKo: null, subjectKo: null, claims,
});

const spec = (s: Partial<ChartSpec>): ChartSpec => ({
  id: 't', title: 'T', subtitle: 's', unit: 'percent', axisLabel: '%', metrics: {}, bars: 'per-metric', sort: 'as-listed', ...s,
});

describe('buildChart', () => {
  const metrics = [
    metric('a', [claim('a1', { value: 18 })]),
    metric('b', [claim('b1', { value: 56 })]),
    metric('c', [claim('c1', { qualifier: 'approximate', value: 20, rank: 'preferred', rankReason: 'r' }), claim('c2', { qualifier: 'less_than', value: null, upper: 20, speaker: 'Lin' })]),
    metric('r', [claim('r1', { qualifier: 'range', value: null, lower: 10, upper: 100 })], 'ratio'),
    metric('k', [claim('k1', { value: 558, conversion: { qualifier: 'approximate', value: 8100e8, unit: 'KRW' } })], 'count'),
  ];

  const cases: [string, ChartSpec, (d: ReturnType<typeof buildChart>) => void][] = [
    ['sorts bars descending and marks highlighted ones', spec({ metrics: { a: 'Ethiopia', b: 'Belarus' }, sort: 'descending', highlight: { metrics: ['b'], label: 'x' } }), (d) => {
      assert.deepEqual(d.rows.map((r) => [r.label, r.plot, r.highlighted]), [['Belarus', 56, true], ['Ethiopia', 18, false]]);
      assert.equal(d.summary, 'T. Belarus: 56%; Ethiopia: 18%.');
      assert.deepEqual(d.sources, [{ slug: 'kmib', label: 'Kukmin Ilbo (국민일보), January 2026 (inferred, no date printed)' }]);
      assert.equal(d.disputed, false);
    }],
    ['sorts ascending for drops', spec({ metrics: { a: 'A', b: 'B' }, sort: 'ascending' }), (d) => assert.deepEqual(d.rows.map((r) => r.label), ['A', 'B'])],
    ['shows the preferred claim of a disputed metric, and says it is disputed', spec({ metrics: { c: 'China' } }), (d) => {
      assert.deepEqual(d.rows.map((r) => r.display), ['about 20%']);
      assert.equal(d.disputed, true);
    }],
    ['gives every claim its own bar, attributed', spec({ metrics: { c: 'China' }, bars: 'per-claim' }), (d) => {
      assert.deepEqual(d.rows.map((r) => [r.display, r.plot, r.attribution]), [
        ['about 20%', 20, 'Kukmin Ilbo'],
        ['under 20%', 20, 'Lin · Kukmin Ilbo'],
      ]);
    }],
    ['plots a range from its lower to its upper bound', spec({ unit: 'ratio', metrics: { r: 'Gap' } }), (d) => {
      assert.deepEqual(d.rows[0].plot, [10, 100]);
      assert.equal(d.rows[0].display, '10–100×');
    }],
    ['labels a bar with the source’s own conversion', spec({ metrics: { k: 'Zhipu' } }), (d) => {
      assert.equal(d.rows[0].display, '558');
      assert.equal(d.rows[0].conversion, 'about ₩810 billion (source’s conversion)');
    }],
    ['names metrics it cannot find instead of dropping them silently', spec({ metrics: { a: 'A', gone: 'Gone' }, callouts: { alsoGone: 'x' } }), (d) => {
      assert.deepEqual(d.missing, ['gone', 'alsoGone']);
      assert.equal(d.rows.length, 1);
    }],
    ['says so when nothing is stored', spec({ metrics: { gone: 'Gone' } }), (d) => assert.equal(d.summary, 'No figures are stored for this chart.')],
    ['adds callouts with their own citation', spec({ metrics: { a: 'A' }, callouts: { b: 'Big number' } }), (d) => {
      assert.deepEqual(d.callouts.map((c) => [c.label, c.display, c.citationKey]), [['Big number', '56%', 'c-b1']]);
    }],
  ];
  for (const [what, chartSpec, check] of cases) it(what, () => check(buildChart(chartSpec, metrics)));
});

describe('the home page charts', () => {
  const seeded = new Map(seedData.metrics.map((m) => [m.slug, m]));
  for (const chart of CHARTS) {
    it(`${chart.id} names only seeded metrics in its own unit`, () => {
      for (const slug of Object.keys(chart.metrics)) assert.equal(seeded.get(slug)?.unit, chart.unit, slug);
      for (const slug of Object.keys(chart.callouts ?? {})) assert.ok(seeded.has(slug), slug);
    });
  }
});

describe('buildMetricChart', () => {
  it('draws a bar per claim, each named by who states it', () => {
    const m = metric('cost', [claim('a', { value: 5.576e6 }), claim('b', { value: 6e6, speaker: 'Gavin Baker' })], 'USD');
    const chart = buildMetricChart(m)!;
    assert.equal(chart.spec.bars, 'per-claim');
    assert.deepEqual(chart.rows.map((r) => [r.label, r.attribution, r.plot]), [['Kukmin Ilbo', null, 5.576e6], ['Gavin Baker · Kukmin Ilbo', null, 6e6]]);
  });
  it('has no chart for a metric of dates', () => {
    assert.equal(buildMetricChart(metric('d', [claim('a', { value: null, refDate: { date: '2025-01-20', precision: 'day', note: null, noteKo: null } })], 'date')), null);
  });
});

describe('buildChart in Korean', () => {
  const usd = (slug: string, value: number, c: Partial<ClaimJson> = {}) => metric(slug, [claim(`${slug}1`, { value, ...c })], 'USD');
  const chart = buildChart(
    spec({ unit: 'USD', metrics: { z: '즈푸AI', m: '미니맥스' }, callouts: { n: '엔비디아 시총 증발' }, bars: 'per-metric' }),
    [
      usd('z', 558_000_000, { conversion: { qualifier: 'approximate', value: 810_000_000_000, unit: 'KRW' } }),
      usd('m', 619_000_000),
      usd('n', 593_000_000_000, { qualifier: 'approximate' }),
    ],
    'ko',
  );
  const cases: [string, unknown, unknown][] = [
    ['a figure the Korean way', chart.rows[0].display, '5억5800만 달러'],
    ["the source's conversion", chart.rows[0].conversion, '약 8100억 원(출처 자체 환산)'],
    ['the article speaking for itself', chart.rows[0].speaker, '국민일보 (기사 자체 서술)'],
    ['the source line: Korean name, Korean date, inferred said so', chart.sources[0].label, '국민일보, 2026년 1월(추정, 기사에 날짜 표기 없음)'],
    ['a callout', chart.callouts[0].display, '약 5930억 달러'],
    ['the summary', chart.summary, 'T. 즈푸AI: 5억5800만 달러; 미니맥스: 6억1900만 달러.'],
  ];
  for (const [what, got, expected] of cases) it(what, () => assert.equal(got, expected));
});
