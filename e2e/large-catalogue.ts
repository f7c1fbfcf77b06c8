/**
 * Prepares the end-to-end tests' large catalogue: a small synthetic one (fixtures/synthetic.ts), made
 * afresh in a database of its own, with more sources and subjects than a dropdown offers.
 */
import { rmSync } from 'node:fs';
import { loadSynthetic } from '../fixtures/synthetic';
import { connect, defaultPgliteDir } from '../db/connect';

export const LARGE_CATALOGUE = { sources: 150, metrics: 300, claimsPerMetric: 2 };

if (process.argv[1]?.endsWith('large-catalogue.ts')) {
  const dir = defaultPgliteDir();
  rmSync(dir, { recursive: true, force: true });
  const connection = await connect({ pgliteDir: dir });
  await connection.migrate();
  const { claims } = await loadSynthetic(connection.db, LARGE_CATALOGUE);
  await connection.close();
  console.log(`large catalogue: ${claims} synthetic claims in ${dir}`);
}
