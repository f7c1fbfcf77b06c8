import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/locale';
import type { RevisionInfo } from '@/lib/revisions';
import { revisionDate } from './revision-date';

/**
 * The revision log (summaries, reasons) is kept as it was written, in English: on a Korean page
 * its texts say so, for screen readers and translation tools.
 */
export const inEnglish = (chunks: ReactNode) => <span lang="en">{chunks}</span>;

/** One revision in a list of them (/changes, a metric's history): its number, day and summary, then what it changed. */
export function RevisionEntry({ revision, children }: { revision: RevisionInfo; children: ReactNode }) {
  const t = useTranslations('Changes');
  const locale = useLocale() as Locale;
  return (
    <li id={`rev-${revision.number}`} className="revision">
      <h2>
        {t('revision', { number: revision.number })} <span className="meta">· {revisionDate(revision, locale)}</span>
      </h2>
      <p lang="en">{revision.summary}</p>
      {children}
    </li>
  );
}
