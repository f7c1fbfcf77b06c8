import { currentFacts, type SeedHistory } from '../history';
import { claims } from './claims';
import { metrics } from './metrics';
import { revisions } from './revisions';
import { sources } from './sources';

/** Every figure the five articles state, with its citations (see shared/articles/README.md), and every correction since. */
export const seedHistory: SeedHistory = {
  initial: {
    id: 'fact-store',
    summary: 'The fact store: every figure stated in the five articles, each with its verbatim quote, translation and source',
    facts: { sources, metrics, claims },
  },
  revisions,
  requires: { korean: true },
};

/** The facts as they stand today, after every revision. */
export const seedData = currentFacts(seedHistory);
