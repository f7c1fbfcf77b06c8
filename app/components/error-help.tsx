import Link from 'next/link';

/** What a person can do after a page failed: try again, or go to the charts; and what to quote in a report. */
export function ErrorHelp({ digest, retry }: { digest?: string; retry: () => void }) {
  return (
    <>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        or go to <Link href="/">the charts</Link>.
      </p>
      {digest ? <p style={{ color: '#545454' }}>Reference for a report: {digest}</p> : null}
    </>
  );
}
