'use client';

import { ErrorHelp } from './components/error-help';

/**
 * When even the page frame failed: a whole document of its own (the layout, its header and its
 * stylesheet may be what broke), saying what happened without internals.
 */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5, color: '#1a1a1a' }}>
        <title>Something went wrong · Cited</title>
        <h1>Cited could not show this page</h1>
        <p>Something went wrong on the server. The figures and their citations are safe; please try again in a moment.</p>
        <ErrorHelp digest={error.digest} retry={retry} />
      </body>
    </html>
  );
}
