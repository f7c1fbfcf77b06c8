import { notInArray, sql } from 'drizzle-orm';
import type { Database } from '../db/connect';
import { searchVocabulary, type NewSearchWordSet } from '../db/schema';
import { formsQuery, SEARCH_VOCABULARY, vocabularySchema, type WordSet } from '../lib/search-vocabulary';

/** The vocabulary as the database keeps it: each set's written forms, and those that refuse it, as one query each. */
export function vocabularyRows(vocabulary: WordSet[] = SEARCH_VOCABULARY): NewSearchWordSet[] {
  return vocabularySchema.parse(vocabulary).map((set) => ({ name: set.name, words: set.words, written: formsQuery(set.written), unless: set.unless ? formsQuery(set.unless) : null }));
}

/**
 * Makes search_vocabulary hold `vocabulary` and nothing else, in one transaction: only the sets
 * that changed are written and only those gone are removed, and when any is, every search document
 * is written again (migration 0029). Returns the names of the sets written and removed, in order.
 */
export async function syncSearchVocabulary(db: Database, vocabulary: WordSet[] = SEARCH_VOCABULARY): Promise<{ written: string[]; removed: string[] }> {
  const rows = vocabularyRows(vocabulary);
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(searchVocabulary)
      .where(notInArray(searchVocabulary.name, rows.map((row) => row.name)))
      .returning({ name: searchVocabulary.name });
    const written = await tx
      .insert(searchVocabulary)
      .values(rows)
      .onConflictDoUpdate({
        target: searchVocabulary.name,
        set: { words: sql`excluded.words`, written: sql`excluded.written`, unless: sql`excluded.unless` },
        setWhere: sql`(${searchVocabulary.words}, ${searchVocabulary.written}, ${searchVocabulary.unless}) IS DISTINCT FROM (excluded.words, excluded.written, excluded.unless)`,
      })
      .returning({ name: searchVocabulary.name });
    return { written: written.map((row) => row.name).sort(), removed: removed.map((row) => row.name).sort() };
  });
}
