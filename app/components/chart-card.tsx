import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { chartGeometry } from '@/lib/chart-svg';
import { citationHref, type ChartData } from '@/lib/charts';
import { siteUrl } from '@/lib/env';
import { localizedHref, type Locale } from '@/lib/locale';
import { ChartFileLinks, ServerChart } from './server-chart';
import { EmbedCode } from './embed-code';
import { LocalLink } from './local-link';

export type ChartTab = 'chart' | 'table';

/**
 * One chart with its title, units, tabs, callouts and source line; the table is server HTML.
 * Embedded in another site, it keeps the chart, its title and its sources, and links back.
 */
export function ChartCard({ chart, tab, embedded = false }: { chart: ChartData; tab: ChartTab; embedded?: boolean }) {
  const t = useTranslations('ChartCard');
  const locale = useLocale() as Locale;
  const target = embedded ? '_blank' : undefined;
  const { spec, rows } = chart;
  const headingId = `${spec.id}-title`;
  const summaryId = `${spec.id}-summary`;
  return (
    <section className="chart-card" id={spec.id} aria-labelledby={headingId}>
      <header className="chart-header">
        <h2 id={headingId}>{spec.title}</h2>
        {chart.disputed ? (
          <span className="disputed" title={t('disputedHint')}>
            {t('disputed')}
          </span>
        ) : null}
        <p className="chart-subtitle">{spec.subtitle}</p>
      </header>
      {embedded ? null : (
        <nav className="tabs" aria-label={t('viewAs', { title: spec.title })}>
          {(['chart', 'table'] as const).map((view) => (
            <Link key={view} href={`?tab=${view}#${spec.id}`} aria-current={tab === view ? 'page' : undefined} scroll={false}>
              {t(view)}
            </Link>
          ))}
        </nav>
      )}
      {rows.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : tab === 'chart' ? (
        <figure className="chart-figure" aria-labelledby={headingId} aria-describedby={summaryId}>
          <ServerChart chart={chart} labelledBy={headingId} linkTarget={target} />
          <p id={summaryId} className="sr-only">
            {chart.summary}
          </p>
        </figure>
      ) : (
        <ChartTable chart={chart} />
      )}
      {spec.highlight ? (
        <p className="legend">
          <span className="swatch highlight" aria-hidden="true" /> {spec.highlight.label}
          <span className="swatch base" aria-hidden="true" /> {t('otherCountries')}
        </p>
      ) : null}
      {chart.callouts.length > 0 ? (
        <ul className="callouts">
          {chart.callouts.map((c) => (
            <li key={c.metricSlug}>
              <span className="callout-label">{c.label}</span>
              <LocalLink className="callout-figure" href={citationHref(c.metricSlug, c.citationKey)} target={target}>
                {c.display}
              </LocalLink>
              <span className="meta">
                {t.rich('statedAs', { text: c.stated, ko: (chunks) => <span lang="ko">{chunks}</span> })} · {c.source}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {chart.missing.length > 0 ? <p className="meta">{t('notStored', { slugs: chart.missing.join(', ') })}</p> : null}
      {embedded ? null : <ChartDownloads chart={chart} />}
      <p className="source-line">
        {t('sources', { count: chart.sources.length })}{' '}
        {chart.sources.map((s, i) => (
          <span key={s.slug}>
            {i > 0 ? '; ' : ''}
            <LocalLink href={`/sources/${s.slug}`} target={target}>
              {s.label}
            </LocalLink>
          </span>
        ))}
        . {t('eachBar')}
        {embedded ? (
          <>
            {' '}
            {t.rich('atCited', {
              link: (chunks) => (
                <a href={`${siteUrl()}${localizedHref(locale, '/')}#${spec.id}`} target="_blank" rel="noopener">
                  {chunks}
                </a>
              ),
            })}
          </>
        ) : null}
        .
      </p>
    </section>
  );
}

/** CSV, PNG and SVG of the chart, drawn on the server, so they download without scripts; and its embed code. */
function ChartDownloads({ chart }: { chart: ChartData }) {
  const t = useTranslations('ChartCard');
  const { spec } = chart;
  return (
    <div className="downloads" role="group" aria-label={t('download', { title: spec.title })}>
      <ChartFileLinks base={`/api/charts/${spec.id}`} />
      <EmbedCode what={spec.title} src={`${siteUrl()}/embed/charts/${spec.id}`} height={embedHeight(chart)} />
    </div>
  );
}

function ChartTable({ chart }: { chart: ChartData }) {
  const t = useTranslations('ChartCard');
  const { spec, rows } = chart;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="sr-only">{spec.title}</caption>
        <thead>
          <tr>
            <th scope="col">{spec.bars === 'per-claim' ? t('claim') : t('item')}</th>
            <th scope="col">{spec.axisLabel}</th>
            <th scope="col">{t('asWritten')}</th>
            <th scope="col">{t('saidBy')}</th>
            <th scope="col">{t('citation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key} className={row.highlighted ? 'highlighted' : undefined}>
              <th scope="row">
                {row.label}
                {row.rank !== 'normal' ? <span className={`badge ${row.rank}`}>{row.rank}</span> : null}
              </th>
              <td className="num">
                {row.display}
                {row.conversion ? <div className="meta">{row.conversion}</div> : null}
              </td>
              <td lang="ko">{row.stated}</td>
              <td>{row.speaker}</td>
              <td>
                <LocalLink href={citationHref(row.metricSlug, row.citationKey)}>
                  [{i + 1}]<span className="sr-only"> {t('citation')}</span>
                </LocalLink>{' '}
                <span className="meta">{row.source}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What an embed of this chart needs: the drawing, its title and subtitle above, the source line below. */
export function embedHeight(chart: ChartData): number {
  return chartGeometry(chart).height + 200 + chart.callouts.length * 56;
}
