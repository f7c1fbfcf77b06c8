import { z } from 'zod';
import { metricFilterSchema, parseSearchParams, type ParamsResult } from './api';

/**
 * Search params as Next hands them to a page, turned back into URLSearchParams for one parser.
 * Empty values are dropped: a GET form submits `category=` for "All".
 */
export function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) if (v !== '') params.append(key, v);
  }
  return params;
}

export const homeParamsSchema = z.object({ tab: z.enum(['chart', 'table']).default('chart') }).strict();

/** The home page's cached renderings: one per tab, and one that says the query was not understood. */
export const HOME_VIEWS = ['chart', 'table', 'invalid'] as const;
export type HomeView = (typeof HOME_VIEWS)[number];

export function homeView(params: URLSearchParams): HomeView {
  const parsed = parseSearchParams(params, homeParamsSchema);
  return parsed.ok ? parsed.value.tab : 'invalid';
}

/** /metrics: the API's filters and a page number. */
export const browseParamsSchema = metricFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(1_000_000).optional(),
});

export function parsePageParams<S extends z.ZodType>(
  record: Record<string, string | string[] | undefined>,
  schema: S,
): ParamsResult<z.output<S>> {
  return parseSearchParams(toSearchParams(record), schema);
}
