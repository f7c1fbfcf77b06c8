import { notFound } from 'next/navigation';
import { pageLocale } from '@/app/i18n/page-locale';

/** Any address in a language that no page answers: the language's own not-found page. */
export default async function MissingPage({ params }: PageProps<'/[locale]/[...missing]'>) {
  // The not-found page is rendered in this page's place, so the language is set here too.
  await pageLocale(params);
  notFound();
}
