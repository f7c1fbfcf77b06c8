import { sql } from 'drizzle-orm';
import type { Database } from '../db/connect';
import { categoryNames, type NewCategoryName } from '../db/schema';
import { CATEGORIES } from '../lib/domain';
import en from '../messages/en.json' with { type: 'json' };
import ko from '../messages/ko.json' with { type: 'json' };

/** A category the messages do not name in every language: its cards could not say it either. */
export class CategoryNameError extends Error {
  constructor(readonly missing: string[]) {
    super(`messages/*.json name no category ${missing.join(', ')} under "Category"; nothing was written`);
    this.name = 'CategoryNameError';
  }
}

type Names = Partial<Record<string, string>>;

/** Each category's name in English and Korean, as messages/*.json write them for the pages. */
export function categoryNamesFrom(messages: { en: Names; ko: Names } = { en: en.Category, ko: ko.Category }): NewCategoryName[] {
  const missing = CATEGORIES.flatMap((category) => (['en', 'ko'] as const).filter((lang) => !messages[lang][category]?.trim()).map((lang) => `"${category}" (${lang})`));
  if (missing.length > 0) throw new CategoryNameError(missing);
  return CATEGORIES.map((category) => ({ category, name: messages.en[category]!.trim(), nameKo: messages.ko[category]!.trim() }));
}

/**
 * Writes the names the database does not hold yet, in one statement: the search documents of a
 * renamed category's figures are rewritten (migration 0028), the rest left as they are. Returns
 * the categories written.
 */
export async function syncCategoryNames(db: Database, names: NewCategoryName[] = categoryNamesFrom()): Promise<string[]> {
  const written = await db
    .insert(categoryNames)
    .values(names)
    .onConflictDoUpdate({
      target: categoryNames.category,
      set: { name: sql`excluded.name`, nameKo: sql`excluded.name_ko` },
      setWhere: sql`(${categoryNames.name}, ${categoryNames.nameKo}) IS DISTINCT FROM (excluded.name, excluded.name_ko)`,
    })
    .returning({ category: categoryNames.category });
  return written.map((row) => row.category);
}
