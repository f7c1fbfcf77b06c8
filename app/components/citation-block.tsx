import Link from 'next/link';
import type { CitationJson } from '@/lib/api';
import { sourceLine, splitQuote, textFragmentUrl } from '@/lib/citation';
import { CopyButton } from './copy-button';

/** The evidence for one figure: the Korean quote with the number marked, its translation, the article. */
export function CitationBlock({ citation }: { citation: CitationJson }) {
  const [before, number, after] = splitQuote(citation.quote, citation.statedText);
  const { source } = citation;
  return (
    <blockquote id={`cite-${citation.key}`} className="citation" cite={source.url ?? undefined}>
      <p className="ko" lang="ko">
        “{before}
        <mark>{number}</mark>
        {after}”
      </p>
      <p className="en">“{citation.translation}”</p>
      <footer className="meta">
        <Link href={`/sources/${source.slug}`}>
          {source.title ? (
            <cite lang="ko">
              <bdi>{source.title}</bdi>
            </cite>
          ) : (
            <span className="unknown">Untitled</span>
          )}
        </Link>{' '}
        — <bdi>{sourceLine(source)}</bdi> · paragraph {citation.paragraph}
        {source.url ? (
          <>
            {' · '}
            <a href={textFragmentUrl(source.url, citation.quote)} rel="noopener noreferrer" target="_blank">
              Open the article at this quote
            </a>
          </>
        ) : (
          <span className="unknown"> · no URL given in the text</span>
        )}{' '}
        <CopyButton hash={`cite-${citation.key}`} label="Copy link to this citation" />
      </footer>
    </blockquote>
  );
}
