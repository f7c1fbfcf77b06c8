import { z } from 'zod';
import { metricFilterSchema, parseSearchParams, revisionSchema, type ParamsResult } from './api';

/**
 * Search params as Next hands them to a page, turned back into URLSearchParams for one parser.
 * Empty values are dropped: a GET form submits `category=` for "All".
 */
function toSearchParams(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return withoutEmpty(params);
}

function withoutEmpty(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([, value]) => value !== ''));
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

export type BrowseParams = z.output<typeof browseParamsSchema>;

const BROWSE_KEY_ORDER = ['category', 'subject', 'source', 'disputed', 'page'] as const;
const ALL = 'all';

/**
 * The browse page's cached renderings are keyed by its filters, written one way only (fixed order,
 * no page 1, no empty values), so equal filters share one rendering. Null when the query is
 * invalid: that page is rendered on each request, with the reason.
 */
export function browseKey(params: URLSearchParams): string | null {
  const parsed = parseSearchParams(withoutEmpty(params), browseParamsSchema);
  return parsed.ok ? keyOf(parsed.value) : null;
}

function keyOf(value: BrowseParams): string {
  const entries = BROWSE_KEY_ORDER.flatMap((k) => (value[k] === undefined || (k === 'page' && value[k] === 1) ? [] : [[k, String(value[k])]]));
  return entries.length > 0 ? new URLSearchParams(entries).toString() : ALL;
}

/** The filters a browse key stands for; null unless the key is exactly how browseKey writes them. */
export function browseParamsOf(key: string): BrowseParams | null {
  const parsed = parseSearchParams(new URLSearchParams(key === ALL ? '' : key), browseParamsSchema);
  return parsed.ok && keyOf(parsed.value) === key ? parsed.value : null;
}

export function parsePageParams<S extends z.ZodType>(
  record: Record<string, string | string[] | undefined>,
  schema: S,
): ParamsResult<z.output<S>> {
  return parseSearchParams(toSearchParams(record), schema);
}

/** A revision number from a path segment or `?rev=`; null when it is not one. */
export function revisionOf(text: string | null): number | null {
  const parsed = revisionSchema.safeParse(text);
  return parsed.success ? parsed.data : null;
}
