import { seedHistory } from '../seed/data';
import { CategoryNameError } from '../seed/category-names';
import { loadSeed, SeedHistoryError, SeedWithdrawalError, type SeedResult } from '../seed/load';
import { SeedValidationError } from '../seed/validate';
import { connect, describeTarget, optionsFromEnv } from '../db/connect';
import { EnvError } from '../lib/env';

/** `migrate`, `seed`, or `setup` (both): what `npm run db:*` and `npm start` run before the server. */
const command = process.argv[2];
if (!['migrate', 'seed', 'setup'].includes(command ?? '')) {
  console.error('usage: tsx scripts/db.ts migrate|seed|setup');
  process.exit(2);
}

function summary(result: SeedResult): string {
  const made = result.applied.filter((a) => a.revision !== null);
  const revisions = made.length === 0 ? 'no change: no revision made' : made.map((a) => `revision ${a.revision}: ${a.summary}`).join('\n  ');
  const tables = Object.entries(result.changes).map(([table, c]) => `${table}: ${c.inserted} inserted, ${c.updated} updated, ${c.withdrawn} withdrawn`);
  return [revisions, ...tables].join('\n  ');
}

let options: ReturnType<typeof optionsFromEnv>;
try {
  options = optionsFromEnv();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(2);
}
const connection = await connect(options);
try {
  if (command !== 'seed') {
    await connection.migrate();
    console.log(`migrated ${describeTarget(options)}`);
  }
  if (command !== 'migrate') {
    console.log(`seeded ${describeTarget(options)}\n  ${summary(await loadSeed(connection.db, seedHistory))}`);
  }
} catch (error) {
  const named = error instanceof SeedValidationError || error instanceof SeedWithdrawalError || error instanceof SeedHistoryError || error instanceof CategoryNameError;
  console.error(named ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection.close();
}
