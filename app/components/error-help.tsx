/** What a person can do after a page failed: try again, or go to the charts; and what to quote in a report. */
export function ErrorHelp({ digest, retry }: { digest?: string; retry: () => void }) {
  return (
    <>
      <p>
        <button type="button" onClick={() => retry()}>
          Try again
        </button>{' '}
        or go to{' '}
        {/* A whole page load, not a client navigation: after a failure the page's own state is suspect,
            and next/link would add its router code to every page's first load for this one link. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">the charts</a>.
      </p>
      {digest ? <p style={{ color: '#545454' }}>Reference for a report: {digest}</p> : null}
    </>
  );
}
