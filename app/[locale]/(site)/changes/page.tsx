import type { Metadata } from 'next';
import { pageLocale } from '@/app/i18n/page-locale';
import Link from 'next/link';
import { FactChangeItem } from '@/app/components/fact-change';
import { RevisionEntry } from '@/app/components/revision-entry';
import { readChanges } from '@/app/data';
import { SITE_FEED } from '@/app/share';
import { revisionOf } from '@/lib/page-params';

export const metadata: Metadata = {
  title: 'Every change',
  description: 'Every revision of the figures Cited quotes, newest first: what changed, row by row, and why.',
  alternates: { canonical: '/changes', types: { 'application/atom+xml': [SITE_FEED] } },
};

/** Revisions newest first, a page at a time (`?before=N`), each with every row it changed and why. */
export default async function ChangesPage({ params, searchParams }: PageProps<'/[locale]/changes'>) {
  await pageLocale(params);
  const { before } = await searchParams;
  const from = typeof before === 'string' ? revisionOf(before) : null;
  if (before !== undefined && from === null) {
    return (
      <>
        <h1>Every change</h1>
        <p role="alert">“before” must be one revision number (1, 2, 3…). <Link href="/changes">See the newest changes</Link>.</p>
      </>
    );
  }
  const { revisions, olderThan } = await readChanges(from ?? undefined);
  return (
    <>
      <h1>Every change</h1>
      <p className="lede">
        Each time Cited&rsquo;s figures change, a numbered revision records what changed and why. Nothing shown is ever deleted: a corrected figure keeps its history, and a withdrawn one
        its page.
      </p>
      <p className="meta">
        <a href="/changes.atom" type="application/atom+xml">
          Follow in a feed reader (Atom)
        </a>
      </p>
      {revisions.length === 0 ? <p className="unknown">No revisions {from ? `before revision ${from}` : 'yet'}.</p> : null}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <RevisionEntry key={revision.number} revision={revision}>
            <ul className="fact-changes">
              {revision.changes.map((change) => (
                <FactChangeItem key={`${change.table}-${change.id}`} change={change} metricLink />
              ))}
            </ul>
            {revision.total > revision.changes.length ? (
              <p className="meta">
                and {revision.total - revision.changes.length} more rows: each metric&rsquo;s history lists them all.
              </p>
            ) : null}
          </RevisionEntry>
        ))}
      </ol>
      {olderThan ? (
        <p>
          <Link href={`/changes?before=${olderThan}`}>Older revisions</Link>
        </p>
      ) : null}
    </>
  );
}
