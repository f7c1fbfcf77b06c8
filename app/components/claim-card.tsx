import { useLocale, useTranslations } from 'next-intl';
import type { ClaimJson, MetricJson } from '@/lib/api';
import { figureIn, speakerIn, textIn } from '@/lib/figure-in';
import type { Locale } from '@/lib/locale';
import { CitationBlock } from './citation-block';

/** One claim: its figure as stated, who states it, how it ranks, and every citation behind it. */
export function ClaimCard({ claim, metric, formerKeys }: { claim: ClaimJson; metric: Pick<MetricJson, 'slug' | 'unit'>; formerKeys?: Record<string, string[]> }) {
  const t = useTranslations('Claim');
  const kind = useTranslations('Kind');
  const qualifier = useTranslations('Qualifier');
  const rank = useTranslations('Rank');
  const locale = useLocale() as Locale;
  const { unit } = metric;
  const figure = figureIn(locale, claim, unit, metric.slug);
  // An element's text and language: a text with no Korean twin (a catalogue loaded without one) says it is English.
  const said = (english: string, korean: string | null) => {
    const { text, lang } = textIn(locale, english, korean);
    return { children: text, lang: lang === locale ? undefined : lang };
  };
  return (
    <article className={`claim-card rank-${claim.rank}`} aria-label={t('label', { figure, speaker: claim.speaker ? speakerIn(locale, claim, claim.citations[0].source) : t('statedByArticle') })}>
      <p className="claim-figure">{figure}</p>
      {claim.conversion ? (
        <p className="meta">{t('converts', { figure: figureIn(locale, { ...claim.conversion, lower: null, upper: null }, claim.conversion.unit, metric.slug) })}</p>
      ) : null}
      <dl className="claim-facts">
        <dt>{t('kind')}</dt>
        <dd>{kind(claim.kind)}</dd>
        {unit !== 'date' ? (
          <>
            <dt>{t('qualifier')}</dt>
            <dd>{qualifier(claim.qualifier)}</dd>
          </>
        ) : null}
        <dt>{t('saidBy')}</dt>
        <dd>
          {claim.speaker ? <bdi>{speakerIn(locale, claim, claim.citations[0].source)}</bdi> : <span className="unknown">{t('ownVoice')}</span>}
          {locale === 'ko' && claim.speakerKo ? (
            <span className="meta" lang="en">
              {' '}
              (<bdi>{claim.speaker}</bdi>)
            </span>
          ) : null}
          {claim.speakerRole ? (
            <span className="meta">
              {' '}
              — <bdi {...said(claim.speakerRole, claim.speakerRoleKo)} />
            </span>
          ) : null}
        </dd>
        {claim.refDate && unit !== 'date' ? (
          <>
            <dt>{t('refersTo')}</dt>
            <dd>
              {figureIn(locale, claim, 'date', metric.slug)}
              {claim.refDate.note ? (
                <>
                  {' — '}
                  <span className="meta" {...said(claim.refDate.note, claim.refDate.noteKo)} />
                </>
              ) : null}
            </dd>
          </>
        ) : null}
        {unit === 'date' && claim.refDate?.note ? (
          <>
            <dt>{t('howDated')}</dt>
            <dd className="meta" {...said(claim.refDate.note, claim.refDate.noteKo)} />
          </>
        ) : null}
        <dt>{t('rank')}</dt>
        <dd>
          <span className={`badge ${claim.rank}`}>{rank(claim.rank)}</span>
          {claim.rankReason ? (
            <>
              {' '}
              <span className="meta" {...said(claim.rankReason, claim.rankReasonKo)} />
            </>
          ) : null}
        </dd>
        {claim.note ? (
          <>
            <dt>{t('note')}</dt>
            <dd className="meta" {...said(claim.note, claim.noteKo)} />
          </>
        ) : null}
      </dl>
      <h3 className="sr-only">{t('citations')}</h3>
      {claim.citations.map((citation) => (
        <CitationBlock key={citation.key} citation={citation} formerKeys={formerKeys?.[citation.key]} />
      ))}
    </article>
  );
}
