'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { SourceJson } from '@/lib/api';
import { publisherName } from '@/lib/citation';

type Kind = 'source' | 'subject';

/** Where each kind's suggestions come from, and how one reads as [value, label]. */
const SUGGESTIONS: Record<Kind, { endpoint: string; options: (body: unknown) => [string, string][] }> = {
  source: {
    endpoint: '/api/sources',
    options: (body) => (body as { sources: SourceJson[] }).sources.map((s) => [s.slug, publisherName(s)]),
  },
  subject: {
    endpoint: '/api/subjects',
    options: (body) => (body as { subjects: string[] }).subjects.map((s) => [s, s]),
  },
};

/**
 * A filter with too many values for a dropdown: a text field whose suggestions are fetched as the
 * person types, so the page never carries thousands of options.
 */
export function SuggestField({ label, name, kind, value }: { label: string; name: string; kind: Kind; value: string | undefined }) {
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [options, setOptions] = useState<[string, string][]>([]);
  const latest = useRef(0);
  useEffect(() => {
    if (query === null) return;
    const request = ++latest.current;
    const controller = new AbortController();
    // Wait for a pause in typing; a newer keystroke cancels this request.
    const timer = setTimeout(() => {
      const { endpoint, options: read } = SUGGESTIONS[kind];
      fetch(`${endpoint}?${new URLSearchParams({ q: query.trim().slice(0, 100), limit: '20' })}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : null))
        .then((body) => request === latest.current && setOptions(body ? read(body) : []))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, kind]);
  return (
    <label>
      {label}
      <input
        type="search"
        name={name}
        list={listId}
        defaultValue={value ?? ''}
        placeholder="All · type to search"
        autoComplete="off"
        maxLength={120}
        onFocus={(e) => setQuery(e.currentTarget.value)}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <datalist id={listId}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </datalist>
    </label>
  );
}
