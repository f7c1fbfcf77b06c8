import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { browseParamsOf } from '@/lib/page-params';
import { BROWSE_METADATA, BrowseView } from '../../components/browse-view';

export const metadata: Metadata = BROWSE_METADATA;

// The browse page, rendered once per set of filters and kept for a minute: proxy.ts maps
// `/metrics?…` onto /browse/{key}, so shared addresses keep their query while the server answers
// from the page cache. That cache lives in memory, bounded (next.config.mjs), however many
// filter combinations people ask for. Nothing is rendered at build time.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export default async function CachedBrowsePage({ params }: PageProps<'/browse/[query]'>) {
  // The segment arrives as proxy.ts encoded it.
  const filters = browseParamsOf(decodeSegment((await params).query));
  if (!filters) notFound();
  return <BrowseView parsed={{ ok: true, value: filters }} />;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}
