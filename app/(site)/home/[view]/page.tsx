import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { MetricPage } from '@/db/queries';
import { CHARTS } from '@/lib/chart-specs';
import { buildChart, citationHref } from '@/lib/charts';
import { publisherName } from '@/lib/citation';
import { formatFigure, formatNumber } from '@/lib/format';
import { headlineClaim, isDisputed } from '@/lib/metric';
import { HOME_VIEWS, type HomeView } from '@/lib/page-params';
import { ChartCard } from '@/app/components/chart-card';
import { readHome } from '@/app/data';
import { homeShareMetadata } from '@/app/share';

// Kept in the page cache, one rendering per view: see app/page-cache.ts.
export const revalidate = 60;
export { generateStaticParams } from '@/app/page-cache';
import { markRendered } from '@/app/page-cache';

export const metadata: Metadata = homeShareMetadata(CHARTS);

export default async function HomePage({ params }: PageProps<'/home/[view]'>) {
  const { view } = await params;
  if (!HOME_VIEWS.includes(view as HomeView)) notFound();
  const tab = view === 'table' ? 'table' : 'chart';
  const { chartMetrics, events, others, facts } = await readHome();
  markRendered(`/home/${view}`);
  const charts = CHARTS.map((spec) => buildChart(spec, chartMetrics));

  return (
    <>
      <h1>The US–China AI race in figures, each with its source</h1>
      <p className="lede">
        {formatNumber(facts.claims, 'count')} figures stated in five Korean news articles from January 2025 to January 2026. Every bar and
        number leads to the sentence that states it, in Korean and in English, with who said it and where. Where
        sources disagree, every claim is kept and marked.
      </p>
      {view === 'invalid' ? (
        <p className="error" role="alert">
          This address has a query Cited does not understand (only <code>?tab=chart</code> or <code>?tab=table</code>); showing the charts.
        </p>
      ) : null}
      {facts.claims === 0 ? (
        <p className="empty">No figures are stored yet. Run <code>npm run db:setup</code> and reload.</p>
      ) : (
        <>
          {/* No Suspense boundary around the cards: a streamed boundary arrives hidden, and only a
              script reveals it, so without JavaScript the page would show no chart at all. */}
          {charts.map((chart) => (
            <ChartCard key={chart.spec.id} chart={chart} tab={tab} />
          ))}
          <EventsCard events={events} />
          <OtherFigures others={others} />
        </>
      )}
    </>
  );
}

function MoreLink({ page, what, href }: { page: MetricPage; what: string; href: string }) {
  if (page.total <= page.metrics.length) return null;
  return (
    <p className="meta">
      Showing {page.metrics.length} of {formatNumber(page.total, 'count')} {what}.{' '}
      <Link href={href}>See them all</Link>
    </p>
  );
}

function EventsCard({ events: page }: { events: MetricPage }) {
  const events = page.metrics;
  const rows = events
    .flatMap((metric) => metric.claims.map((claim) => ({ metric, claim, disputed: isDisputed(metric) })))
    .filter((r) => r.claim.refDate)
    .sort((a, b) => a.claim.refDate!.date.localeCompare(b.claim.refDate!.date));
  return (
    <section className="chart-card" id="dated-events" aria-labelledby="dated-events-title">
      <header className="chart-header">
        <h2 id="dated-events-title">Dated events</h2>
        {rows.some((r) => r.disputed) ? <span className="disputed">Sources disagree</span> : null}
        <p className="chart-subtitle">When things happened, as each text dates them; disagreeing dates are each shown.</p>
      </header>
      <ol className="timeline">
        {rows.map(({ metric, claim, disputed }) => (
          <li key={claim.key} className={`rank-${claim.rank}`}>
            <time dateTime={claim.refDate!.date}>{formatFigure(claim, 'date')}</time>
            <Link href={citationHref(metric.slug, claim.citations[0].key)}>{metric.label}</Link>
            <span className="meta">
              {' '}
              — {publisherName(claim.citations[0].source)}, “<span lang="ko">{claim.citations[0].statedText}</span>”
              {disputed ? ' · sources disagree' : ''}
              {claim.rank === 'deprecated' ? ' · deprecated' : ''}
            </span>
          </li>
        ))}
      </ol>
      <MoreLink page={page} what="dated events" href="/metrics?category=events" />
    </section>
  );
}

function OtherFigures({ others: page }: { others: MetricPage }) {
  const { metrics } = page;
  if (metrics.length === 0) return null;
  return (
    <section className="chart-card" id="other-figures" aria-labelledby="other-figures-title">
      <header className="chart-header">
        <h2 id="other-figures-title">Other figures in the texts</h2>
        <p className="chart-subtitle">Single figures that no chart above compares.</p>
      </header>
      <ul className="callouts">
        {metrics.map((metric) => {
          const claim = headlineClaim(metric)!;
          return (
            <li key={metric.slug}>
              <span className="callout-label">{metric.label}</span>
              <Link className="callout-figure" href={citationHref(metric.slug, claim.citations[0].key)}>
                {formatFigure(claim, metric.unit)}
              </Link>
              <span className="meta">
                stated as “<span lang="ko">{claim.citations[0].statedText}</span>” · {publisherName(claim.citations[0].source)}
              </span>
            </li>
          );
        })}
      </ul>
      <MoreLink page={page} what="other figures" href="/metrics" />
    </section>
  );
}
