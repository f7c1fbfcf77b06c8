/**
 * Prepares the end-to-end tests' revised catalogue: today's seed, then one more revision that
 * renames a metric and a citation and withdraws a metric and a citation, in a database of its own,
 * so the tests can follow links made before each change.
 */
import { rmSync } from 'node:fs';
import { connect, defaultPgliteDir } from '../db/connect';
import { seedHistory } from '../seed/data';
import type { SeedHistory } from '../seed/history';
import { loadSeed } from '../seed/load';

export const REVISED = {
  renamed: { from: 'nvidia-h100-unit-price', to: 'nvidia-h100-chip-price' },
  withdrawn: 'huawei-2021-revenue-vs-pre-sanction',
  citationRenamed: { metric: 'deepseek-v3-development-cost', from: 'c003-deepseek-v3-cost', to: 'c003-deepseek-v3-cost-segye' },
  citationWithdrawn: { metric: 'deepseek-v3-development-cost', key: 'c002-deepseek-cost-baker-r1' },
  reason: 'A test of links made before a change.',
};

export const revisedHistory: SeedHistory = {
  ...seedHistory,
  revisions: [
    ...seedHistory.revisions,
    {
      id: 'e2e-moves',
      summary: 'Addresses moved, for the end-to-end tests',
      changes: [
        { rename: { metric: REVISED.renamed.from }, to: REVISED.renamed.to, reason: REVISED.reason },
        { withdraw: { metric: REVISED.withdrawn }, reason: REVISED.reason },
        { rename: { citation: REVISED.citationRenamed.from }, to: REVISED.citationRenamed.to, reason: REVISED.reason },
        { withdraw: { citation: REVISED.citationWithdrawn.key }, reason: REVISED.reason },
      ],
    },
  ],
};

if (process.argv[1]?.endsWith('revised-catalogue.ts')) {
  const dir = defaultPgliteDir();
  rmSync(dir, { recursive: true, force: true });
  const connection = await connect({ pgliteDir: dir });
  await connection.migrate();
  const { applied } = await loadSeed(connection.db, revisedHistory);
  await connection.close();
  console.log(`revised catalogue: revisions ${applied.map((a) => a.revision).join(', ')} in ${dir}`);
}
