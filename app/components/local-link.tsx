import Link from 'next/link';
import { useLocale } from 'next-intl';
import type { ComponentProps } from 'react';
import { isLocale, localizedHref } from '@/lib/locale';

/** A link to a site address in the language of the page it is on. */
export function LocalLink({ href, ...rest }: Omit<ComponentProps<typeof Link>, 'href'> & { href: string }) {
  const locale = useLocale();
  return <Link href={isLocale(locale) ? localizedHref(locale, href) : href} {...rest} />;
}
