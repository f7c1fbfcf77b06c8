import type { SeedRevision } from '../history';

/**
 * Every change to the facts since they were first loaded, oldest first, each with its reason:
 * shown in each metric's history and in the changes feed. Add a correction as a new entry at the
 * end; never edit one that has landed (a database that applied it would refuse the seed).
 */
export const revisions: SeedRevision[] = [];
