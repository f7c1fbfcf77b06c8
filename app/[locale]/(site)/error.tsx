'use client';

import { ErrorHelp } from '@/app/components/error-help';

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
      <ErrorHelp digest={error.digest} retry={retry} />
    </>
  );
}
