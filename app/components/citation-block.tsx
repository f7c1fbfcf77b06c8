import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { Withdrawn } from '@/db/revisions';
import type { CitationJson } from '@/lib/api';
import { splitQuote, textFragmentUrl } from '@/lib/citation';
import { sourceLineIn } from '@/lib/figure-in';
import { localizedHref, type Locale } from '@/lib/locale';
import { CopyAction } from './copy-action';
import { revisionDate } from './revision-date';
import { inEnglish } from './revision-entry';

/**
 * The evidence for one figure: the Korean quote with the number marked, its translation (smaller,
 * and said to be one, on Korean pages), the article. Links made to it under an earlier key land
 * here too; a withdrawn one says so and why.
 */
export function CitationBlock({ citation, formerKeys = [], withdrawn }: { citation: CitationJson; formerKeys?: string[]; withdrawn?: Withdrawn }) {
  const t = useTranslations('Citation');
  const locale = useLocale() as Locale;
  const [before, number, after] = splitQuote(citation.quote, citation.statedText);
  const { source } = citation;
  const korean = locale === 'ko';
  return (
    <blockquote id={`cite-${citation.key}`} className={withdrawn ? 'citation withdrawn-citation' : 'citation'} cite={source.url ?? undefined}>
      {formerKeys.map((key) => (
        <span key={key} id={`cite-${key}`} className="former-anchor" />
      ))}
      {withdrawn ? (
        <p className="withdrawn-note">
          {t.rich('withdrawn', { number: withdrawn.revision.number, date: revisionDate(withdrawn.revision, locale), reason: withdrawn.reason, strong: (chunks) => <strong>{chunks}</strong>, record: inEnglish })}
          {withdrawn.replacedBy ? (
            <>
              {' '}
              {t.rich('replacedBy', { key: withdrawn.replacedBy, link: (chunks) => <a href={`#cite-${withdrawn.replacedBy}`}>{chunks}</a> })}
            </>
          ) : null}
        </p>
      ) : null}
      <p className="ko" lang="ko">
        “{before}
        <mark>{number}</mark>
        {after}”
      </p>
      {korean ? (
        <p className="en translation" lang="en">
          <span className="translation-label" lang="ko">
            {t('translation')}:
          </span>{' '}
          “{citation.translation}”
        </p>
      ) : (
        <p className="en">“{citation.translation}”</p>
      )}
      <footer className="meta">
        <Link href={localizedHref(locale, `/sources/${source.slug}`)}>
          {source.title ? (
            <cite lang="ko">
              <bdi>{source.title}</bdi>
            </cite>
          ) : (
            <span className="unknown">{t('untitled')}</span>
          )}
        </Link>{' '}
        — <bdi>{sourceLineIn(locale, source)}</bdi> · {t('paragraph', { number: citation.paragraph })}
        {source.url ? (
          <>
            {' · '}
            <a href={textFragmentUrl(source.url, citation.quote)} rel="noopener noreferrer" target="_blank">
              {t('openAtQuote')}
            </a>
          </>
        ) : (
          <span className="unknown"> · {t('noUrl')}</span>
        )}{' '}
        <CopyAction hash={`cite-${citation.key}`} label={t('copyLink')} />
      </footer>
    </blockquote>
  );
}
