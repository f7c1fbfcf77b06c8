import { readWithdrawnMetric } from '@/app/data';
import { NO_QUERY, withQuery } from '@/app/api/with-query';
import { jsonError } from '@/lib/http';
import { revisionDate } from '@/app/components/revision-date';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page a withdrawn metric's address answers with (the proxy rewrites it here): 410 Gone, what
 * the metric was, when and why it was withdrawn, what replaces it, and where its history is. A
 * route handler, since only a handler chooses its status; so a page of its own, not the site's layout.
 */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/gone/metrics/[slug]'>) => {
  const { slug } = await params;
  const gone = await readWithdrawnMetric(slug);
  if (!gone) return jsonError(404, `no withdrawn metric "${slug.slice(0, 120)}"`);
  const { revision, reason, replacedBy } = gone.withdrawn;
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Withdrawn: ${escape(gone.label)} · Cited</title>
<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}.meta{color:#555;font-size:.9rem}.reason{border-left:4px solid #b45309;padding:.25rem .75rem;background:#fff7ed}a{color:#1d4ed8}</style></head>
<body><p class="meta"><a href="/">Cited</a> › <a href="/metrics">All figures</a></p>
<h1>Withdrawn: ${escape(gone.label)}</h1>
${gone.description ? `<p>${escape(gone.description)}</p>` : ''}
<p class="reason"><strong>Withdrawn in revision ${revision.number}, ${escape(revisionDate(revision))}.</strong> ${escape(reason)}</p>
${replacedBy ? `<p>It is replaced by <a href="/metrics/${escape(replacedBy)}">${escape(replacedBy)}</a>.</p>` : ''}
<p>Nothing Cited showed is deleted: <a href="/metrics/${escape(gone.slug)}/history">its history</a> keeps every figure and quote it had, and <a href="/metrics/${escape(gone.slug)}?rev=${revision.number - 1}">this page as it stood before it was withdrawn</a> still answers.</p>
</body></html>`;
  return new Response(body, { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
});
