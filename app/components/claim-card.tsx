import type { ClaimJson, MetricJson } from '@/lib/api';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { CitationBlock } from './citation-block';

const KIND_LABELS: Record<ClaimJson['kind'], string> = {
  reported: 'Reported figure',
  company_claim: "Company's own claim",
  estimate: 'Estimate',
  allegation: 'Allegation',
  forecast: 'Forecast',
};

const QUALIFIER_LABELS: Record<ClaimJson['qualifier'], string> = {
  exact: 'stated exactly',
  approximate: 'approximate (약, 안팎, 정도…)',
  at_least: 'lower bound',
  more_than: 'more than (…여, 돌파)',
  at_most: 'upper bound (최대)',
  less_than: 'less than (미만)',
  range: 'range',
};

/** One claim: its figure as stated, who states it, how it ranks, and every citation behind it. */
export function ClaimCard({ claim, unit, formerKeys }: { claim: ClaimJson; unit: MetricJson['unit']; formerKeys?: Record<string, string[]> }) {
  return (
    <article className={`claim-card rank-${claim.rank}`} aria-label={`${formatFigure(claim, unit)}, ${claim.speaker ?? 'stated by the article'}`}>
      <p className="claim-figure">{formatFigure(claim, unit)}</p>
      {claim.conversion ? (
        <p className="meta">
          The source converts this to {formatFigure({ ...claim.conversion, lower: null, upper: null }, claim.conversion.unit)}.
        </p>
      ) : null}
      <dl className="claim-facts">
        <dt>Kind</dt>
        <dd>{KIND_LABELS[claim.kind]}</dd>
        {unit !== 'date' ? (
          <>
            <dt>Qualifier</dt>
            <dd>{QUALIFIER_LABELS[claim.qualifier]}</dd>
          </>
        ) : null}
        <dt>Said by</dt>
        <dd>
          {claim.speaker ? <bdi>{claim.speaker}</bdi> : <span className="unknown">the article, in its own voice</span>}
          {claim.speakerRole ? (
            <span className="meta">
              {' '}
              — <bdi>{claim.speakerRole}</bdi>
            </span>
          ) : null}
        </dd>
        {claim.refDate && unit !== 'date' ? (
          <>
            <dt>Refers to</dt>
            <dd>
              {formatPartialDate(claim.refDate.date, claim.refDate.precision)}
              {claim.refDate.note ? <span className="meta"> — {claim.refDate.note}</span> : null}
            </dd>
          </>
        ) : null}
        {unit === 'date' && claim.refDate?.note ? (
          <>
            <dt>How dated</dt>
            <dd className="meta">{claim.refDate.note}</dd>
          </>
        ) : null}
        <dt>Rank</dt>
        <dd>
          <span className={`badge ${claim.rank}`}>{claim.rank}</span>
          {claim.rankReason ? <span className="meta"> {claim.rankReason}</span> : null}
        </dd>
        {claim.note ? (
          <>
            <dt>Note</dt>
            <dd className="meta">{claim.note}</dd>
          </>
        ) : null}
      </dl>
      <h3 className="sr-only">Citations</h3>
      {claim.citations.map((citation) => (
        <CitationBlock key={citation.key} citation={citation} formerKeys={formerKeys?.[citation.key]} />
      ))}
    </article>
  );
}
