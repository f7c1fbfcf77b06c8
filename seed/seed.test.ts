import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { seedData, seedHistory } from './data';
import { replay } from './history';
import { SeedValidationError, validateSeed } from './validate';

/**
 * The seed against the texts it quotes. The articles are reference material beside the project
 * (../shared/articles), not part of it: where that folder is absent these checks say so and skip.
 */
const articlesDir = process.env.CITED_ARTICLES_DIR ?? path.resolve(process.cwd(), '..', 'shared', 'articles');
const haveArticles = existsSync(articlesDir);
const collapse = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('seed data', () => {
  const seed = validateSeed(seedData);
  const citations = seed.claims.flatMap((claim) => claim.citations.map((citation) => ({ claim, citation })));

  it('holds every kind of figure: well over 50 claims, each cited', () => {
    assert.ok(seed.claims.length > 50, `${seed.claims.length} claims`);
    assert.equal(seed.sources.length, 5);
    for (const category of ['market-share', 'ipo', 'stock-move', 'training-cost', 'compute', 'talent', 'money-deals', 'industry', 'forecast', 'events']) {
      assert.ok(seed.metrics.some((m) => m.category === category), `no metric in ${category}`);
    }
  });

  it('keeps every source detail the texts do not give as unknown', () => {
    const bySlug = new Map(seed.sources.map((s) => [s.articleFile, s]));
    assert.equal(bySlug.get('000_88585270af860a98.txt')?.publisher, null);
    assert.equal(bySlug.get('000_88585270af860a98.txt')?.published, null);
    const withUrl = seed.sources.filter((s) => s.url !== null);
    assert.deepEqual(withUrl.map((s) => s.url), ['http://whytimes.kr/news/view.php?idx=21468']);
  });

  it('keeps disagreeing sources as separate claims', () => {
    const claimsOf = (metricPart: string) => seed.claims.filter((c) => c.metric.includes(metricPart));
    const v3Costs = seed.claims.filter((c) => c.citations.some((k) => ['557만6000달러', '558만달러', '6백만달러'].includes(k.statedText)));
    assert.equal(new Set(v3Costs.map((c) => c.key)).size, 3, 'three V3 cost claims');
    const r1Dates = seed.claims.filter((c) => c.citations.some((k) => ['2024년 11월', '2025년 1월', '지난 20일'].includes(k.statedText)) && c.metric.includes('r1'));
    assert.equal(r1Dates.length, 3, `three R1 release claims, got ${r1Dates.map((c) => c.key)}`);
    assert.ok(claimsOf('h800').length >= 2, 'H800 counts from both sources');
  });

  for (const { claim, citation } of citations) {
    it(`quote of ${citation.key} (${claim.key}) stands verbatim in its article`, { skip: !haveArticles && `no articles at ${articlesDir}` }, () => {
      const source = seed.sources.find((s) => s.slug === citation.source)!;
      const lines = readFileSync(path.join(articlesDir, source.articleFile), 'utf8')
        .split('\n')
        .map(collapse)
        .filter((line) => line !== '');
      const quote = collapse(citation.quote);
      assert.ok(lines.join(' ').includes(quote), `not found in ${source.articleFile}: ${citation.quote}`);
      const line = lines[citation.paragraph - 1];
      assert.ok(line?.includes(quote), `paragraph ${citation.paragraph} of ${source.articleFile} does not hold the quote`);
      assert.equal(lines.findIndex((l) => l.includes(quote)) + 1, citation.paragraph, 'first paragraph that holds it');
    });
  }
});

