import { useLocale, useTranslations } from 'next-intl';
import { DEFAULT_LOCALE } from '@/lib/locale';
import type { ChartData } from '@/lib/charts';
import { ChartInteraction } from './chart-interaction';

/**
 * A chart, drawn on the server and in the HTML before any script runs. Only what drawing takes
 * travels to the browser: the rows, and the spec's unit, axis and kind of bars.
 */
export function ServerChart({ chart, labelledBy, linkTarget }: { chart: ChartData; labelledBy: string; linkTarget?: '_blank' }) {
  const { unit, axisLabel, axisMax, bars } = chart.spec;
  return <ChartInteraction chart={{ rows: chart.rows, spec: { unit, axisLabel, axisMax, bars }, locale: chart.locale }} labelledBy={labelledBy} linkTarget={linkTarget} />;
}

/** `{base}.csv`, `.png` and `.svg`: a chart's figures and its pictures (in the page's language), downloadable without scripts. */
export function ChartFileLinks({ base }: { base: string }) {
  const t = useTranslations('ChartCard');
  const locale = useLocale();
  const lang = locale === DEFAULT_LOCALE ? '' : `?lang=${locale}`;
  return (
    <>
      <a href={`${base}.csv`} download>
        {t('downloadCsv')}
      </a>
      <a href={`${base}.png${lang}`} download>
        {t('downloadPng')}
      </a>
      <a href={`${base}.svg${lang}`} download>
        {t('downloadSvg')}
      </a>
    </>
  );
}
