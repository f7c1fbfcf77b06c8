import { useTranslations } from 'next-intl';
import { escapeXml } from '@/lib/chart-svg';
import { CopyAction } from './copy-action';

/** The <iframe> code that embeds a chart or a figure in another site: shown to select and copy, scripts or not. */
export function EmbedCode({ what, src, height }: { what: string; src: string; height: number }) {
  const t = useTranslations('ChartCard');
  const code = `<iframe src="${escapeXml(src)}" title="${escapeXml(`${what} · Cited`)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return (
    <details className="embed-code">
      <summary>{t('embed')}</summary>
      <label>
        {t('embedHint')}
        <textarea readOnly rows={3} defaultValue={code} />
      </label>
      <CopyAction label={t('copyEmbed')} text={code} />
    </details>
  );
}
