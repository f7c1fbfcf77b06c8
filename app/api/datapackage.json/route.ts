import { revisionQuerySchema } from '@/lib/api';
import { siteUrl } from '@/lib/env';
import { dataPackage } from '@/lib/export-schema';
import { json } from '@/lib/http';
import { exportView, withRevision } from '../revision';
import { withQuery } from '../with-query';

/**
 * GET /api/datapackage.json[?rev]: a Frictionless Data Package describing every CSV export, its
 * tables pinned to the revision described (`rev`, else the newest) so it reads the same data later.
 */
export const GET = withQuery(revisionQuerySchema, async ({ rev }) => {
  const view = await exportView(rev);
  if (view instanceof Response) return view;
  return withRevision(json(dataPackage(siteUrl(), new Date().toISOString(), view.revision)), view);
});
