import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClaimJson, MetricJson, SourceJson } from './api';
import { buildChart } from './charts';
import { chartShareCard, metricShareCard, shareCardSvg } from './share-card';

const source: SourceJson = {
  slug: 'sedaily', publisher: '서울경제', publisherEn: 'Seoul Economic Daily', title: null, byline: null,
  published: { date: '2026-01-01', precision: 'month', basis: 'inferred' }, publishedNote: null, publishedNoteKo: null, url: null, language: 'ko',
};
const claim = (key: string, value: number): ClaimJson => ({
  key, qualifier: 'exact', value, lower: null, upper: null, refDate: null, kind: 'reported', speaker: null, speakerKo: null, speakerRole: null,
  rank: 'normal', rankReason: null, conversion: null, note: null, speakerRoleKo: null, rankReasonKo: null, noteKo: null,
  citations: [{ key: `c-${key}`, quote: '5억 5800만 달러를 조달했다', statedText: '5억 5800만 달러', conversionText: null, translation: 't', paragraph: 1, source }],
});
const metric = (claims: ClaimJson[]): MetricJson => ({
  slug: 'zhipu-ai-hong-kong-ipo-proceeds', label: 'Zhipu AI IPO proceeds', labelKo: '즈푸AI IPO 조달액', category: 'ipo', subject: 'Zhipu AI',
  dimension: null, unit: 'USD', description: null, descriptionKo: null, subjectKo: null, claims,
});

describe('share cards in each language', () => {
  const one = metric([claim('a', 558_000_000)]);
  const two = metric([claim('a', 558_000_000), claim('b', 560_000_000)]);
  const cases: [string, ReturnType<typeof metricShareCard>, Partial<ReturnType<typeof metricShareCard>>][] = [
    ['English', metricShareCard(one, 'u'), { title: 'Zhipu AI IPO proceeds', figure: 'US$558 million', lines: ['Stated as “5억 5800만 달러”, by Seoul Economic Daily (서울경제) (in its own voice)'], source: 'Source: Seoul Economic Daily (서울경제), January 2026 (inferred, no date printed)' }],
    ['Korean', metricShareCard(one, 'u', 'ko'), { tagline: '모든 수치에 출처를 답니다', title: '즈푸AI IPO 조달액', figure: '5억5800만 달러', lines: ['서울경제 (기사 자체 서술) 표현: “5억 5800만 달러”'], source: '출처: 서울경제, 2026년 1월(추정, 기사에 날짜 표기 없음)' }],
    ['Korean, with other claims', metricShareCard(two, 'u', 'ko'), { lines: ['서울경제 (기사 자체 서술) 표현: “5억 5800만 달러”', '다른 주장 1건과 나란히 비교'] }],
    ['Korean, no figure', metricShareCard(metric([]), 'u', 'ko'), { title: '즈푸AI IPO 조달액', lines: ['저장된 수치 없음'] }],
  ];
  for (const [what, card, expected] of cases) {
    it(what, () => assert.deepEqual(Object.fromEntries(Object.keys(expected).map((k) => [k, card[k as keyof typeof card]])), expected));
  }
  it('a Korean chart card names its sources in Korean and draws Korean ticks', () => {
    const chart = buildChart({ id: 'x', title: '조달액', subtitle: 's', unit: 'USD', axisLabel: '조달액(달러)', metrics: { [one.slug]: '즈푸AI' }, bars: 'per-metric', sort: 'as-listed' }, [one], 'ko');
    const card = chartShareCard(chart, 'u');
    assert.equal(card.source, '출처: 서울경제, 2026년 1월(추정, 기사에 날짜 표기 없음)');
    assert.match(shareCardSvg(card), />[0-9]+억</);
  });
});
