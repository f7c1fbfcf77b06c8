import type { MetricJson, SourceJson } from './api';
import { publishedLabel, publisherName } from './citation';
import { formatPartialDate } from './format';
import { formatPartialDateKo } from './format-ko';

/** "Cite this": how to cite a metric in Cited together with the articles it rests on. */

export function sourcesOf(metric: Pick<MetricJson, 'claims'>): SourceJson[] {
  const bySlug = new Map<string, SourceJson>();
  for (const claim of metric.claims) for (const c of claim.citations) bySlug.set(c.source.slug, c.source);
  return [...bySlug.values()];
}

const longDate = (at: Date) => formatPartialDate(at.toISOString().slice(0, 10), 'day');

export function sourceReference(source: SourceJson): string {
  const parts = [
    publisherName(source),
    source.title ? `“${source.title}”` : 'untitled',
    source.byline ?? 'byline unknown',
    publishedLabel(source),
  ];
  if (source.url) parts.push(source.url);
  return parts.join(', ');
}

/**
 * The revision cited: a citation of Cited names it and links to the page as it stood then
 * (`?rev=N`), so whoever follows it later reads what the citer read.
 */
export interface CitedRevision {
  number: number;
  /** ISO 8601. */
  createdAt: string;
}

/** A metric's address at a revision. */
export const revisionUrl = (origin: string, slug: string, revision: Pick<CitedRevision, 'number'>) => `${origin}/metrics/${slug}?rev=${revision.number}`;

export function plainCitation(metric: Pick<MetricJson, 'label' | 'claims'>, url: string, accessed: Date, revision: CitedRevision): string {
  const sources = sourcesOf(metric).map(sourceReference).join('; ');
  return `Cited (${accessed.getUTCFullYear()}). “${metric.label}”, revision ${revision.number} of ${longDate(new Date(revision.createdAt))}. Retrieved ${longDate(accessed)} from ${url}. Original source${sourcesOf(metric).length === 1 ? '' : 's'}: ${sources}.`;
}

/**
 * "Cite this" for Korean pages, in the style Korean readers cite news (매체, 「기사 제목」, 기자,
 * 날짜): the publisher by its Korean name, unknowns said in Korean, the revision named.
 */
export function plainCitationKo(metric: Pick<MetricJson, 'claims'> & { labelKo: string | null; label: string }, url: string, accessed: Date, revision: CitedRevision): string {
  const day = (at: Date) => formatPartialDateKo(at.toISOString().slice(0, 10), 'day');
  const sources = sourcesOf(metric).map((s) => {
    const published = s.published ? `${formatPartialDateKo(s.published.date, s.published.precision)}${s.published.basis === 'inferred' ? '(추정)' : ''}` : '날짜 미상';
    const parts = [s.publisher ?? s.publisherEn ?? '매체 미상', s.title ? `「${s.title}」` : '제목 없음', s.byline ?? '기자명 미상', published];
    if (s.url) parts.push(s.url);
    return parts.join(', ');
  });
  return `Cited, 「${metric.labelKo ?? metric.label}」, ${revision.number}차 개정(${day(new Date(revision.createdAt))}), ${url} (${day(accessed)} 접속). 원문: ${sources.join('; ')}.`;
}

/** Escapes what BibTeX treats as syntax, keeping Korean and other text as it is. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\textasciitilde{}' : ch === '^' ? '\\textasciicircum{}' : `\\${ch}`));
}

function entry(type: string, key: string, fields: [string, string | null][]): string {
  const body = fields.filter((f): f is [string, string] => f[1] !== null).map(([name, value]) => `  ${name} = {${value}},`);
  return `@${type}{${key},\n${body.join('\n')}\n}`;
}

export function bibtex(metric: Pick<MetricJson, 'slug' | 'label' | 'claims'>, url: string, accessed: Date, revision: CitedRevision): string {
  const sources = sourcesOf(metric);
  const cited = entry('misc', `cited-${metric.slug}-r${revision.number}`, [
    ['title', bibtexEscape(metric.label)],
    ['author', '{Cited}'],
    ['year', String(accessed.getUTCFullYear())],
    ['version', `revision ${revision.number} of ${revision.createdAt.slice(0, 10)}`],
    ['url', url],
    ['urldate', accessed.toISOString().slice(0, 10)],
    ['note', `Figures quoted from ${sources.map((s) => bibtexEscape(publisherName(s))).join('; ')}`],
  ]);
  const articles = sources.map((s) =>
    entry('article', s.slug, [
      ['title', s.title ? `{${bibtexEscape(s.title)}}` : null],
      ['author', s.byline ? `{${bibtexEscape(s.byline)}}` : null],
      ['journaltitle', s.publisher || s.publisherEn ? bibtexEscape(publisherName(s)) : null],
      ['date', s.published ? s.published.date.slice(0, s.published.precision === 'year' ? 4 : s.published.precision === 'month' ? 7 : 10) : null],
      ['url', s.url],
      ['langid', s.language === 'ko' ? 'korean' : s.language],
      ['note', [!s.title && 'Untitled', !s.byline && 'byline unknown', !s.published && 'date unknown', s.published?.basis === 'inferred' && 'date inferred from the text', !(s.publisher || s.publisherEn) && 'publisher unknown'].filter(Boolean).join('; ') || null],
    ]),
  );
  return [cited, ...articles].join('\n\n');
}

/** schema.org Dataset for a metric page, with its CSV as the distribution and the articles it rests on. */
export function datasetJsonLd(metric: Pick<MetricJson, 'slug' | 'label' | 'description' | 'claims'>, origin: string) {
  const url = `${origin}/metrics/${metric.slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: metric.label,
    description: metric.description ?? `${metric.label}: every claim, each with the sentence that states it and its source.`,
    url,
    creator: { '@type': 'Organization', name: 'Cited', url: origin },
    isBasedOn: sourcesOf(metric).map((s) => ({
      '@type': 'NewsArticle',
      ...(s.title ? { headline: s.title } : {}),
      ...(s.publisher || s.publisherEn ? { publisher: { '@type': 'Organization', name: publisherName(s) } } : {}),
      ...(s.byline ? { author: s.byline } : {}),
      ...(s.published?.basis === 'printed' ? { datePublished: s.published.date } : {}),
      ...(s.url ? { url: s.url } : {}),
      inLanguage: s.language,
    })),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${origin}/api/metrics/${metric.slug}.csv` },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: `${origin}/api/metrics/${metric.slug}` },
    ],
  };
}

/** JSON for a <script> element: `<` escaped so no quoted text can close the script. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
