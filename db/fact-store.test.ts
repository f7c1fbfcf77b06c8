import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { seedData, seedHistory } from '../seed/data';
import type { SeedHistory } from '../seed/history';
import { loadSeed, SeedWithdrawalError } from '../seed/load';
import type { ClaimSeed, SourceSeed } from '../seed/schema';
import { SeedValidationError, type SeedInput } from '../seed/validate';
import { metricJsonSchema } from '../lib/api';
import { isDisputed } from '../lib/metric';
import type { Connection } from './connect';
import { containsPattern, countFacts, getMetric, getSource, listMetrics, listSources, listSubjects } from './queries';
import { citations, claims, metrics, revisions, sources, withdrawals } from './schema';
import { openSeeded, snapshot, testTargets } from '../fixtures/databases';

/** A database error's own message, wherever the driver puts it. */
async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { message?: string; cause?: { message?: string } };
    return `${e.message ?? ''} ${e.cause?.message ?? ''}`;
  }
  assert.fail('expected the database to refuse');
}

const fixtureSource: SourceSeed = {
  slug: 'test-source', articleFile: 'test.txt', publisher: '테스트', publisherEn: 'Test', title: null, byline: null,
  published: '2025-01-29', publishedBasis: 'printed', publishedNote: null, url: 'https://example.com/a', language: 'ko',
};
const fixtureClaim: ClaimSeed = {
  key: 'test-claim', metric: 'test-metric', qualifier: 'exact', value: 56, kind: 'reported', speaker: null,
  citations: [{ key: 'test-citation', source: 'test-source', quote: '점유율은 56%에 달했다', statedText: '56%', translation: 'The share reached 56%.', paragraph: 1 }],
};
const fixture: SeedInput = {
  sources: [fixtureSource],
  metrics: [{ slug: 'test-metric', label: 'Test share', category: 'market-share', subject: 'DeepSeek', dimension: null, unit: 'percent', description: null }],
  claims: [fixtureClaim],
};

