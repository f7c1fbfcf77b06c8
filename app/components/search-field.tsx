'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { labelIn } from '@/lib/figure-in';
import { localizedHref, type Locale } from '@/lib/locale';
// Types only: lib/search's schemas (zod) stay on the server, out of every page's script.
import type { SearchJson } from '@/lib/search';

/** What the field says about its suggestions, in the page's language (the server's catalogue). */
export interface SuggestionTexts {
  /** The list's name for assistive technology. */
  list: string;
  /** "1 suggestion", "{count} suggestions": said when the list changes. */
  one: string;
  other: string;
}

interface Suggestion {
  href: string;
  label: string;
  figure: string;
  source: string;
}

const SUGGESTIONS = 5;
const noSubscription = () => () => {};
/** A pause in typing this long asks for suggestions; a keystroke sooner cancels the request. */
const PAUSE_MS = 150;

/**
 * The search box's field. Without script it is a plain field of the GET form; with script it
 * becomes a combobox (the WAI-ARIA pattern) listing the first few results as the reader types:
 * arrow keys move through them, Enter opens the one chosen at its citation, Escape closes the list,
 * and Enter with none chosen submits the form as before.
 */
export function SearchField({ id, value, placeholder, locale, texts, minLength, maxLength }: { id: string; value: string; placeholder: string; locale: Locale; texts: SuggestionTexts; minLength: number; maxLength: number }) {
  const router = useRouter();
  const listId = useId();
  // False in the server's HTML and while hydrating, true once script runs: only then is the field a combobox.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const [query, setQuery] = useState<string | null>(null);
  // Suggestions with the text they answer: only those for what the field holds now are shown, so
  // an older list (typing since, or a request that failed) can never be chosen. A newer keystroke
  // aborts the request before, so an older answer cannot replace a newer one.
  const [answered, setAnswered] = useState<{ text: string; items: Suggestion[] }>({ text: '', items: [] });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const text = query?.trim() ?? '';
    if (text.length < minLength) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q: text, limit: String(SUGGESTIONS), lang: locale });
      fetch(`/api/search?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<SearchJson>) : null))
        .then((body) => {
          setAnswered({
            text,
            items: (body?.results ?? []).map((result) => ({
              href: localizedHref(locale, result.href),
              label: labelIn(locale, result.metric),
              figure: result.figure,
              source: result.citation.source.label,
            })),
          });
        })
        // A failed suggestion leaves the form as it is without script: it still submits.
        .catch(() => {});
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale, minLength]);

  const typed = query?.trim() ?? '';
  const suggestions = answered.text === typed ? answered.items : [];
  const shown = open && suggestions.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;
  const go = (suggestion: Suggestion) => {
    setOpen(false);
    router.push(suggestion.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that compose a Korean syllable belong to the input method, not to the list.
    if (event.nativeEvent.isComposing) return;
    const count = suggestions.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Past either end the choice goes back to the field itself (-1), as in a browser's own lists.
      const next = (i: number) => (i + step >= count ? -1 : i + step < -1 ? count - 1 : i + step);
      setActive((i) => (shown ? next(i) : step === 1 ? 0 : count - 1));
    } else if (event.key === 'Enter' && shown && active >= 0) {
      event.preventDefault();
      go(suggestions[active]);
    } else if (event.key === 'Escape' && shown) {
      // Closes the list only; a second Escape clears the field, as a search field does.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const combobox = enhanced
    ? {
        role: 'combobox',
        'aria-autocomplete': 'list',
        'aria-expanded': shown,
        'aria-controls': listId,
        'aria-activedescendant': shown && active >= 0 ? optionId(active) : undefined,
      } as const
    : {};

  return (
    <span className="search-field">
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={value}
        placeholder={placeholder}
        maxLength={maxLength}
        autoComplete="off"
        {...combobox}
        onInput={(event) => {
          // A changed query un-chooses: Enter then searches for what was typed, not an older suggestion.
          setQuery(event.currentTarget.value);
          setActive(-1);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          // Coming back to the field chooses nothing: Enter then searches for what it holds.
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
      />
      {enhanced ? (
        <>
          <ul id={listId} role="listbox" aria-label={texts.list} className="search-suggestions" hidden={!shown}>
            {suggestions.map((suggestion, i) => (
              <li
                key={suggestion.href}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                // Chosen on mouse down would blur the field first and close the list under the pointer.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => go(suggestion)}
              >
                <span className="suggestion-label">{suggestion.label}</span> <span className="suggestion-figure">{suggestion.figure}</span>
                <span className="suggestion-source">{suggestion.source}</span>
              </li>
            ))}
          </ul>
          {/* A live region, not role=status: the page's own status (what a search or filter found) stays the one status. */}
          <span aria-live="polite" className="sr-only">
            {/* A new node for each list, so that a list as long as the last is said again. */}
            <span key={answered.text}>{shown ? (suggestions.length === 1 ? texts.one : texts.other).replace('{count}', String(suggestions.length)) : ''}</span>
          </span>
        </>
      ) : null}
    </span>
  );
}
