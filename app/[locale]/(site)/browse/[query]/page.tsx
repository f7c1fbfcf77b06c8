import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { browseParamsOf } from '@/lib/page-params';
import { browseMetadata, BrowseView } from '@/app/components/browse-view';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return browseMetadata(await pageLocale(params));
}

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