for (const target of testTargets()) {
  describe(`fact store on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await target.open();
      await connection.migrate();
    });
    after(async () => connection?.close());

    it('migrates an empty database, and a second migrate changes nothing', async () => {
      await connection.migrate();
      assert.deepEqual(await countFacts(connection.db), { sources: 0, metrics: 0, claims: 0, citations: 0 });
    });

    it('seeds every figure, one revision per seed entry, and seeding again writes nothing', async () => {
      const first = await loadSeed(connection.db, seedHistory);
      assert.deepEqual(first.applied.map((a) => a.entry), [seedHistory.initial.id, ...seedHistory.revisions.map((r) => r.id)]);
      assert.deepEqual(first.applied.map((a) => a.revision), first.applied.map((_, i) => i + 1), 'every entry made a revision, numbered from 1');
      const counts = await countFacts(connection.db);
      assert.equal(counts.sources, seedData.sources.length);
      assert.equal(counts.claims, seedData.claims.length);
      assert.ok(counts.claims > 50, `expected well over 50 claims, got ${counts.claims}`);
      assert.equal(counts.citations, seedData.claims.flatMap((c) => c.citations).length);

      const before = await snapshot(connection);
      const second = await loadSeed(connection.db, seedHistory);
      assert.deepEqual(second.applied, [], 'every entry is already applied');
      assert.deepEqual(await snapshot(connection), before);
      assert.equal(await connection.db.$count(revisions), first.applied.length, 'no new revision');
    });

    it('lists metrics in the shape the API promises, and filters them', async () => {
      const all = await listMetrics(connection.db);
      for (const metric of all) metricJsonSchema.parse(metric);
      assert.ok(all.every((m) => m.claims.length > 0 && m.claims.every((c) => c.citations.length > 0)));
      const ipo = await listMetrics(connection.db, { category: 'ipo' });
      assert.ok(ipo.length > 0 && ipo.every((m) => m.category === 'ipo'));
      const bySource = await listMetrics(connection.db, { source: seedData.sources[0].slug });
      assert.ok(bySource.length > 0 && bySource.length < all.length);
      assert.ok(bySource.every((m) => m.claims.some((c) => c.citations.some((k) => k.source.slug === seedData.sources[0].slug))));
      const disputed = await listMetrics(connection.db, { disputed: true });
      assert.deepEqual(disputed.map((m) => m.slug), all.filter(isDisputed).map((m) => m.slug));
      assert.ok(disputed.some((m) => m.slug === 'deepseek-r1-release-date'));
      const undisputed = await listMetrics(connection.db, { disputed: false });
      assert.equal(undisputed.length + disputed.length, all.length);
      assert.equal(await getMetric(connection.db, 'no-such-metric'), null);
      const sourceList = await listSources(connection.db, { limit: 100 });
      assert.deepEqual(sourceList.map((s) => s.slug), seedData.sources.map((s) => s.slug).sort());
      assert.deepEqual(await getSource(connection.db, sourceList[0].slug), sourceList[0]);
      assert.equal(await getSource(connection.db, 'no-such-source'), null);
      assert.ok((await listSubjects(connection.db, { limit: 100 })).some((s) => s.subject === 'DeepSeek'));
      const subjects = await listSubjects(connection.db, { limit: 100 });
      assert.deepEqual(subjects.map((s) => s.subject), [...new Set(all.map((m) => m.subject))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'distinct, in order');
      assert.ok(subjects.every((s) => s.subjectKo && /[\uac00-\ud7a3]|^[A-Z]+$/.test(s.subjectKo)), 'each with its Korean name');
      const one = await getMetric(connection.db, all[0].slug);
      assert.deepEqual(one, all[0]);
    });

    it('searches sources and subjects case-insensitively, with % and _ taken literally', async () => {
      const whytimes = await listSources(connection.db, { search: 'WHYTIMES', limit: 20 });
      assert.deepEqual(whytimes.map((s) => s.slug), seedData.sources.filter((s) => s.slug.includes('whytimes')).map((s) => s.slug));
      const byPublisher = seedData.sources.find((s) => s.publisher)!;
      assert.ok((await listSources(connection.db, { search: byPublisher.publisher!, limit: 20 })).some((s) => s.slug === byPublisher.slug));
      assert.deepEqual(await listSources(connection.db, { search: '%', limit: 20 }), [], '% is a character, not a wildcard');
      assert.deepEqual(await listSources(connection.db, { search: '_', limit: 20 }), []);
      assert.equal((await listSources(connection.db, { limit: 2 })).length, 2, 'the limit holds');
      assert.deepEqual(await listSubjects(connection.db, { search: 'deepsee', limit: 20 }), [{ subject: 'DeepSeek', subjectKo: '딥시크' }]);
      assert.deepEqual(await listSubjects(connection.db, { search: 'no such subject', limit: 20 }), []);
    });

    describe('on a database of its own', () => {
      let own: Connection;
      before(async () => {
        own = await openSeeded(target, fixture);
      });
      after(async () => own?.close());

      it('updates an edited record in place, and withdraws a dropped one only with its reason', async () => {
        const [{ id }] = await own.db.select({ id: claims.id }).from(claims).where(eq(claims.key, 'test-claim'));
        const grown: SeedHistory = {
          initial: { id: 'fixture', summary: 'fixture', facts: fixture },
          revisions: [
            {
              id: 'grow',
              summary: 'A speaker, and a second claim',
              changes: [
                { claim: 'test-claim', set: { speaker: 'Microsoft research' }, reason: 'The text names the speaker.' },
                { addClaim: { ...fixtureClaim, key: 'second-claim', citations: [{ ...fixtureClaim.citations[0], key: 'second-citation' }] }, reason: 'A second reading.' },
              ],
            },
          ],
        };
        // The fixture was loaded as plain facts: this history's first entry matches them and changes nothing.
        const first = await loadSeed(own.db, grown);
        assert.deepEqual(first.changes.claims, { inserted: 1, updated: 1, withdrawn: 0, unchanged: 0 });
        const [row] = await own.db.select().from(claims).where(eq(claims.key, 'test-claim'));
        assert.equal(row.id, id, 'an edited claim keeps its id');
        assert.equal(row.speaker, 'Microsoft research');

        await assert.rejects(loadSeed(own.db, fixture), SeedWithdrawalError, 'plain facts without the second claim cannot drop it');
        const shrunk = await loadSeed(own.db, {
          ...grown,
          revisions: [...grown.revisions, { id: 'shrink', summary: 'Withdrawn', changes: [{ withdraw: { claim: 'second-claim' }, reason: 'Counted twice.' }, { claim: 'test-claim', set: { speaker: null }, reason: 'The text names no one.' }] }],
        });
        assert.deepEqual(shrunk.applied.map((a) => a.entry), ['shrink']);
        assert.equal(shrunk.changes.claims.withdrawn, 1);
        assert.equal(shrunk.changes.citations.withdrawn, 1);
        assert.deepEqual(await countFacts(own.db), { sources: 1, metrics: 1, claims: 1, citations: 1 });
        const gone = await own.db.select().from(withdrawals).orderBy(withdrawals.factTable);
        assert.deepEqual(gone.map((w) => [w.factTable, w.reason]), [['claims', 'Counted twice.'], ['citations', 'Withdrawn with its claim: Counted twice.']]);
        await loadSeed(own.db, fixture);
      });

      it("refuses at commit to remove a claim's last citation", async () => {
        const message = await rejection(own.db.transaction(async (tx) => {
          const [citation] = await tx.select().from(citations).where(eq(citations.key, 'test-citation'));
          await tx.insert(withdrawals).values({ factTable: 'citations', factId: citation.id, revision: sql`current_revision()`, reason: 'A test.' });
          await tx.delete(citations).where(eq(citations.id, citation.id));
        }));
        assert.match(message, /claim "test-claim" has no citation/);
        assert.equal((await countFacts(own.db)).citations, 1);
      });

      it('refuses to delete or truncate a fact: it can only be withdrawn, with its reason', async () => {
        const before = await snapshot(own);
        assert.match(await rejection(own.db.delete(citations).where(eq(citations.key, 'test-citation'))), /facts_withdrawn_not_deleted|never simply deleted/);
        assert.match(await rejection(own.db.delete(metrics)), /never simply deleted/);
        assert.match(await rejection(own.db.execute(sql`TRUNCATE citations`)), /cannot be truncated|cannot truncate/);
        assert.deepEqual(await snapshot(own), before);
      });

      it('refuses at commit a claim inserted without a citation', async () => {
        const [metric] = await own.db.select().from(metrics);
        const message = await rejection(own.db.transaction(async (tx) => {
          await tx.insert(claims).values({ key: 'uncited', metricId: metric.id, qualifier: 'exact', value: 1, kind: 'reported' });
        }));
        assert.match(message, /claim "uncited" has no citation/);
      });

      it('accepts a claim and its citation inserted in one transaction', async () => {
        const [metric] = await own.db.select().from(metrics);
        const [source] = await own.db.select().from(sources);
        await own.db.transaction(async (tx) => {
          const [claim] = await tx.insert(claims).values({ key: 'cited', metricId: metric.id, qualifier: 'exact', value: 2, kind: 'reported' }).returning();
          await tx.insert(citations).values({ key: 'cited-c', claimId: claim.id, sourceId: source.id, quote: '2% 올랐다', statedText: '2%', translation: 'rose 2%', paragraph: 1 });
        });
        await own.db.transaction(async (tx) => {
          const [claim] = await tx.select().from(claims).where(eq(claims.key, 'cited'));
          const [citation] = await tx.select().from(citations).where(eq(citations.key, 'cited-c'));
          await tx.insert(withdrawals).values([
            { factTable: 'claims', factId: claim.id, revision: sql`current_revision()`, reason: 'A test row.' },
            { factTable: 'citations', factId: citation.id, revision: sql`current_revision()`, reason: 'A test row.' },
          ]);
          await tx.delete(claims).where(eq(claims.id, claim.id));
        });
      });

      const refusals: [string, RegExp, (c: Connection) => Promise<unknown>][] = [
        ['a javascript: source URL', /sources_url_http/, ({ db }) => db.update(sources).set({ url: 'javascript:alert(1)' })],
        ['a data: source URL', /sources_url_http/, ({ db }) => db.update(sources).set({ url: 'data:text/html,x' })],
        ['bounds in the wrong order', /claims_bounds_ordered/, ({ db }) => db.update(claims).set({ qualifier: 'range', value: null, lower: 100, upper: 10 })],
        ['a qualifier without its bound', /claims_value_shape/, ({ db }) => db.update(claims).set({ qualifier: 'less_than' })],
        ['an empty quote', /citations_quote_present|citations_stated_in_quote/, ({ db }) => db.update(citations).set({ quote: '   ' })],
        ['a number not in its quote', /citations_stated_in_quote/, ({ db }) => db.update(citations).set({ statedText: '57%' })],
        ['a citation without a source', /null value|not-null|violates/, ({ db }) => db.execute(sql`UPDATE citations SET source_id = NULL`)],
        ['a duplicate metric slug', /metrics_slug_key|duplicate key/, ({ db }) => db.insert(metrics).values({ slug: 'test-metric', label: 'x', category: 'ipo', subject: 'x', unit: 'USD' })],
        ['a slug that is not URL-safe', /metrics_slug_format/, ({ db }) => db.update(metrics).set({ slug: 'Not A Slug' })],
        ['a date-less claim on a numeric metric', /a metric measured in percent needs a value or bounds/, ({ db }) => db.update(claims).set({ value: null, refDate: '2025-01-01', refDatePrecision: 'month' })],
        ['a month date not on the first', /claims_ref_date_starts_period/, ({ db }) => db.update(claims).set({ refDate: '2025-01-20', refDatePrecision: 'month' })],
        ['a rank without a reason', /claims_rank_reason/, ({ db }) => db.update(claims).set({ rank: 'deprecated' })],
      ];
      for (const [what, constraint, write] of refusals) {
        it(`refuses ${what}`, async () => {
          const before = await snapshot(own);
          assert.match(await rejection(write(own)), constraint);
          assert.deepEqual(await snapshot(own), before);
        });
      }

      it('allows one preferred claim per metric, not two', async () => {
        await own.db.update(claims).set({ rank: 'preferred', rankReason: 'only one' });
        const [metric] = await own.db.select().from(metrics);
        const [source] = await own.db.select().from(sources);
        const message = await rejection(own.db.transaction(async (tx) => {
          const [claim] = await tx.insert(claims).values({ key: 'rival', metricId: metric.id, qualifier: 'exact', value: 3, kind: 'reported', rank: 'preferred', rankReason: 'also' }).returning();
          await tx.insert(citations).values({ key: 'rival-c', claimId: claim.id, sourceId: source.id, quote: '3%', statedText: '3%', translation: '3%', paragraph: 1 });
        }));
        assert.match(message, /claims_one_preferred_per_metric|duplicate key/);
        await own.db.update(claims).set({ rank: 'normal', rankReason: null });
      });

      const brokenSeeds: [string, SeedInput, RegExp][] = [
        ['a claim whose number is not in its quote', { ...fixture, claims: [{ ...fixtureClaim, citations: [{ ...fixtureClaim.citations[0], statedText: '65%' }] }] }, /claims\[0\] "test-claim" › citations\[0\]\.statedText: statedText must occur inside the quote/],
        ['a claim whose value disagrees with its text', { ...fixture, claims: [{ ...fixtureClaim, value: 65 }] }, /claims\[0\] "test-claim" › citations\[0\]\.statedText: the text states exact 56, the claim says exact 65/],
        ['a source with a javascript: URL', { ...fixture, sources: [{ ...fixtureSource, url: 'javascript:alert(1)' }] }, /sources\[0\] "test-source" › url: /],
        ['a claim on a missing metric', { ...fixture, claims: [{ ...fixtureClaim, metric: 'nope' }] }, /claims\[0\] "test-claim" › metric: no metric "nope"/],
        ['a claim without citations', { ...fixture, claims: [{ ...fixtureClaim, citations: [] }] }, /claims\[0\] "test-claim" › citations: a claim needs at least one citation/],
      ];
      for (const [what, broken, message] of brokenSeeds) {
        it(`stops on ${what}, names it, and writes nothing`, async () => {
          const before = await snapshot(own);
          await assert.rejects(loadSeed(own.db, broken), (error: unknown) => {
            assert.ok(error instanceof SeedValidationError, String(error));
            assert.match(error.message, message);
            assert.match(error.message, /nothing was written/);
            return true;
          });
          assert.deepEqual(await snapshot(own), before);
        });
      }

      it('rolls the whole load back when the database refuses a record', async () => {
        const before = await snapshot(own);
        // Passes the seed's checks, but the second claim's source URL has a space the database refuses.
        const refused: SeedInput = {
          ...fixture,
          sources: [fixtureSource, { ...fixtureSource, slug: 'spaced', url: 'https://example.com/a b' }],
        };
        await assert.rejects(loadSeed(own.db, refused));
        assert.deepEqual(await snapshot(own), before);
      });
    });
  });
}

describe('containsPattern', () => {
  it('writes LIKE patterns that match their text literally', () => {
    const cases: [string, string][] = [['abc', '%abc%'], ['100%', '%100\\%%'], ['a_b', '%a\\_b%'], ['back\\slash', '%back\\\\slash%'], ['딥시크', '%딥시크%']];
    for (const [text, want] of cases) assert.equal(containsPattern(text), want, text);
  });
});
