import { useTranslations } from 'next-intl';
import { changedFields, diffText, type FactChange, type FieldChange } from '@/lib/revisions';
import { LocalLink } from './local-link';
import { inEnglish } from './revision-entry';

/** A field's old and new text, with the words that changed marked: deleted struck through, added underlined. */
function FieldDiff({ change }: { change: FieldChange }) {
  if (change.before === null) return <ins>{change.after}</ins>;
  if (change.after === null) return <del>{change.before}</del>;
  return (
    <>
      {diffText(change.before, change.after).map((part, i) =>
        part.change === 'same' ? <span key={i}>{part.text}</span> : part.change === 'removed' ? <del key={i}>{part.text}</del> : <ins key={i}>{part.text}</ins>,
      )}
    </>
  );
}

/** One row's change in a revision: what it is, why, and each field that changed; with `metricLink`, which metric's history it is in. */
export function FactChangeItem({ change, metricLink = false }: { change: FactChange; metricLink?: boolean }) {
  const t = useTranslations('Changes');
  const fieldName = useTranslations('Field');
  const fields = changedFields(change.before, change.kind === 'withdrawn' ? null : change.after);
  const list = (
    <dl className="field-changes">
      {fields.map((f) => (
        <div key={f.field}>
          <dt>{fieldName(f.field)}</dt>
          <dd lang={/[\uac00-\ud7a3]/.test(`${f.before ?? ''}${f.after ?? ''}`) ? 'ko' : undefined}>
            <FieldDiff change={f} />
          </dd>
        </div>
      ))}
    </dl>
  );
  return (
    <li className={`fact-change change-${change.kind}`}>
      <p>
        <span className={`badge change-${change.kind}`}>{t(change.kind)}</span> {t('fact', { table: change.table })} <code>{change.key}</code>
        {metricLink && change.metricSlug ? (
          <>
            {' '}
            {t('in')} <LocalLink href={`/metrics/${change.metricSlug}/history`}>{change.metricSlug}</LocalLink>
          </>
        ) : null}
        {change.replacedBy ? (
          <>
            {' '}
            — {t('replacedBy')} <code>{change.replacedBy}</code>
          </>
        ) : null}
      </p>
      {change.reason ? <p className="change-reason">{t.rich('why', { reason: change.reason, record: inEnglish })}</p> : null}
      {change.kind === 'changed' ? (
        list
      ) : (
        <details>
          <summary>{change.kind === 'added' ? t('whenAdded') : t('whenWithdrawn')}</summary>
          {change.kind === 'withdrawn' ? (
            <dl className="field-changes">
              {changedFields(null, change.before).map((f) => (
                <div key={f.field}>
                  <dt>{fieldName(f.field)}</dt>
                  <dd>{f.after}</dd>
                </div>
              ))}
            </dl>
          ) : (
            list
          )}
        </details>
      )}
    </li>
  );
}
