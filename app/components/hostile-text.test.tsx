import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Connection } from '../../db/connect';
import { exportCitedNumbersCsv } from '../../db/export-queries';
import { viewAt } from '../../db/revisions';
import { getMetric } from '../../db/queries';
import { parseCsv } from '../../fixtures/csv-reader';
import { openSeeded, testTargets } from '../../fixtures/databases';
import { BOM, csvHeader } from '../../lib/csv';
import { CITED_NUMBER_FIELDS, csvColumns } from '../../lib/export-schema';
import { LOCALES } from '../../lib/locale';
import type { SeedInput } from '../../seed/validate';
import { ClaimCard } from './claim-card';

/**
 * Text an attacker could get into a stored quote stays text: React escapes it on the pages, and
 * the CSV defuses what a spreadsheet would run. Round-tripped through each database first.
 */

const SCRIPT = '<script>alert("x")</script>';
const FORMULA = '=HYPERLINK("http://evil.example","click")';
const RTL = '\u202Egnp.exe\u202C';

const hostile: SeedInput = {
  sources: [
    {
      slug: 'hostile-source', articleFile: 'none.txt', publisher: `${SCRIPT}신문`, publisherEn: FORMULA, title: `${RTL} 제목`,
      byline: '@SUM(A1:A9)', published: '2025-01', publishedBasis: 'inferred', publishedNote: null, url: 'https://example.com/?q=<script>', language: 'ko',
    },
  ],
  metrics: [{ slug: 'hostile-metric', label: `${SCRIPT} label`, category: 'industry', subject: '+cmd', dimension: null, unit: 'percent', description: FORMULA }],
  claims: [
    {
      key: 'hostile-claim', metric: 'hostile-metric', qualifier: 'exact', value: -5, kind: 'reported', speaker: FORMULA, speakerRole: RTL,
      citations: [{
        key: 'hostile-citation', source: 'hostile-source', quote: `${SCRIPT} ${RTL} 5% 하락 ${FORMULA}`, statedText: '5%', statesDecrease: true,
        translation: `-5% ${SCRIPT}`, paragraph: 1,
      }],
    },
  ],
};

for (const target of testTargets()) {
  describe(`hostile text on ${target.name}`, () => {
    let connection: Connection;
    before(async () => {
      connection = await openSeeded(target, hostile);
    });
    after(async () => connection?.close());

    it('renders inert on the page', async () => {
      const metric = await getMetric(connection.db, 'hostile-metric');
      assert.ok(metric);
      // In both languages: the Korean page shows the same stored texts.
      for (const locale of LOCALES) {
        const html = renderToStaticMarkup(
          <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'))}>
            <ClaimCard claim={metric.claims[0]} metric={metric} />
          </NextIntlClientProvider>,
        );
        inert(html);
      }
    });

    function inert(html: string) {
      assert.doesNotMatch(html, /<script/i, 'no script element');
      assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/, 'the script shows as text');
      assert.ok(html.includes(RTL), 'right-to-left marks are kept as the text has them');
      // …but each stored text is isolated, so a direction override cannot reorder what follows it.
      assert.ok(html.includes(`<bdi>${RTL} 제목</bdi>`), 'title isolated');
      assert.match(html, new RegExp(`<bdi( lang="en")?>${RTL}</bdi>`), 'speaker role isolated');
      assert.doesNotMatch(html, /href="javascript:/i);
      assert.match(html, /href="https:\/\/example\.com\/\?q=&lt;script&gt;#:~:text=/, 'the article link stays an http(s) URL, its text escaped');
      assert.match(html, /rel="noopener noreferrer"/);
    }

    it('cannot run as a formula in the CSV', async () => {
      const columns = csvColumns(CITED_NUMBER_FIELDS);
      // The CSV as the download writes it: lines from the database, after lib/csv's header.
      let text = BOM + csvHeader(columns);
      const decoder = new TextDecoder();
      for await (const lines of exportCitedNumbersCsv(connection, viewAt(connection.db, 1, true), { metricSlug: 'hostile-metric' }, 'https://cited.example')) text += decoder.decode(lines, { stream: true });
      const [header, row] = parseCsv(text);
      const cell = (name: string) => row[header.indexOf(name)];
      assert.equal(cell('speaker'), `'${FORMULA}`);
      assert.equal(cell('publisher_en'), `'${FORMULA}`);
      assert.equal(cell('subject'), "'+cmd");
      assert.equal(cell('byline'), "'@SUM(A1:A9)");
      assert.equal(cell('translation'), `'-5% ${SCRIPT}`);
      assert.equal(cell('value'), '-5', 'a real negative number stays a number');
      for (const [i, value] of row.entries()) {
        if (header[i] !== 'value') assert.doesNotMatch(value, /^[=+\-@\t\r]/, `${header[i]} starts like a formula`);
      }
    });
  });
}
