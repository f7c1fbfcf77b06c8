'use client';

import { usePathname } from 'next/navigation';
import { ErrorHelp } from './components/error-help';
import { errorTextsFor } from './components/error-texts';

/**
 * When even the page frame failed: a whole document of its own (the layout, its header and its
 * stylesheet may be what broke), saying what happened without internals, in the address's language.
 */
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const texts = errorTextsFor(usePathname());
  return (
    <html lang={texts.locale}>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5, color: '#1a1a1a' }}>
        <title>{texts.GlobalError.documentTitle}</title>
        <h1>{texts.GlobalError.title}</h1>
        <p>{texts.GlobalError.body}</p>
        <ErrorHelp texts={texts} digest={error.digest} retry={retry} />
      </body>
    </html>
  );
}
