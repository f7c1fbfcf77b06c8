'use client';

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
        <p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>{' '}
          or go to <a href="/">the charts</a>.
        </p>
        {error.digest ? <p style={{ color: '#545454' }}>Reference for a report: {error.digest}</p> : null}
      </body>
    </html>
  );
}
