import type { ClaimJson, SourceJson } from './api';
import { publishedLabel, publisherName } from './citation';
import type { Unit } from './domain';
import { formatFigure, type FigureLike } from './format';
import { formatFigureKo, formatPartialDateKo } from './format-ko';
import type { Locale } from './locale';
import { COUNT_COUNTER_KO } from './vocabulary-ko';

/**
 * What a page shows in its language, for the few things every page shows: a figure as Cited
 * writes it (5억5800만 달러 on Korean pages, US$558 million on English ones; the article's own
 * words are always shown as written beside it), a metric's label and a source's publisher.
 */

export function figureIn(locale: Locale, figure: FigureLike, unit: Unit, metricSlug: string): string {
  return locale === 'ko' ? formatFigureKo(figure, unit, COUNT_COUNTER_KO[metricSlug]) : formatFigure(figure, unit);
}

/** Korean pages show the Korean label (the seed holds one for every metric), English pages the English one. */
export function labelIn(locale: Locale, metric: { label: string; labelKo: string | null }): string {
  return locale === 'ko' && metric.labelKo ? metric.labelKo : metric.label;
}

/** The publisher as its readers know it: the Korean name on Korean pages. */
export function publisherIn(locale: Locale, source: Pick<SourceJson, 'publisher' | 'publisherEn'>): string {
  if (locale === 'ko') return source.publisher ?? source.publisherEn ?? '매체 미상';
  return publisherName(source);
}

/** When the article was published, and whether that is printed or inferred, or that it is unknown. */
export function publishedIn(locale: Locale, source: Pick<SourceJson, 'published'>): string {
  if (locale !== 'ko') return publishedLabel(source);
  const { published } = source;
  const date = published ? formatPartialDateKo(published.date, published.precision) : '날짜 미상';
  return published?.basis === 'inferred' ? `${date}(추정, 기사에 날짜 표기 없음)` : date;
}

/** The source as a chart's source line names it: publisher and date, or what is unknown of them. */
export function sourceLabelIn(locale: Locale, source: Pick<SourceJson, 'publisher' | 'publisherEn' | 'published'>): string {
  return `${publisherIn(locale, source)}, ${publishedIn(locale, source)}`;
}

/**
 * An editorial text (a note, a role, a subject) in the page's language: its Korean twin on Korean
 * pages where there is one, else the English, and which language that is, for the element's lang.
 */
export function textIn(locale: Locale, english: string, korean: string | null | undefined): { text: string; lang: Locale } {
  return locale === 'ko' && korean ? { text: korean, lang: 'ko' } : { text: english, lang: 'en' };
}

/** Who states a figure: the speaker the article names (in Korean on Korean pages), or the article itself. */
export function speakerIn(locale: Locale, claim: Pick<ClaimJson, 'speaker'> & Partial<Pick<ClaimJson, 'speakerKo'>>, source: Pick<SourceJson, 'publisher' | 'publisherEn'>): string {
  if (claim.speaker) return (locale === 'ko' && claim.speakerKo) || claim.speaker;
  return locale === 'ko' ? `${publisherIn(locale, source)} (기사 자체 서술)` : `${publisherName(source)} (in its own voice)`;
}

/** One line naming the article: publisher, byline, date, each or its unknown. */
export function sourceLineIn(locale: Locale, source: Pick<SourceJson, 'publisher' | 'publisherEn' | 'byline' | 'published'>): string {
  return [publisherIn(locale, source), source.byline ?? (locale === 'ko' ? '기자명 미상' : 'byline unknown'), publishedIn(locale, source)].join(' · ');
}
