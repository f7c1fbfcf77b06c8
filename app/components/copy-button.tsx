'use client';

import { useState } from 'react';

/**
 * Copies a text, or an absolute link to this page (with `hash`, to one citation on it), and says so.
 */
export function CopyButton({ label, hash, text, said }: { label: string; hash?: string; text?: string; said: { copied: string; linkCopied: string; copyThis: string } }) {
  const [status, setStatus] = useState<'idle' | 'copied'>('idle');
  async function copy() {
    const url = new URL(window.location.href);
    url.hash = hash ?? '';
    const value = text ?? url.toString();
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // Without clipboard access (insecure origin, denied permission) show it to copy by hand.
      window.prompt(said.copyThis, value);
    }
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? (text ? said.copied : said.linkCopied) : ''}
      </span>
    </span>
  );
}
