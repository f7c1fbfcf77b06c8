import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { QueryProblem } from '@/lib/api';
import type { Locale } from '@/lib/locale';

/** What was wrong with a page's query, said in the page's language (the API's messages are English). */
export async function describeProblems(locale: Locale, problems: QueryProblem[]): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'QueryProblem' });
  const either = new Intl.ListFormat(locale, { type: 'disjunction' });
  const all = new Intl.ListFormat(locale, { type: 'conjunction' });
  return problems
    .map((p) => {
      switch (p.kind) {
        case 'unknown':
          return t('unknown', { count: p.params.length, params: all.format(p.params) });
        case 'oneOf':
          return t('oneOf', { param: p.param, values: either.format(p.values) });
        case 'tooLong':
          return t('tooLong', { param: p.param, maximum: p.maximum });
        default:
          return t(p.kind, { param: p.param });
      }
    })
    .join('; ');
}
