import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { listMetrics } from '@/db/queries';
import type { ClaimJson, MetricJson } from '@/lib/api';
import { formatFigure } from '@/lib/format';
import { CitationBlock } from './components/citation-block';

const CATEGORY_TITLES: Record<MetricJson['category'], string> = {
  'market-share': "DeepSeek's share of national AI markets",
  ipo: 'Hong Kong IPOs, January 2026',
  'stock-move': 'One-day share moves after the DeepSeek shock',
  'training-cost': 'Claimed training costs',
  compute: 'Chips and compute',
  talent: 'AI researchers',
  'money-deals': 'Money and deals',
  industry: 'Industry',
  forecast: 'Forecasts',
  events: 'Dated events',
};

const KIND_LABELS: Record<ClaimJson['kind'], string> = {
  reported: 'reported',
  company_claim: "company's own claim",
  estimate: 'estimate',
  allegation: 'allegation',
  forecast: 'forecast',
};

function Claim({ claim, unit }: { claim: ClaimJson; unit: MetricJson['unit'] }) {
  return (
    <div className="claim">
      <span className="figure">{formatFigure(claim, unit)}</span>
      {claim.conversion ? (
        <span className="meta"> (the source converts: {formatFigure({ ...claim.conversion, lower: null, upper: null }, claim.conversion.unit)})</span>
      ) : null}
      <span className="badge">{KIND_LABELS[claim.kind]}</span>
      {claim.rank !== 'normal' ? <span className={`badge ${claim.rank}`}>{claim.rank}</span> : null}
      <div className="meta">
        {claim.speaker ? `${claim.speaker}${claim.speakerRole ? `, ${claim.speakerRole}` : ''}` : 'Stated by the article itself'}
        {claim.rankReason ? ` — ${claim.rankReason}` : ''}
      </div>
      {claim.citations.map((citation) => (
        <CitationBlock key={citation.key} citation={citation} />
      ))}
    </div>
  );
}

export default async function HomePage() {
  await connection(); // read the database per request, never at build time
  const metrics = await listMetrics(await getDb());
  const claimCount = metrics.reduce((n, m) => n + m.claims.length, 0);
  const categories = [...new Set(metrics.map((m) => m.category))];
  return (
    <>
      <h1>The US–China AI race in figures, each with its source</h1>
      <p className="lede">
        {claimCount} figures on {metrics.length} measures, stated in five Korean news articles (January 2025 to
        January 2026). Each shows the sentence that states it, in Korean and in English, and the article it comes
        from. Where sources disagree, every claim is kept.
      </p>
      {metrics.length === 0 ? <p>No figures are stored yet: run <code>npm run db:setup</code>.</p> : null}
      {categories.map((category) => (
        <section key={category} aria-labelledby={`h-${category}`}>
          <h2 id={`h-${category}`}>{CATEGORY_TITLES[category]}</h2>
          {metrics
            .filter((m) => m.category === category)
            .map((metric) => (
              <article key={metric.slug} className="metric" id={metric.slug}>
                <h3>{metric.label}</h3>
                {metric.description ? <p className="meta">{metric.description}</p> : null}
                {metric.claims.map((claim) => (
                  <Claim key={claim.key} claim={claim} unit={metric.unit} />
                ))}
              </article>
            ))}
        </section>
      ))}
    </>
  );
}
