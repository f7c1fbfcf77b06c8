'use client';

import { useEffect, useRef, type SyntheticEvent } from 'react';
import { localizedHref, splitLocale, type Locale } from '@/lib/locale';

/** This page in language `to`, as the browser shows its address: path, query and #cite-… anchor. */
function here(to: Locale): string {
  const { rest } = splitLocale(window.location.pathname);
  return localizedHref(to, `${rest}${window.location.search}${window.location.hash}`);
}

/**
 * A link to this page in the other language, keeping its query and its #cite-… anchor. Only the
 * browser knows the address as shown (the server renders pages at internal paths), so without
 * script the link leads to the other language's home page. The header stays put while client
 * navigation changes the page under it, so the link is brought up to date when it is about to be
 * used (pointed at, focused, clicked), not only when it first appears.
 */
export function LanguageSwitch({ to, label, hint }: { to: Locale; label: string; hint: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  // The address lives on the element, not in React state: React never rewrites an attribute whose
  // prop stays the same, and a click's navigation reads the element as the handler left it.
  useEffect(() => {
    if (link.current) link.current.href = here(to);
  }, [to]);
  const follow = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = here(to);
  };
  return (
    <a ref={link} href={localizedHref(to, '/')} hrefLang={to} lang={to} title={hint} className="language-switch" onPointerEnter={follow} onFocus={follow} onClick={follow} onAuxClick={follow}>
      {label}
    </a>
  );
}
