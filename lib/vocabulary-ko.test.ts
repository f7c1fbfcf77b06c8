import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedData } from '../seed/data';
import { CATEGORIES, CLAIM_KINDS, PUBLISHED_BASES, QUALIFIERS, RANKS, UNITS } from './domain';
import { CATEGORY_KO, COUNT_COUNTER_KO, KIND_KO, PUBLISHED_BASIS_KO, QUALIFIER_KO, RANK_KO, UNIT_KO } from './vocabulary-ko';

describe('the vocabulary in Korean', () => {
  const sets: [string, readonly string[], Record<string, string>][] = [
    ['categories', CATEGORIES, CATEGORY_KO],
    ['claim kinds', CLAIM_KINDS, KIND_KO],
    ['qualifiers', QUALIFIERS, QUALIFIER_KO],
    ['ranks', RANKS, RANK_KO],
    ['units', UNITS, UNIT_KO],
    ['publication bases', PUBLISHED_BASES, PUBLISHED_BASIS_KO],
  ];
  for (const [what, values, ko] of sets) {
    it(`names every one of the ${what}`, () => {
      assert.deepEqual(Object.keys(ko).sort(), [...values].sort());
      for (const value of values) assert.ok(ko[value].trim().length > 0, value);
    });
  }
  it('gives every counted metric its counter', () => {
    const counted = seedData.metrics.filter((m) => m.unit === 'count').map((m) => m.slug).sort();
    assert.deepEqual(Object.keys(COUNT_COUNTER_KO).sort(), counted);
  });
});
