import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedData } from '../seed/data';
import { PUBLISHED_BASES, UNITS } from './domain';
import { COUNT_COUNTER_KO, PUBLISHED_BASIS_KO, UNIT_KO } from './vocabulary-ko';

describe('the vocabulary in Korean', () => {
  const sets: [string, readonly string[], Record<string, string>][] = [
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
