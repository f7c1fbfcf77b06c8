import type { SeedInput } from '../validate';
import { claims } from './claims';
import { metrics } from './metrics';
import { sources } from './sources';

/** Every figure the five articles state, with its citations: see shared/articles/README.md. */
export const seedData: SeedInput = { sources, metrics, claims };
