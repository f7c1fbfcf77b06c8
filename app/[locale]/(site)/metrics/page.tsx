import type { Metadata } from 'next';
import { browseParamsSchema, parsePageParams } from '@/lib/page-params';
import { browseMetadata, BrowseView } from '@/app/components/browse-view';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return browseMetadata(await pageLocale(params));
}

// Valid filters are served from the page cache (proxy.ts rewrites them onto /browse/{key});
// a query that cannot be applied is rendered here, on each request, with its reason.
export default async function BrowsePage({ params, searchParams }: PageProps<'/[locale]/metrics'>) {
  return <BrowseView parsed={parsePageParams(await searchParams, browseParamsSchema)} locale={await pageLocale(params)} />;
}
