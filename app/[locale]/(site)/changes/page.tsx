import type { Metadata } from 'next';
import { pageLocale } from '@/app/i18n/page-locale';
import { getTranslations } from 'next-intl/server';
import { LocalLink } from '@/app/components/local-link';
import { FactChangeItem } from '@/app/components/fact-change';
import { RevisionEntry } from '@/app/components/revision-entry';
import { readChanges } from '@/app/data';
import { languageAlternates, SITE_FEED } from '@/app/share';
import { revisionOf } from '@/lib/page-params';

export async function generateMetadata({ params }: PageProps<'/[locale]/changes'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Changes' });
  return { title: t('title'), description: t('description'), alternates: { ...languageAlternates(locale, '/changes'), types: { 'application/atom+xml': [SITE_FEED] } } };
}

/** Revisions newest first, a page at a time (`?before=N`), each with every row it changed and why. */
export default async function ChangesPage({ params, searchParams }: PageProps<'/[locale]/changes'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Changes' });
  const { before } = await searchParams;
  const from = typeof before === 'string' ? revisionOf(before) : null;
  if (before !== undefined && from === null) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p role="alert">{t.rich('badBefore', { link: (chunks) => <LocalLink href="/changes">{chunks}</LocalLink> })}</p>
      </>
    );
  }
  const { revisions, olderThan } = await readChanges(from ?? undefined);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <p className="meta">
        <a href="/changes.atom" type="application/atom+xml">
          {t('feed')}
        </a>
      </p>
      {revisions.length === 0 ? <p className="unknown">{t('none', { before: from === null ? 'none' : String(from) })}</p> : null}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <RevisionEntry key={revision.number} revision={revision}>
            <ul className="fact-changes">
              {revision.changes.map((change) => (
                <FactChangeItem key={`${change.table}-${change.id}`} change={change} metricLink />
              ))}
            </ul>
            {revision.total > revision.changes.length ? (
              <p className="meta">{t('moreRows', { count: revision.total - revision.changes.length })}</p>
            ) : null}
          </RevisionEntry>
        ))}
      </ol>
      {olderThan ? (
        <p>
          <LocalLink href={`/changes?before=${olderThan}`}>{t('older')}</LocalLink>
        </p>
      ) : null}
    </>
  );
}
