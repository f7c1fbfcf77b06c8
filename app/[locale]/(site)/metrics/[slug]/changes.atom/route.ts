import { readMetricHistory } from '@/app/data';
import { atomFeed } from '@/app/feeds';
import { NO_QUERY, withQuery } from '@/app/api/with-query';
import { jsonError } from '@/lib/http';

/** GET /metrics/{slug}/changes.atom: every revision of one metric, newest first. */
export const GET = withQuery(NO_QUERY, async (_query, _request, { params }: RouteContext<'/[locale]/metrics/[slug]/changes.atom'>) => {
  const { slug } = await params;
  const found = await readMetricHistory(slug);
  if (!found) return jsonError(404, `no metric "${slug.slice(0, 120)}"`);
  return atomFeed({
    title: `Cited: changes to “${found.metric.label}”`,
    path: `/metrics/${found.metric.slug}/changes.atom`,
    alternate: `/metrics/${found.metric.slug}/history`,
    entryLink: (revision) => `/metrics/${found.metric.slug}/history#rev-${revision.number}`,
    revisions: found.revisions,
  });
});
