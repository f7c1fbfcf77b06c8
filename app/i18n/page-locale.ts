import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/locale';

/**
 * The language of the page being rendered, from its [locale] segment, handed to next-intl so that
 * pages stay in the page cache (without it next-intl would read the request's headers, which
 * makes every page dynamic). A language Cited does not have is not found.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
