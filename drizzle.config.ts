import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by `npm run db:migrate` (scripts/db.ts), never pushed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
});
