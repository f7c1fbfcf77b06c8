import { siteUrl } from '@/lib/env';
import { dataPackage } from '@/lib/export-schema';
import { json } from '@/lib/http';
import { NO_QUERY, withQuery } from '../with-query';

/** GET /api/datapackage.json: a Frictionless Data Package describing every CSV export. */
export const GET = withQuery(NO_QUERY, async () => json(dataPackage(siteUrl(), new Date().toISOString())));
