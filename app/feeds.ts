import 'server-only';
import { Feed } from 'feed';
import { siteUrl } from '@/lib/env';
import { FACT_NAMES, type FactChange, type RevisionInfo } from '@/lib/revisions';

/**
 * Atom feeds (RFC 4287) of revisions, written by the `feed` library: one for all of Cited, one per
 * metric. Each entry is a revision: its summary, and each row it changed with the reason.
 */

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function entryHtml(revision: RevisionInfo & { changes: FactChange[]; total?: number }, origin: string): string {
  const items = revision.changes.map((c) => {
    const where = c.metricSlug ? ` (<a href="${escape(`${origin}/metrics/${c.metricSlug}/history#rev-${revision.number}`)}">${escape(c.metricSlug)}</a>)` : '';
    return `<li>${c.kind} ${FACT_NAMES[c.table]} <code>${escape(c.key)}</code>${where}${c.reason ? `: ${escape(c.reason)}` : ''}</li>`;
  });
  const more = revision.total !== undefined && revision.total > revision.changes.length ? `<p>and ${revision.total - revision.changes.length} more.</p>` : '';
  return `<p>${escape(revision.summary)}</p><ul>${items.join('')}</ul>${more}`;
}

export function atomFeed({ title, path, alternate, entryLink, revisions }: {
  title: string;
  /** The feed's own path, e.g. /changes.atom. */
  path: string;
  /** The page the feed follows. */
  alternate: string;
  entryLink: (revision: RevisionInfo) => string;
  revisions: (RevisionInfo & { changes: FactChange[]; total?: number })[];
}): Response {
  const origin = siteUrl();
  const feed = new Feed({
    title,
    id: `${origin}${path}`,
    link: `${origin}${alternate}`,
    feedLinks: { atom: `${origin}${path}` },
    description: 'Each revision of the figures Cited quotes from Korean news articles, with what changed and why.',
    copyright: 'Figures and quotes belong to their publishers; Cited records where each comes from.',
    updated: revisions[0] ? new Date(revisions[0].createdAt) : new Date(0),
    author: { name: 'Cited', link: origin },
  });
  for (const revision of revisions) {
    const link = `${origin}${entryLink(revision)}`;
    feed.addItem({ title: `Revision ${revision.number}: ${revision.summary}`, id: link, link, date: new Date(revision.createdAt), content: entryHtml(revision, origin) });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}
