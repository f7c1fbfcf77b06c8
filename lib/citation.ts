import type { SourceJson } from './api';
import { formatPartialDate } from './format';

/** Splits a quote around the number as written, so a page can mark it: [before, number, after]. */
export function splitQuote(quote: string, statedText: string): [string, string, string] {
  const at = quote.indexOf(statedText);
  if (at < 0 || statedText === '') return [quote, '', ''];
  return [quote.slice(0, at), statedText, quote.slice(at + statedText.length)];
}

/** 'Seoul Economic Daily (서울경제)'; what is unknown is said to be unknown, never filled in. */
export function publisherName(source: Pick<SourceJson, 'publisher' | 'publisherEn'>): string {
  if (source.publisherEn && source.publisher && source.publisherEn !== source.publisher) {
    return `${source.publisherEn} (${source.publisher})`;
  }
  return source.publisherEn ?? source.publisher ?? 'Publisher unknown';
}

export function publishedLabel(source: Pick<SourceJson, 'published'>): string {
  const { published } = source;
  if (!published) return 'date unknown';
  const date = formatPartialDate(published.date, published.precision);
  return published.basis === 'inferred' ? `${date} (inferred, no date printed)` : date;
}

/** Characters a text fragment treats as syntax must be percent-encoded inside its terms. */
const fragmentTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * A link that opens the article scrolled to the quote (a `#:~:text=` fragment). Long quotes are
 * matched by their first and last words, which browsers find more reliably than a whole clause.
 */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const base = url.split('#')[0];
  if (words.length <= 8) return `${base}#:~:text=${fragmentTerm(words.join(' '))}`;
  return `${base}#:~:text=${fragmentTerm(words.slice(0, 4).join(' '))},${fragmentTerm(words.slice(-4).join(' '))}`;
}
