import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DISPUTED_CASES } from '../fixtures/disputed-cases';
import { testTargets } from '../fixtures/databases';
import { isDisputed } from '../lib/metric';
import type { Connection } from './connect';
import { listMetrics } from './queries';
import { citations, claims, metrics, sources } from './schema';

/** The `disputed` filter, in SQL, agrees with lib/metric's isDisputed on every edge case of the rule. */
for (const target of testTargets()) {
  describe(`disputed filter on ${target.name}`, () => {
    let connection: Connection;
    const found = { disputed: new Set<string>(), agreed: new Set<string>(), byRule: new Map<string, boolean>() };
    before(async () => {
      connection = await target.open();
      await connection.migrate();
      // One metric per case, each claim with the one citation the database requires of it.
      await connection.db.transaction(async (tx) => {
        const [source] = await tx.insert(sources).values({ slug: 'case-source', language: 'ko' }).returning();
        for (const [i, c] of DISPUTED_CASES.entries()) {
          const [metric] = await tx
            .insert(metrics)
            .values({ slug: `case-${i}`, label: c.what, category: c.unit === 'date' ? 'events' : 'market-share', subject: 'Case', unit: c.unit })
            .returning();
          for (const [j, claim] of c.claims.entries()) {
            const [row] = await tx
              .insert(claims)
              .values({
                key: `case-${i}-${j}`, metricId: metric.id, qualifier: claim.qualifier, kind: 'reported',
                value: claim.value ?? null, lower: claim.lower ?? null, upper: claim.upper ?? null,
                refDate: claim.refDate?.[0] ?? null, refDatePrecision: claim.refDate?.[1] ?? null,
              })
              .returning();
            await tx.insert(citations).values({ key: `case-${i}-${j}-cite`, claimId: row.id, sourceId: source.id, quote: 'x', statedText: 'x', translation: 'x', paragraph: 1 });
          }
        }
      });
      for (const m of await listMetrics(connection.db, { disputed: true })) found.disputed.add(m.slug);
      for (const m of await listMetrics(connection.db, { disputed: false })) found.agreed.add(m.slug);
      for (const m of await listMetrics(connection.db)) found.byRule.set(m.slug, isDisputed(m));
    });
    after(async () => connection?.close());

    for (const [i, c] of DISPUTED_CASES.entries()) {
      it(`${c.what}: ${c.disputed ? 'disputed' : 'agreed'}`, () => {
        const slug = `case-${i}`;
        assert.equal(found.disputed.has(slug), c.disputed, 'disputed=true');
        assert.equal(found.agreed.has(slug), !c.disputed, 'disputed=false');
        assert.equal(found.byRule.get(slug), c.disputed, 'isDisputed on the metric as read');
      });
    }
  });
}