describe('the seed in Korean', () => {
  it('gives every metric a Korean label, and a Korean description where there is an English one', () => {
    for (const metric of seedData.metrics) {
      assert.ok(metric.labelKo && /[\uac00-\ud7a3]/.test(metric.labelKo), `${metric.slug}: no Korean label`);
      assert.equal(metric.descriptionKo === null || metric.descriptionKo === undefined, metric.description === null, `${metric.slug}: description in one language only`);
    }
  });

  /** The history with the first change of one entry left out. */
  const withoutFirstChange = (id: string) => ({
    ...seedHistory,
    revisions: seedHistory.revisions.map((entry) => (entry.id === id ? { ...entry, changes: entry.changes.slice(1) } : entry)),
  });

  it('refuses a metric without its Korean label, naming it', () => {
    assert.throws(
      () => replay(withoutFirstChange('korean-texts-2026-11')),
      (error: unknown) => error instanceof SeedValidationError && /"nvidia-share-price-change-2025-01-27" › labelKo/.test(error.message),
    );
  });

  it('gives every named speaker a Korean name, and refuses a claim without one, naming it', () => {
    for (const claim of seedData.claims) {
      assert.equal(claim.speakerKo === undefined || claim.speakerKo === null, claim.speaker === null, `${claim.key}: speaker in one language only`);
      if (claim.speakerKo) assert.match(claim.speakerKo, /[\uac00-\ud7a3]|^CNBC$/, claim.key);
    }
    assert.throws(
      () => replay(withoutFirstChange('korean-speakers-2026-11')),
      (error: unknown) => error instanceof SeedValidationError && /"nvidia-share-price-change-whytimes" › speakerKo/.test(error.message),
    );
  });

  const hangul = /[\uac00-\ud7a3]/;
  const twins: [string, string][] = [['speakerRole', 'speakerRoleKo'], ['rankReason', 'rankReasonKo'], ['refDateNote', 'refDateNoteKo'], ['note', 'noteKo']];

  it('gives every note, role, reason and subject a Korean twin, and none without an English one', () => {
    for (const claim of seedData.claims) {
      const row = claim as unknown as Record<string, string | null | undefined>;
      for (const [english, korean] of twins) {
        assert.equal(row[korean] === null || row[korean] === undefined, row[english] === null, `${claim.key}: ${english} in one language only`);
        if (row[korean]) assert.match(row[korean]!, hangul, `${claim.key}: ${korean}`);
      }
    }
    for (const source of seedData.sources) assert.equal(!source.publishedNoteKo, !source.publishedNote, `${source.slug}: date note in one language only`);
    for (const metric of seedData.metrics) assert.ok(metric.subjectKo, `${metric.slug}: no Korean subject`);
  });

  it('refuses a claim whose note has no Korean twin, naming it', () => {
    const entry = seedHistory.revisions.find((r) => r.id === 'korean-notes-2026-11')!;
    const first = entry.changes.findIndex((c) => 'claim' in c && 'set' in c && 'noteKo' in c.set);
    const claim = (entry.changes[first] as { claim: string }).claim;
    const without = { ...seedHistory, revisions: seedHistory.revisions.map((r) => (r === entry ? { ...r, changes: r.changes.filter((_, i) => i !== first) } : r)) };
    assert.throws(
      () => replay(without),
      (error: unknown) => error instanceof SeedValidationError && new RegExp(`"${claim}" › noteKo`).test(error.message),
    );
  });

  it('refuses a correction of an English note that leaves its Korean twin saying the old thing', () => {
    const claim = seedData.claims.find((c) => c.note && c.noteKo)!;
    const correcting = (set: Record<string, string>) => ({ ...seedHistory, revisions: [...seedHistory.revisions, { id: 'a-correction', summary: 'A correction', changes: [{ claim: claim.key, set, reason: 'Reworded.' }] }] });
    assert.throws(() => replay(correcting({ note: 'Reworded.' })), (error: unknown) => error instanceof SeedValidationError && /sets note but not noteKo/.test(error.message));
    assert.doesNotThrow(() => replay(correcting({ note: 'Reworded.', noteKo: '다시 썼다.' })));
  });

  it('quotes the articles verbatim in the Korean notes: every quoted Korean passage is in one of the articles (a note may compare two), or in the English note', { skip: !haveArticles && 'no ../shared/articles here' }, () => {
    const articles = new Map(seedData.sources.map((s) => [s.slug, collapse(readFileSync(path.join(articlesDir, s.articleFile), 'utf8'))]));
    // A quote opens and closes beside a non-letter, so the apostrophe of "article's" is no quote.
    const quoted = (text: string) => [...text.matchAll(/(?<![\p{L}\p{N}])'([^']*?)'(?![\p{L}\p{N}])/gu)].map((m) => collapse(m[1])).filter((q) => hangul.test(q));
    let checked = 0;
    for (const claim of seedData.claims) {
      const row = claim as unknown as Record<string, string | null | undefined>;
      for (const [english, korean] of twins) {
        for (const passage of quoted(row[korean] ?? '')) {
          const bare = passage.replace(/^…\s*/, '');
          assert.ok([...articles.values()].some((t) => t.includes(bare)) || (row[english] ?? '').includes(passage), `${claim.key} ${korean}: '${passage}' is in no article`);
          checked++;
        }
      }
    }
    assert.ok(checked > 30, `${checked} passages checked`);
  });
});

