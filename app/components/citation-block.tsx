import type { CitationJson } from '@/lib/api';
import { sourceLine, splitQuote } from '@/lib/citation';

/** The evidence for one figure: the Korean quote with the number marked, its translation, the article. */
export function CitationBlock({ citation }: { citation: CitationJson }) {
  const [before, number, after] = splitQuote(citation.quote, citation.statedText);
  const { source } = citation;
  return (
    <blockquote id={`cite-${citation.key}`} cite={source.url ?? undefined}>
      <p className="ko" lang="ko">
        “{before}
        <mark>{number}</mark>
        {after}”
      </p>
      <p className="en">“{citation.translation}”</p>
      <p className="meta">
        {source.title ? <>{source.title} — </> : <span className="unknown">Title unknown — </span>}
        {sourceLine(source)} · paragraph {citation.paragraph}
        {source.url ? (
          <>
            {' · '}
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              article
            </a>
          </>
        ) : (
          <span className="unknown"> · no URL given</span>
        )}
      </p>
    </blockquote>
  );
}
