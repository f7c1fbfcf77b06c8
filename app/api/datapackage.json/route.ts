import { z } from 'zod';
import { parseSearchParams } from '@/lib/api';
import { siteOrigin } from '@/lib/download';
import { dataPackage } from '@/lib/export';
import { json, jsonError } from '@/lib/http';

const noParams = z.object({}).strict();

/** GET /api/datapackage.json: a Frictionless Data Package describing every CSV export. */
export async function GET(request: Request): Promise<Response> {
  const query = parseSearchParams(new URL(request.url).searchParams, noParams);
  if (!query.ok) return jsonError(400, query.message);
  return json(dataPackage(siteOrigin(request), new Date().toISOString()));
}
