import { formatPartialDate } from '@/lib/format';
import type { RevisionInfo } from '@/lib/revisions';

/** '26 November 2026': the day a revision was made. */
export const revisionDate = (revision: Pick<RevisionInfo, 'createdAt'>) => formatPartialDate(revision.createdAt.slice(0, 10), 'day');
