import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChartData, ChartRow } from './charts';
import { chartGeometry, chartImageSvg, chartSvg, escapeXml, niceAxis, textWidth, wrapText } from './chart-svg';

describe('niceAxis', () => {
  const cases: [string, number[], number | undefined, [number, number], number[]][] = [
    ['shares up to 56%', [0, 56, 0, 18], undefined, [0, 60], [0, 20, 40, 60]],
    ['drops down to −17.2%', [-17.2, 0, -5.9, 0], undefined, [-20, 0], [-20, -15, -10, -5, 0]],
    ['a rise among drops', [-17.2, 0, 0, 3.1], undefined, [-20, 5], [-20, -15, -10, -5, 0, 5]],
    ['a fixed far end (a probability)', [0, 20], 100, [0, 100], [0, 20, 40, 60, 80, 100]],
    ['money in billions', [0, 558e6, 0, 5.576e6], undefined, [0, 600e6], [0, 200e6, 400e6, 600e6]],
    ['nothing to show', [], undefined, [0, 1], [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ];
  for (const [what, values, axisMax, domain, ticks] of cases) {
    it(what, () => assert.deepEqual(niceAxis(values, axisMax), { domain, ticks }));
  }
});

describe('text', () => {
  it('escapes what XML treats as markup', () => assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'));
  it('counts Hangul as a full em and Latin as about half', () => {
    assert.equal(textWidth('딥시크', 10), 30);
    assert.ok(textWidth('deepseek', 10) < 50);
  });
  const wraps: [string, string, number, string[]][] = [
    ['fits on one line', 'Source: Kukmin Ilbo', 400, ['Source: Kukmin Ilbo']],
    ['breaks between words', 'one two three four five six', 45, ['one two', 'three', 'four', 'five six']],
    ['keeps a word longer than the line whole', 'Supercalifragilistic', 20, ['Supercalifragilistic']],
  ];
  for (const [what, text, width, want] of wraps) it(`wrapText ${what}`, () => assert.deepEqual(wrapText(text, width, 10), want));
});

const row = (r: Partial<ChartRow>): ChartRow => ({
  key: 'k', label: 'Belarus', attribution: null, metricSlug: 'm', plot: 56, display: '56%', stated: '56%', conversion: null,
  speaker: 'Microsoft', quote: '벨라루스 56%', citationKey: 'c', source: 'Kukmin Ilbo, January 2026', highlighted: false, rank: 'normal', disputed: false, ...r,
});
const chart = (rows: ChartRow[], spec: Partial<ChartData['spec']> = {}, locale: ChartData['locale'] = 'en'): ChartData => ({
  spec: { id: 'shares', title: 'Shares <of> markets', subtitle: 'Percent', unit: 'percent', axisLabel: 'Share (%)', metrics: {}, bars: 'per-metric', sort: 'as-listed', ...spec },
  rows, callouts: [], sources: [{ slug: 's', label: 'Kukmin Ilbo, January 2026' }], disputed: false, missing: [], summary: 'Shares. Belarus: 56%.', locale,
});

describe('chartSvg', () => {
  const svg = chartSvg(
    chart([
      row({ key: 'a', metricSlug: 'belarus', citationKey: 'cite-a', highlighted: true }),
      row({ key: 'b', label: 'Cuba', plot: 2, display: '2%', metricSlug: 'cuba', citationKey: 'cite-b', disputed: true }),
    ]),
    'shares-title',
  );
  it('is as wide as its box and as tall as its rows', () => {
    assert.match(svg, /^<svg class="chart-svg" [^>]*width="100%" height="156"/);
    assert.equal(chartGeometry(chart([row({}), row({})])).height, 156);
  });
  it('links every bar and label to its citation, with the figure, speaker and source in its title', () => {
    assert.equal(svg.match(/<a href="\/metrics\/belarus#cite-cite-a"/g)?.length, 1);
    assert.equal(svg.match(/<a href="\/metrics\/cuba#cite-cite-b"/g)?.length, 1);
    assert.match(svg, /<title>Belarus: 56%\. Stated as “56%” by Microsoft\. Kukmin Ilbo, January 2026\.<\/title>/);
  });
  it('draws bars to scale on a round axis, with the axis label', () => {
    assert.match(svg, /<rect x="0%" y="25" width="93\.333%" height="18" fill="#0b5cad"\/>/, '56 of 60');
    assert.match(svg, />Share \(%\)<\/text>/);
    assert.match(svg, />60%<\/text>/);
  });
  it('puts a long bar’s figure inside it and a short bar’s beyond it', () => {
    assert.match(svg, /x="93\.333%" dx="-5" y="38" text-anchor="end"[^>]*fill="#ffffff">56%</);
    assert.match(svg, /x="3\.333%" dx="5" y="90" text-anchor="start"[^>]*fill="#1a1a1a">2%</);
  });
  it('marks a bar whose sources disagree', () => assert.match(svg, /Cuba<tspan[^>]*>\u00a0· sources disagree<\/tspan>/));
  it('grows falls leftwards from zero, their figures beyond their ends', () => {
    const falls = chartSvg(chart([row({ plot: -17.2, display: '−17.2%' }), row({ key: 'g', plot: -5.9, display: '−5.9%' })]), 't');
    assert.match(falls, /<rect x="14%" y="25" width="86%"/);
    assert.match(falls, /x="14%" dx="5" y="38" text-anchor="start"[^>]*fill="#ffffff">−17\.2%</);
    assert.match(falls, /x="70\.5%" dx="-5" y="90" text-anchor="end"[^>]*fill="#1a1a1a">−5\.9%</);
  });
  it('keeps stored text as text', () => {
    const hostile = chartSvg(chart([row({ label: '<script>alert(1)</script>', display: '"><img onerror=x>' })]), 't');
    assert.doesNotMatch(hostile, /<script>|<img/);
    assert.match(hostile, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});

describe('chartImageSvg', () => {
  const image = chartImageSvg(chart([row({})], { highlight: { metrics: ['m'], label: 'US AI blocked' } }), { width: 1200, url: 'https://cited.example/#shares', drawnOn: '2026-11-26' });
  it('is a whole image: size, white ground, title, legend, source, date and address', () => {
    assert.equal(image.width, 1200);
    assert.match(image.svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${image.height}" viewBox="0 0 1200 ${image.height}"`));
    assert.match(image.svg, /<rect width="100%" height="100%" fill="#ffffff"\/>/);
    assert.match(image.svg, />Shares &lt;of&gt; markets<\/text>/);
    assert.match(image.svg, />US AI blocked<\/text>/);
    assert.match(image.svg, />Source: Kukmin Ilbo, January 2026\.<\/text>/);
    assert.match(image.svg, /Drawn 2026-11-26 by Cited/);
    assert.match(image.svg, /https:\/\/cited\.example\/#shares/);
  });
});

describe('chartImageSvg for a Korean page', () => {
  const korean = chart([row({})], {}, 'ko');
  const frame = { width: 1200, url: 'https://cited.example/ko#shares', drawnOn: '2026-11-26' };
  const cases: [string, ChartData, RegExp][] = [
    ['the source line', korean, />출처: Kukmin Ilbo, January 2026\.<\/text>/],
    ['the date as Korean writes it, and the address', korean, /2026년 11월 26일 Cited 작성\. .*https:\/\/cited\.example\/ko#shares/],
    ['the disagreement notice', { ...korean, disputed: true }, /출처마다 수치가 다릅니다/],
    ['an empty chart', { ...korean, rows: [] }, /이 차트에 저장된 수치가 없습니다\./],
    ['a callout', { ...korean, callouts: [{ metricSlug: 'm', claimKey: 'x', label: '딥시크', display: '557만6000달러', stated: '557만6000달러', citationKey: 'c', source: 's' }] }, /딥시크: 557만6000달러 \(원문 표기 “557만6000달러”\)/],
  ];
  for (const [what, data, pattern] of cases) it(what, () => assert.match(chartImageSvg(data, frame).svg, pattern));
  it('has no English sentence of its own', () => assert.doesNotMatch(chartImageSvg({ ...korean, disputed: true }, frame).svg, /Source|Drawn|Sources disagree/));
});

describe('a chart of one metric’s claims', () => {
  it('does not mark each of its bars as disputed: its bars are the disagreement', () => {
    const svg = chartSvg(chart([row({ disputed: true }), row({ key: 'b', disputed: true })], { bars: 'per-claim' }), 't');
    assert.doesNotMatch(svg, /sources disagree/);
  });
});

describe('a chart drawn for a Korean page', () => {
  const svg = chartSvg(chart([row({ plot: 558_000_000, display: '5억5800만 달러', disputed: true, rank: 'deprecated' })], { unit: 'USD', axisLabel: '조달액(달러)' }, 'ko'), 't');
  const cases: [string, RegExp][] = [
    ['links to the Korean metric page', /href="\/ko\/metrics\/m#cite-c"/],
    ['ticks in 만/억, the currency in the axis title', />[0-9]+억</],
    ['marks in Korean', /출처 간 수치 상이 · 비권장/],
    ['a Korean bar title', /<title>Belarus: 5억5800만 달러\. Microsoft 표현: “56%”/],
  ];
  for (const [what, pattern] of cases) it(what, () => assert.match(svg, pattern));
  it('has no US$ tick', () => assert.doesNotMatch(svg, /US\$/));
});
