'use client';

import { useState } from 'react';

/** Copies an absolute link to this page (or to one citation on it) and says so. */
export function CopyLink({ hash, label }: { hash?: string; label: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    const url = new URL(window.location.href);
    url.hash = hash ?? '';
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus('copied');
    } catch {
      // Without clipboard access (insecure origin, denied permission) show the link to copy by hand.
      window.prompt('Copy this link:', url.toString());
      setStatus('failed');
    }
  }
  return (
    <span className="copy-link">
      <button type="button" onClick={copy} data-copied={status === 'copied' || undefined}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? 'Link copied' : ''}
      </span>
    </span>
  );
}
