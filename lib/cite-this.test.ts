import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClaimJson, MetricJson, SourceJson } from './api';
import { bibtex, bibtexEscape, datasetJsonLd, plainCitation, plainCitationKo, revisionUrl, scriptJson, sourcesOf } from './cite-this';

const whytimes: SourceJson = {
  slug: 'whytimes', publisher: 'whytimes.kr', publisherEn: 'whytimes.kr', title: '[정세분석] 中 AI \'딥시크\' 충격', byline: '추부길 편집인',
  published: { date: '2025-01-29', precision: 'day', basis: 'printed' }, publishedNote: null, publishedNoteKo: null, url: 'http://whytimes.kr/news/view.php?idx=21468', language: 'ko',
};
const unknown: SourceJson = { ...whytimes, slug: 'newsletter', publisher: null, publisherEn: null, title: null, byline: null, published: null, url: null };
const claim = (source: SourceJson): ClaimJson => ({
  key: `k-${source.slug}`, qualifier: 'exact', value: 1, lower: null, upper: null, refDate: null, kind: 'reported', speaker: null, speakerKo: null, speakerRole: null,
  rank: 'normal', rankReason: null, conversion: null, note: null, speakerRoleKo: null, rankReasonKo: null, noteKo: null,
  citations: [{ key: `c-${source.slug}`, quote: 'q', statedText: 'q', conversionText: null, translation: 't', paragraph: 1, source }],
});
const metric: Pick<MetricJson, 'slug' | 'label' | 'claims' | 'description'> = { slug: 'v3-cost', label: 'DeepSeek V3 cost_in $ & more', claims: [claim(whytimes), claim(unknown), claim(whytimes)], description: null };
const accessed = new Date('2026-11-23T12:00:00Z');
const revision = { number: 3, createdAt: '2026-11-20T08:00:00.000Z' };
const url = revisionUrl('https://cited.example', 'v3-cost', revision);

describe('cite this', () => {
  it('lists each source once', () => assert.deepEqual(sourcesOf(metric).map((s) => s.slug), ['whytimes', 'newsletter']));

  it('gives a plain-text citation naming Cited, the revision and every article, unknowns as unknown', () => {
    assert.equal(
      plainCitation(metric, url, accessed, revision),
      'Cited (2026). “DeepSeek V3 cost_in $ & more”, revision 3 of 20 November 2026. Retrieved 23 November 2026 from https://cited.example/metrics/v3-cost?rev=3. ' +
        "Original sources: whytimes.kr, “[정세분석] 中 AI '딥시크' 충격”, 추부길 편집인, 29 January 2025, http://whytimes.kr/news/view.php?idx=21468; " +
        'Publisher unknown, untitled, byline unknown, date unknown.',
    );
  });

  it('gives a Korean citation in the style Korean readers cite news, unknowns said in Korean', () => {
    assert.equal(
      plainCitationKo({ ...metric, labelKo: '딥시크 V3 비용' }, url, accessed, revision),
      'Cited, 「딥시크 V3 비용」, 3차 개정(2026년 11월 20일), https://cited.example/metrics/v3-cost?rev=3 (2026년 11월 23일 접속). ' +
        "원문: whytimes.kr, 「[정세분석] 中 AI '딥시크' 충격」, 추부길 편집인, 2025년 1월 29일, http://whytimes.kr/news/view.php?idx=21468; " +
        '매체 미상, 제목 없음, 기자명 미상, 날짜 미상.',
    );
  });

  const escapes: [string, string][] = [
    ['50% & $5_000 #1 {x} ~ ^ \\', '50\\% \\& \\$5\\_000 \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}'],
    ['딥시크', '딥시크'],
  ];
  for (const [input, want] of escapes) it(`escapes ${input}`, () => assert.equal(bibtexEscape(input), want));

  it('gives BibTeX for Cited and for each article', () => {
    const text = bibtex(metric, url, accessed, revision);
    assert.match(text, /^@misc\{cited-v3-cost-r3,\n  title = \{DeepSeek V3 cost\\_in \\\$ \\& more\},\n  author = \{\{Cited\}\},\n  year = \{2026\},\n  version = \{revision 3 of 2026-11-20\},\n  url = \{https:\/\/cited.example\/metrics\/v3-cost\?rev=3\},/);
    assert.match(text, /@article\{whytimes,\n  title = \{\{\[정세분석\] 中 AI '딥시크' 충격\}\},\n  author = \{\{추부길 편집인\}\},\n  journaltitle = \{whytimes.kr\},\n  date = \{2025-01-29\},\n  url = \{http:\/\/whytimes.kr\/news\/view.php\?idx=21468\},\n  langid = \{korean\},\n\}/);
    assert.match(text, /@article\{newsletter,\n  langid = \{korean\},\n  note = \{Untitled; byline unknown; date unknown; publisher unknown\},\n\}/);
    assert.equal((text.match(/\{/g) ?? []).length - (text.match(/\\\{/g) ?? []).length, (text.match(/\}/g) ?? []).length - (text.match(/\\\}/g) ?? []).length, 'balanced braces');
  });
});

describe('dataset JSON-LD', () => {
  it('names the CSV as distribution and each article as a basis, with only what is known', () => {
    const ld = datasetJsonLd({ ...metric, description: null }, 'https://cited.example');
    assert.equal(ld['@type'], 'Dataset');
    assert.deepEqual(ld.distribution[0], { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://cited.example/metrics/v3-cost'.replace('/metrics/', '/api/metrics/') + '.csv' });
    assert.equal(ld.isBasedOn[0].datePublished, '2025-01-29');
    assert.deepEqual(Object.keys(ld.isBasedOn[1]).sort(), ['@type', 'inLanguage']);
  });
  it('cannot be broken out of its script element', () => {
    assert.equal(scriptJson({ quote: '</script><script>alert(1)</script>' }), '{"quote":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  });
});
