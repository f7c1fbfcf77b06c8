import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DISPUTED_CASES } from '../fixtures/disputed-cases';
import type { ClaimJson, MetricJson } from './api';
import { headlineClaim, isDisputed } from './metric';

const claim = (key: string, c: Partial<ClaimJson> = {}): ClaimJson => ({
  key, qualifier: 'exact', value: 1, lower: null, upper: null, refDate: null, kind: 'reported', speaker: null, speakerKo: null,
  speakerRole: null, rank: 'normal', rankReason: null, conversion: null, note: null, speakerRoleKo: null, rankReasonKo: null, noteKo: null, citations: [], ...c,
});

describe('isDisputed', () => {
  for (const { what, unit, claims, disputed } of DISPUTED_CASES) {
    it(`${what}: ${disputed ? 'disputed' : 'agreed'}`, () => {
      const metric: Pick<MetricJson, 'unit' | 'claims'> = {
        unit,
        claims: claims.map((c, i) =>
          claim(`c${i}`, {
            qualifier: c.qualifier, value: c.value ?? null, lower: c.lower ?? null, upper: c.upper ?? null,
            refDate: c.refDate ? { date: c.refDate[0], precision: c.refDate[1], note: null, noteKo: null } : null,
          }),
        ),
      };
      assert.equal(isDisputed(metric), disputed);
    });
  }
});

describe('headlineClaim', () => {
  const cases: [string, ClaimJson[], string | undefined][] = [
    ['the preferred claim, wherever it stands', [claim('1'), claim('2', { rank: 'preferred' })], '2'],
    ['else the first not deprecated', [claim('1', { rank: 'deprecated' }), claim('2'), claim('3')], '2'],
    ['else the first, though deprecated', [claim('1', { rank: 'deprecated' })], '1'],
    ['nothing when there is no claim', [], undefined],
  ];
  for (const [what, claims, want] of cases) it(what, () => assert.equal(headlineClaim({ claims })?.key, want));
});
