import { localizedHref } from '@/lib/locale';
import type { errorTextsFor } from './error-texts';

/** What a person can do after a page failed: try again, or go to the charts; and what to quote in a report. */
export function ErrorHelp({ texts, digest, retry }: { texts: ReturnType<typeof errorTextsFor>; digest?: string; retry: () => void }) {
  const { ErrorHelp: t } = texts;
  return (
    <>
      <p>
        <button type="button" onClick={() => retry()}>
          {t.retry}
        </button>{' '}
        {t.or}{' '}
        {/* A whole page load, not a client navigation: after a failure the page's own state is suspect,
            and next/link would add its router code to every page's first load for this one link. */}
        <a href={localizedHref(texts.locale, '/')}>{t.home}</a>
      </p>
      {digest ? (
        <p style={{ color: '#545454' }}>
          {t.reference} {digest}
        </p>
      ) : null}
    </>
  );
}
