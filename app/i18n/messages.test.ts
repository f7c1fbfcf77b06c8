import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATEGORIES, CLAIM_KINDS, QUALIFIERS, RANKS } from '../../lib/domain';
import { LOCALES } from '../../lib/locale';
import { CHANGE_FIELDS } from '../../lib/revisions';

/** Every message in every language: a key one catalogue lacks fails here, not on a page. */
type Catalogue = { [key: string]: string | Catalogue };
const read = (...parts: string[]) => JSON.parse(readFileSync(path.join(process.cwd(), 'messages', ...parts), 'utf8')) as Catalogue;
// The pages' catalogue, and the error pages' own (messages/errors/), checked as one.
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, { ...read(`${l}.json`), errors: read('errors', `${l}.json`) }]));

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The arguments and tags a message uses (from its ICU syntax tree): a translation must use the same ones. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: Element[]) => {
    for (const e of elements) {
      // 0: literal text, 7: '#' in a plural; 8: a tag; the rest name an argument.
      if (e.type === 8) found.add(`<${e.value}>`);
      else if (e.type !== 0 && e.type !== 7 && e.value) found.add(e.value);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
      walk(e.children ?? []);
    }
  };
  walk(new IntlMessageFormat(message, 'en').getAst() as Element[]);
  return [...found].sort();
}

describe('message catalogues', () => {
  it('name every category, claim kind, qualifier, rank and field a change can touch', () => {
    const en = catalogues.en as Record<string, Catalogue>;
    for (const [namespace, values] of [['Category', CATEGORIES], ['Kind', CLAIM_KINDS], ['Qualifier', QUALIFIERS], ['Rank', RANKS], ['Field', CHANGE_FIELDS]] as const) {
      assert.deepEqual(Object.keys(en[namespace]).sort(), [...values].sort(), namespace);
    }
  });

  const [first, ...others] = LOCALES;
  const keys = [...flatten(catalogues[first]).keys()].sort();
  for (const locale of others) {
    it(`${locale} has exactly the messages ${first} has`, () => assert.deepEqual([...flatten(catalogues[locale]).keys()].sort(), keys));
  }
  for (const locale of LOCALES) {
    const messages = flatten(catalogues[locale]);
    it(`${locale}: every message is ICU that parses, none empty`, () => {
      for (const [key, message] of messages) {
        assert.ok(message.trim().length > 0, `${locale} ${key} is empty`);
        assert.doesNotThrow(() => new IntlMessageFormat(message, locale), `${locale} ${key}`);
      }
    });
    it(`${locale}: each message takes the arguments and tags ${first}'s does`, () => {
      const reference = flatten(catalogues[first]);
      for (const [key, message] of messages) assert.deepEqual(placeholders(message), placeholders(reference.get(key) ?? ''), `${locale} ${key}`);
    });
  }
  it('Korean messages are written in Korean', () => {
    // Names (English, JSON) and patterns of arguments alone may stay as they are; every message with words has Hangul.
    const notWords = ['Site.otherLanguage', 'Layout.titleTemplate', 'Metric.json', 'Claim.label', 'Source.url'];
    const latinOnly = [...flatten(catalogues.ko)].filter(([key, m]) => !/[\uac00-\ud7a3]/.test(m) && !notWords.includes(key));
    assert.deepEqual(latinOnly, []);
  });
});
