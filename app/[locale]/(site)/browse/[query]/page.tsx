import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { browseParamsOf } from '@/lib/page-params';
import { BROWSE_METADATA, BrowseView } from '@/app/components/browse-view';
import { pageLocale } from '@/app/i18n/page-locale';

export const metadata: Metadata = BROWSE_METADATA;

// Kept in the page cache, one rendering per set of filters: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';

export default async function CachedBrowsePage({ params }: PageProps<'/[locale]/browse/[query]'>) {
  const locale = await pageLocale(params);
  // The segment arrives as proxy.ts encoded it.
  const { query } = await params;
  const filters = browseParamsOf(decodeSegment(query));
  if (!filters) notFound();
  return <BrowseView parsed={{ ok: true, value: filters }} locale={locale} cachedAt={`/browse/${query}`} />;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
