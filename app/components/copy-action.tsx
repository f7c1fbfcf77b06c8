import { useTranslations } from 'next-intl';
import type { ComponentProps } from 'react';
import { CopyButton } from './copy-button';

/** A copy button that says what it did in the page's language (the button itself runs in the browser). */
export function CopyAction(props: Omit<ComponentProps<typeof CopyButton>, 'said'>) {
  const t = useTranslations('Copy');
  return <CopyButton {...props} said={{ copied: t('copied'), linkCopied: t('linkCopied'), copyThis: t('copyThis') }} />;
}
