import { formatPartialDate } from '@/lib/format';
import { formatPartialDateKo } from '@/lib/format-ko';
import type { Locale } from '@/lib/locale';
import type { RevisionInfo } from '@/lib/revisions';

/** '26 November 2026' (2026년 11월 26일 on Korean pages): the day a revision was made. */
export const revisionDate = (revision: Pick<RevisionInfo, 'createdAt'>, locale: Locale = 'en') =>
  (locale === 'ko' ? formatPartialDateKo : formatPartialDate)(revision.createdAt.slice(0, 10), 'day');
