'use client';

import { useEffect, useState } from 'react';
import { localizedHref, splitLocale, type Locale } from '@/lib/locale';

/**
 * A link to this page in the other language, keeping its query and its #cite-… anchor. Only the
 * browser knows the address as shown (the server renders pages at internal paths), so without
 * script the link leads to the other language's home page.
 */
export function LanguageSwitch({ to, label, hint }: { to: Locale; label: string; hint: string }) {
  const [href, setHref] = useState(localizedHref(to, '/'));
  useEffect(() => {
    const follow = () => {
      const { rest } = splitLocale(window.location.pathname);
      setHref(localizedHref(to, `${rest}${window.location.search}${window.location.hash}`));
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [to]);
  return (
    <a href={href} hrefLang={to} lang={to} title={hint} className="language-switch">
      {label}
    </a>
  );
}
