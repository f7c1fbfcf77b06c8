import { readChanges } from '@/app/data';
import { atomFeed } from '@/app/feeds';
import { NO_QUERY, withQuery } from '../api/with-query';

/** GET /changes.atom: the newest revisions of all of Cited. */
export const GET = withQuery(NO_QUERY, async () =>
  atomFeed({
    title: 'Cited: every change to the figures',
    path: '/changes.atom',
    alternate: '/changes',
    entryLink: (revision) => `/changes#rev-${revision.number}`,
    revisions: (await readChanges()).revisions,
  }),
);
