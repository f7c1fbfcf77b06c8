import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import type { MetricPage } from '@/db/queries';
import { CHARTS } from '@/lib/chart-specs';
import { buildChart, citationHref } from '@/lib/charts';
import { chartSpecIn } from '@/lib/chart-specs-ko';
import { figureIn, labelIn, publisherIn } from '@/lib/figure-in';
import type { Locale } from '@/lib/locale';
import { headlineClaim, isDisputed } from '@/lib/metric';
import { HOME_VIEWS, type HomeView } from '@/lib/page-params';
import { ChartCard } from '@/app/components/chart-card';
import { LocalLink } from '@/app/components/local-link';
import { readHome } from '@/app/data';
import { homeShareMetadata } from '@/app/share';

// Kept in the page cache, one rendering per view: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';
import { pageLocale } from '@/app/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/home/[view]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Home' });
  return homeShareMetadata(locale, t('title'), t('description'), CHARTS.map((spec) => chartSpecIn(locale, spec)));
}

export default async function HomePage({ params }: PageProps<'/[locale]/home/[view]'>) {
  const locale = await pageLocale(params);
  const { view } = await params;
  if (!HOME_VIEWS.includes(view as HomeView)) notFound();
  const tab = view === 'table' ? 'table' : 'chart';
  const { chartMetrics, events, others, facts } = await readHome();
  markRendered(locale, `/home/${view}`);
  const charts = CHARTS.map((spec) => buildChart(chartSpecIn(locale, spec), chartMetrics, locale));
  const t = await getTranslations({ locale, namespace: 'Home' });
  const code = (chunks: ReactNode) => <code>{chunks}</code>;

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('lede', { claims: facts.claims })}</p>
      {view === 'invalid' ? (
        <p className="error" role="alert">
          {t.rich('invalidQuery', { code })}
        </p>
      ) : null}
      {facts.claims === 0 ? (
        <p className="empty">{t.rich('empty', { code })}</p>
      ) : (
        <>
          {/* No Suspense boundary around the cards: a streamed boundary arrives hidden, and only a
              script reveals it, so without JavaScript the page would show no chart at all. */}
          {charts.map((chart) => (
            <ChartCard key={chart.spec.id} chart={chart} tab={tab} />
          ))}
          <EventsCard events={events} locale={locale} />
          <OtherFigures others={others} locale={locale} />
        </>
      )}
    </>
  );
}

function MoreLink({ page, what, href }: { page: MetricPage; what: 'events' | 'others'; href: string }) {
  const t = useTranslations('Home');
  if (page.total <= page.metrics.length) return null;
  return (
    <p className="meta">
      {t('showing', { shown: page.metrics.length, total: page.total, what })} <LocalLink href={href}>{t('seeAll')}</LocalLink>
    </p>
  );
}

const korean = (chunks: ReactNode) => <span lang="ko">{chunks}</span>;

function EventsCard({ events: page, locale }: { events: MetricPage; locale: Locale }) {
  const t = useTranslations('Home');
  const events = page.metrics;
  const rows = events
    .flatMap((metric) => metric.claims.map((claim) => ({ metric, claim, disputed: isDisputed(metric) })))
    .filter((r) => r.claim.refDate)
    .sort((a, b) => a.claim.refDate!.date.localeCompare(b.claim.refDate!.date));
  return (
    <section className="chart-card" id="dated-events" aria-labelledby="dated-events-title">
      <header className="chart-header">
        <h2 id="dated-events-title">{t('datedEvents')}</h2>
        {rows.some((r) => r.disputed) ? <span className="disputed">{t('sourcesDisagree')}</span> : null}
        <p className="chart-subtitle">{t('datedEventsSubtitle')}</p>
      </header>
      <ol className="timeline">
        {rows.map(({ metric, claim, disputed }) => (
          <li key={claim.key} className={`rank-${claim.rank}`}>
            <time dateTime={claim.refDate!.date}>{figureIn(locale, claim, 'date', metric.slug)}</time>
            <LocalLink href={citationHref(metric.slug, claim.citations[0].key)}>{labelIn(locale, metric)}</LocalLink>
            <span className="meta">
              {' '}
              — {publisherIn(locale, claim.citations[0].source)}, “<span lang="ko">{claim.citations[0].statedText}</span>”
              {disputed ? t('disagreeMark') : ''}
              {claim.rank === 'deprecated' ? t('deprecatedMark') : ''}
            </span>
          </li>
        ))}
      </ol>
      <MoreLink page={page} what="events" href="/metrics?category=events" />
    </section>
  );
}

function OtherFigures({ others: page, locale }: { others: MetricPage; locale: Locale }) {
  const t = useTranslations('Home');
  const { metrics } = page;
  if (metrics.length === 0) return null;
  return (
    <section className="chart-card" id="other-figures" aria-labelledby="other-figures-title">
      <header className="chart-header">
        <h2 id="other-figures-title">{t('otherFigures')}</h2>
        <p className="chart-subtitle">{t('otherFiguresSubtitle')}</p>
      </header>
      <ul className="callouts">
        {metrics.map((metric) => {
          const claim = headlineClaim(metric)!;
          return (
            <li key={metric.slug}>
              <span className="callout-label">{labelIn(locale, metric)}</span>
              <LocalLink className="callout-figure" href={citationHref(metric.slug, claim.citations[0].key)}>
                {figureIn(locale, claim, metric.unit, metric.slug)}
              </LocalLink>
              <span className="meta">
                {t.rich('statedAs', { text: claim.citations[0].statedText, ko: korean })} · {publisherIn(locale, claim.citations[0].source)}
              </span>
            </li>
          );
        })}
      </ul>
      <MoreLink page={page} what="others" href="/metrics" />
    </section>
  );
}
