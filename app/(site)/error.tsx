'use client';

/**
 * What a page shows when rendering it failed: what happened in plain words and what to do, never
 * the error itself. The reference matches the line in the server's log.
 */
export default function PageError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <>
      <h1>This page could not be shown</h1>
      <p>
        Cited could not put this page together just now. The figures and their citations are safe; this is most likely a
        passing fault of the server or its database.
      </p>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        or go to <a href="/">the charts</a>.
      </p>
      {error.digest ? <p className="meta">Reference for a report: {error.digest}</p> : null}
    </>
  );
}
