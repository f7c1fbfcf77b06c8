'use client';

import { usePathname } from 'next/navigation';
import { ErrorHelp } from '@/app/components/error-help';
import { errorTextsFor } from '@/app/components/error-texts';

/**
 * What a page shows when rendering it failed: what happened in plain words and what to do, never
 * the error itself, in the address's language. The reference matches the line in the server's log.
 */
export default function PageError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const texts = errorTextsFor(usePathname());
  return (
    <>
      <h1>{texts.PageError.title}</h1>
      <p>{texts.PageError.body}</p>
      <ErrorHelp texts={texts} digest={error.digest} retry={retry} />
    </>
  );
}
