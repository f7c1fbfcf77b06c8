import Link from 'next/link';
import type { Withdrawn } from '@/db/revisions';
import type { CitationJson } from '@/lib/api';
import { sourceLine, splitQuote, textFragmentUrl } from '@/lib/citation';
import { CopyButton } from './copy-button';
import { revisionDate } from './revision-date';

/**
 * The evidence for one figure: the Korean quote with the number marked, its translation, the
 * article. Links made to it under an earlier key land here too; a withdrawn one says so and why.
 */
export function CitationBlock({ citation, formerKeys = [], withdrawn }: { citation: CitationJson; formerKeys?: string[]; withdrawn?: Withdrawn }) {
  const [before, number, after] = splitQuote(citation.quote, citation.statedText);
  const { source } = citation;
  return (
    <blockquote id={`cite-${citation.key}`} className={withdrawn ? 'citation withdrawn-citation' : 'citation'} cite={source.url ?? undefined}>
      {formerKeys.map((key) => (
        <span key={key} id={`cite-${key}`} className="former-anchor" />
      ))}
      {withdrawn ? (
        <p className="withdrawn-note">
          <strong>Withdrawn</strong> in revision {withdrawn.revision.number}, {revisionDate(withdrawn.revision)}: {withdrawn.reason}
          {withdrawn.replacedBy ? (
            <>
              {' '}
              Replaced by <a href={`#cite-${withdrawn.replacedBy}`}>{withdrawn.replacedBy}</a>.
            </>
          ) : null}
        </p>
      ) : null}
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
