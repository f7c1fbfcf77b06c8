/**
 * `npm run bench`: measures Cited on this machine and prints every figure beside its target.
 * Builds the app, serves the real seed and a synthetic catalogue (100,000 claims) from their own
 * databases, loads each page with autocannon against a static file as the ceiling, compares CSV
 * export with PostgreSQL's own COPY, reads first-load JavaScript from the build and runs
 * Lighthouse. The table goes to stdout and to bench/results.md.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { connect, type Connection } from '../db/connect';
import { createThrowawayDatabase } from '../fixtures/databases';
import { parseEnv } from '../lib/env';
import { FULL_SIZE, loadSynthetic } from '../fixtures/synthetic';
import { loadSeed } from '../seed/load';
import { seedHistory } from '../seed/data';

const root = process.cwd();
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick'); // shorter runs, for trying the script itself
// `--only=synthetic` (or `seed`): one part of the bench, for trying a change; results.md wants a whole run.
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
const LOAD_SECONDS = quick ? 3 : 10;
// Each load is preceded by one at the same concurrency whose figures are dropped: the first
// seconds of a fresh server measure its JIT compiler and lazy route loading, not steady serving.
const WARMUP_SECONDS = quick ? 1 : 3;
/** Between a warm-up and the load measured: long enough for the requests the warm-up dropped to finish. */
const SETTLE_MS = 1000;
const STRESS_SECONDS = quick ? 5 : 30;
/** A little over the pages' revalidate period. */
const STALE_SECONDS = 62;
const LIGHTHOUSE_RUNS = quick ? 1 : 3;
/** How long a request runs before the servers' request log (bench/slow-requests.mjs) calls it stalled. */
const SLOW_MS = 5_000;
const size = quick ? { ...FULL_SIZE, metrics: 1_000 } : FULL_SIZE;

interface Row {
  section: string;
  measure: string;
  value: string;
  target: string;
  verdict: 'met' | 'missed' | '—';
}
const rows: Row[] = [];
function record(section: string, measure: string, value: string, target = '', met?: boolean) {
  const verdict = met === undefined ? '—' : met ? 'met' : 'missed';
  rows.push({ section, measure, value, target, verdict });
  console.log(`  ${measure}: ${value}${target ? ` (target ${target}: ${verdict === '—' ? 'not measured' : verdict})` : ''}`);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// ── processes ────────────────────────────────────────────────────────────────────────────────

function run(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): void {
  execFileSync(command, argv, { stdio: 'inherit', env, cwd: root });
}

/** Resident memory of a process and its children, in bytes. */
function treeRss(pid: number): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const pids = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, parent] of table) if (pids.has(parent) && !pids.has(p)) grew = pids.add(p) !== null;
  }
  return table.filter(([p]) => pids.has(p)).reduce((sum, [, , rss]) => sum + rss * 1024, 0);
}

interface Server {
  url: string;
  /** The server's output, where bench/slow-requests.mjs writes each request that stalled. */
  log: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  // The server's own output goes to a log beside the databases, to read when a figure looks wrong.
  mkdirSync(path.join(root, '.data'), { recursive: true });
  const logPath = path.join(root, '.data', `bench-server-${port}.log`);
  const log = openSync(logPath, 'w');
  // As `npm start` runs it: fair dispatch (scripts/fair-dispatch.mjs), and the bench's own request log.
  const preloads = ['scripts/fair-dispatch.mjs', 'bench/slow-requests.mjs'].flatMap((file) => ['--import', pathToFileURL(path.join(root, file)).href]);
  const child = spawn(process.execPath, [...preloads, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--port', String(port)], {
    env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', CITED_SLOW_MS: String(SLOW_MS), SITE_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', log, log],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${url}/api/datapackage.json`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    log: logPath,
    process: child,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {}
      await new Promise((r) => setTimeout(r, 1000));
    },
  };
}

// ── HTTP load ────────────────────────────────────────────────────────────────────────────────

interface Load {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** What went wrong, when something did: 'status 503 ×4', 'ECONNRESET ×2', 'timeout ×1'. */
  problems: string;
}

/** `paths`, when given, are asked for in turn, each request the next: a load of different requests. */
async function load(url: string, connections: number, seconds: number, paths?: string[]): Promise<Load> {
  const latencies: number[] = [];
  const problems = new Map<string, number>();
  const note = (problem: string) => problems.set(problem, (problems.get(problem) ?? 0) + 1);
  let next = 0;
  const requests: autocannon.Request[] | undefined = paths ? [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }] : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 30, requests }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time);
      if (status < 200 || status > 299) note(`status ${status}`);
    });
    instance.on('reqError', (error: NodeJS.ErrnoException) => note(error.code ?? error.message));
  });
  latencies.sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    // autocannon's errors already include its timeouts.
    errors: result.errors + result.non2xx,
    problems: [...problems].map(([problem, n]) => `${problem} ×${n}`).join(', '),
  };
}

/**
 * Each page at 20 connections, or at `connections` where the server bounds how many run at once.
 * A list of paths is asked for in turn, each request a different one (searches no cache has seen).
 */
async function loadPages(section: string, server: Server, pages: [string, string | string[], number?, number?][]) {
  for (const [name, pathnames, targetP95, connections = 20] of pages) {
    const [pathname, paths] = typeof pathnames === 'string' ? [pathnames, undefined] : [`${pathnames[0]} … (${pathnames.length.toLocaleString('en-US')} different, in turn)`, pathnames];
    await load(`${server.url}${paths?.[0] ?? pathname}`, connections, WARMUP_SECONDS, paths?.slice(paths.length / 2));
    // The warm-up ends by dropping the requests it still had open, and the server finishes their
    // work: an export keeps its place until its COPY has ended, so the measured load's first
    // exports were refused (503) when it started at once.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const r = await load(`${server.url}${paths?.[0] ?? pathname}`, connections, LOAD_SECONDS, paths?.slice(0, paths.length / 2));
    record(
      section,
      `${name} — ${pathname} (${connections} connections)`,
      `${r.rps.toFixed(0)} req/s · p50 ${ms(r.p50)} · p95 ${ms(r.p95)} · p99 ${ms(r.p99)} · ${r.errors} errors${r.problems ? ` (${r.problems})` : ''}`,
      targetP95 ? `p95 ≤ ${targetP95} ms` : '',
      targetP95 ? r.p95 <= targetP95 && r.errors === 0 : undefined,
    );
  }
}

/**
 * What bench/slow-requests.mjs logged from `offset` on. A request is slow when it ran past the
 * log's threshold; one the client closed sooner (autocannon drops its open requests when a load
 * ends) did not stall, and is counted apart.
 */
function slowRequestsSince(log: string, offset: number): string {
  const entries = readFileSync(log)
    .subarray(offset)
    .toString('utf8')
    .split('\n')
    .filter((line) => line.startsWith('{"slowRequest"'))
    .map((line) => JSON.parse(line) as { stalled?: string; finished?: string; closed?: string; tookMs?: number; headersSentAfterMs: number | null });
  // A stall is logged when it passes the threshold and again when it ends: count it once.
  const stalled = entries.filter((entry) => entry.stalled !== undefined);
  const dropped = entries.filter((entry) => entry.closed !== undefined && (entry.tookMs ?? 0) <= SLOW_MS);
  const said = [
    stalled.length > 0 ? `${stalled.length} requests stalled over ${SLOW_MS / 1000} s (${stalled.filter((entry) => entry.headersSentAfterMs === null).length} before any header was sent; see ${path.relative(root, log)})` : '',
    dropped.length > 0 ? `${dropped.length} closed by the client unanswered when the load ended, after at most ${Math.max(...dropped.map((entry) => entry.tookMs ?? 0))} ms` : '',
  ];
  return said.filter(Boolean).join(' · ');
}

/** Search addresses for 1…9,999 in a shuffled order, none asked twice in a run. */
function distinctSearches(query: (n: number) => string): string[] {
  const numbers = Array.from({ length: 9_999 }, (_, i) => i + 1);
  for (let i = numbers.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j], numbers[i]];
  }
  return numbers.map((n) => `/api/search?q=${encodeURIComponent(query(n))}`);
}

/** Downloads a CSV export while sampling the server's memory: rows per second and peak growth. */
async function exportRun(server: Server): Promise<{ rows: number; seconds: number; peakGrowth: number }> {
  const before = treeRss(server.process.pid!);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(server.process.pid!))), 50);
  const started = performance.now();
  const response = await fetch(`${server.url}/api/metrics.csv`);
  let rows = -1; // the header
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // indexOf scans natively; a byte-by-byte JS loop would slow the client, not the server.
    for (let at = value.indexOf(0x0a); at !== -1; at = value.indexOf(0x0a, at + 1)) rows++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { rows, seconds, peakGrowth: peak - before };
}

/**
 * Many whole exports at once: each is either served to its last row or refused at once with 503
 * and Retry-After; memory and (on PostgreSQL) database connections are sampled throughout.
 */
async function exportBurst(server: Server, count: number, databaseUrl: string | undefined) {
  const before = treeRss(server.process.pid!);
  let peak = before;
  let peakConnections: number | null = null;
  const probe = databaseUrl ? (await import('postgres')).default(databaseUrl, { max: 1, onnotice: () => {} }) : null;
  const database = databaseUrl ? new URL(databaseUrl).pathname.slice(1) : '';
  const sample = async () => {
    peak = Math.max(peak, treeRss(server.process.pid!));
    if (probe) {
      // Client connections only: after a bulk load PostgreSQL's own autovacuum workers sit on the database too.
      const [{ n }] = await probe`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = ${database} AND pid <> pg_backend_pid() AND backend_type = 'client backend'`;
      peakConnections = Math.max(peakConnections ?? 0, n);
    }
  };
  const sampler = setInterval(() => void sample(), 100);
  const outcomes = await Promise.all(
    Array.from({ length: count }, async () => {
      const response = await fetch(`${server.url}/api/metrics.csv`).catch(() => null);
      if (!response) return 'other';
      if (response.status === 503 && response.headers.get('retry-after')) return (await response.text(), 'refused');
      if (response.status !== 200) return 'other';
      const reader = response.body!.getReader();
      for (;;) if ((await reader.read()).done) break;
      return 'served';
    }),
  );
  clearInterval(sampler);
  await sample();
  await probe?.end();
  const counted = (outcome: string) => outcomes.filter((o) => o === outcome).length;
  return { served: counted('served'), refused: counted('refused'), other: counted('other'), peakGrowth: peak - before, peakConnections };
}

// ── COPY baseline ────────────────────────────────────────────────────────────────────────────

const COPY_SELECT = `SELECT k.key, c.key, m.slug, m.label, m.category, m.subject, m.dimension_name, m.dimension_value,
  c.value, c.lower, c.upper, c.qualifier, m.unit, c.ref_date, c.ref_date_precision, c.kind, c.rank, c.rank_reason,
  c.speaker, c.speaker_role, k.stated_text, c.conversion_value, c.conversion_unit, k.conversion_text, k.quote,
  k.translation, k.paragraph, s.slug, s.publisher, s.publisher_en, s.title, s.byline, s.published_on,
  s.published_precision, s.published_basis, s.url, 'http://x/metrics/' || m.slug || '#cite-' || k.key
  FROM citations k JOIN claims c ON c.id = k.claim_id JOIN metrics m ON m.id = c.metric_id JOIN sources s ON s.id = k.source_id
  ORDER BY k.id`;

/** The same rows as the export, through a bare COPY with nothing done to any cell: the ceiling. */
async function copyRun(connection: Connection): Promise<{ rows: number; seconds: number }> {
  const started = performance.now();
  let rows = 0;
  for await (const chunk of connection.copyCsv(COPY_SELECT)) {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) rows++;
  }
  return { rows, seconds: (performance.now() - started) / 1000 };
}

// ── databases ────────────────────────────────────────────────────────────────────────────────

interface Target {
  name: string;
  env: NodeJS.ProcessEnv;
  open(): Promise<Connection>;
  drop(): Promise<void>;
}

async function targets(dataset: 'seed' | 'synthetic'): Promise<Target[]> {
  const dir = path.join(root, '.data', `bench-${dataset}`);
  const list: Target[] = [
    {
      name: 'PGlite',
      env: { ...process.env, DATABASE_URL: '', CITED_PGLITE_DIR: dir },
      open: async () => {
        rmSync(dir, { recursive: true, force: true });
        return connect({ pgliteDir: dir });
      },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    },
  ];
  const admin = process.env.DATABASE_URL;
  if (admin) {
    const database = await createThrowawayDatabase(admin, `cited_bench_${dataset}`);
    list.push({
      name: 'PostgreSQL',
      env: { ...process.env, DATABASE_URL: database.url },
      open: () => connect({ databaseUrl: database.url }),
      drop: () => database.drop(),
    });
  }
  return list;
}

// ── Lighthouse ───────────────────────────────────────────────────────────────────────────────

/**
 * The ceiling for the home page: the same charts as plain server SVG in a static file, with no
 * script at all (the page's own HTML, its scripts removed and its stylesheet inlined).
 */
async function staticBaseline(server: Server, port: number): Promise<{ url: string; close(): void }> {
  const html = await (await fetch(`${server.url}/`)).text();
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g)].map((m) => m[1]);
  const css = (await Promise.all(stylesheets.map(async (href) => (await fetch(`${server.url}${href}`)).text()))).join('\n');
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(?:preload|modulepreload)" as="script"[^>]*>/g, '')
    .replace(/<link rel="stylesheet"[^>]*>/g, '')
    .replace('</head>', `<style>${css}</style></head>`);
  const { createServer } = await import('node:http');
  const http = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page) });
    response.end(page);
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, close: () => http.close() };
}

interface LighthouseTarget {
  name: string;
  url: string;
  /** Scores to reach on mobile and desktop; a baseline has none. */
  targets?: { mobile: number; desktop: number; lcp?: number; tbt?: number };
}

async function lighthouseRuns(pages: LighthouseTarget[]) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const chromePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  for (const { name, url, targets } of pages) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const runs: { score: number; lcp: number; tbt: number; cls: number; js: number }[] = [];
      const failures: string[] = [];
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        const chrome = await chromeLauncher.launch({
          chromePath,
          chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        });
        try {
          const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, formFactor === 'desktop' ? desktopConfig : undefined);
          const lhr = result!.lhr;
          // A run Lighthouse could not complete has no score: it is reported, not counted as 0.
          if (lhr.runtimeError || lhr.categories.performance.score === null) {
            failures.push(lhr.runtimeError?.code ?? 'no score');
            continue;
          }
          const requests = ((lhr.audits['network-requests'].details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []);
          runs.push({
            score: (lhr.categories.performance.score ?? 0) * 100,
            lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
            tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
            cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
            js: requests.filter((r) => r.resourceType === 'Script').reduce((n, r) => n + (r.transferSize ?? 0), 0),
          });
        } finally {
          await chrome.kill();
        }
      }
      const median = (pick: (r: (typeof runs)[number]) => number) => percentile(runs.map(pick).sort((a, b) => a - b), 50);
      const score = targets?.[formFactor];
      const lcpTarget = formFactor === 'mobile' ? targets?.lcp : undefined;
      const tbtTarget = targets?.tbt;
      const goals = [score !== undefined ? `score ≥ ${score}` : '', lcpTarget ? `LCP ≤ ${lcpTarget} ms` : '', tbtTarget !== undefined ? `TBT ≤ ${tbtTarget} ms` : '', targets ? 'CLS 0' : ''].filter(Boolean).join(', ');
      record(
        'Lighthouse (median of runs)',
        `${name}, ${formFactor} (${runs.length} runs${failures.length > 0 ? `; ${failures.length} failed: ${failures.join(', ')}` : ''})`,
        `score ${median((r) => r.score).toFixed(0)} · LCP ${ms(median((r) => r.lcp))} · TBT ${ms(median((r) => r.tbt))} · CLS ${median((r) => r.cls).toFixed(3)} · JS ${(median((r) => r.js) / 1024).toFixed(1)} KB`,
        goals,
        targets
          ? median((r) => r.score) >= (score ?? 0) && (lcpTarget === undefined || median((r) => r.lcp) <= lcpTarget) && (tbtTarget === undefined || median((r) => r.tbt) <= tbtTarget) && median((r) => r.cls) === 0
          : undefined,
      );
    }
  }
}

// ── the run ──────────────────────────────────────────────────────────────────────────────────

async function main() {
  if (!args.has('--no-build')) run('npm', ['run', 'build']);

  console.log('\nFirst-load JavaScript per route (gzip)');
  const stats = JSON.parse(readFileSync(path.join(root, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as { route: string; firstLoadChunkPaths: string[] }[];
  let staticChunk = '';
  for (const route of stats) {
    const gzip = route.firstLoadChunkPaths.reduce((n, p) => n + gzipSync(readFileSync(path.join(root, p))).length, 0);
    staticChunk ||= route.firstLoadChunkPaths[0].replace(/^\.next/, '/_next');
    // The home page is served from /[locale]/home/[view] (proxy.ts rewrites / and /ko onto it).
    const home = route.route === '/[locale]/home/[view]';
    record('First-load JS (gzip)', route.route, `${(gzip / 1024).toFixed(1)} KB`, home ? '≤ 130 KB' : '', home ? gzip <= 130 * 1024 : undefined);
  }

  let port = 3301;
  for (const target of only === 'synthetic' ? [] : await targets('seed')) {
    const section = `Seed data on ${target.name}`;
    console.log(`\n${section}`);
    const connection = await target.open();
    await connection.migrate();
    await loadSeed(connection.db, seedHistory);
    await connection.close();
    const server = await startServer(target.env, port++);
    try {
      await loadPages(section, server, [
        ['static file (ceiling)', staticChunk],
        ['home', '/', 50],
        ['metric page', '/metrics/deepseek-v3-development-cost', 50],
        ['browse, filtered', '/metrics?category=training-cost'],
        ['search, Korean words, the same again', `/api/search?q=${encodeURIComponent('엔비디아의 주가는')}`, 50],
        // As many at once as the server runs (a fifth would be refused with 503, by design).
        ['CSV export', '/api/metrics.csv', undefined, 4],
      ]);
      if (target.name === 'PGlite') {
        // The hardest case for the page cache: the load starts once every page has gone stale
        // (revalidate is 60 s), so each is rendered again while 200 connections wait on it.
        const stressed: [string, string][] = [['home', '/'], ['metric page', '/metrics/deepseek-v3-development-cost'], ['browse, filtered', '/metrics?category=training-cost']];
        for (const [, pathname] of stressed) await fetch(`${server.url}${pathname}`);
        console.log(`  waiting ${STALE_SECONDS} s for the cached pages to go stale…`);
        await new Promise((resolve) => setTimeout(resolve, STALE_SECONDS * 1000));
        for (const [name, pathname] of stressed) {
          const logged = statSync(server.log).size;
          const stress = await load(`${server.url}${pathname}`, 200, STRESS_SECONDS);
          const stalled = slowRequestsSince(server.log, logged);
          record(
            section,
            `${name} under 200 connections for ${STRESS_SECONDS} s, starting stale`,
            `${stress.requests} requests · p99 ${ms(stress.p99)} · ${stress.errors} errors${stress.problems ? ` (${stress.problems})` : ''}${stalled ? ` · ${stalled}` : ''}`,
            '0 errors',
            stress.errors === 0,
          );
        }
        console.log('\nLighthouse');
        const baseline = await staticBaseline(server, 3399);
        try {
          await lighthouseRuns([
            { name: 'static baseline (the same charts as plain server SVG, no script)', url: baseline.url },
            { name: 'home', url: `${server.url}/`, targets: { mobile: 98, desktop: 100, lcp: 1200, tbt: 50 } },
            { name: 'metric page', url: `${server.url}/metrics/deepseek-v3-development-cost`, targets: { mobile: 95, desktop: 99 } },
          ]);
        } finally {
          baseline.close();
        }
      }
    } finally {
      await server.stop();
      await target.drop();
    }
  }

  for (const target of only === 'seed' ? [] : await targets('synthetic')) {
    const section = `Synthetic catalogue on ${target.name}`;
    console.log(`\n${section}`);
    const connection = await target.open();
    await connection.migrate();
    const started = performance.now();
    const { claims } = await loadSynthetic(connection.db, size);
    record(section, 'catalogue built', `${claims.toLocaleString('en-US')} claims, ${size.metrics.toLocaleString('en-US')} metrics, ${size.sources} sources in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const copy = await copyRun(connection);
    await connection.close();
    const server = await startServer(target.env, port++);
    try {
      await loadPages(section, server, [
        ['metric page', '/metrics/synthetic-metric-00321', 100],
        ['browse, filtered', '/metrics?category=compute&page=7', 100],
        // Words every synthetic document holds, narrowed by a rarer one; then Korean words and a
        // figure by value; then a typo, which only trigrams can answer.
        // The same search again and again is answered from the process's memory after the first
        // (app/data.ts); the same kinds of search, each one new, are what the database does.
        ['search, words, the same again', `/api/search?q=${encodeURIComponent('synthetic metric 4242')}`, 50],
        ['search, Korean and a figure, the same again', `/api/search?q=${encodeURIComponent('합성 문장 42.4%')}`, 50],
        ['search, a typo, the same again', `/api/search?q=${encodeURIComponent('syntetic metrc 4242')}`, 50],
        ['search, words, each new', distinctSearches((n) => `synthetic metric ${n}`), 50],
        ['search, Korean and a figure, each new', distinctSearches((n) => `합성 문장 ${(n / 100).toFixed(2)}%`), 50],
        ['search, a typo, each new', distinctSearches((n) => `syntetic metrc ${n}`), 50],
      ]);
      const burst = await exportBurst(server, 50, target.name === 'PostgreSQL' ? target.env.DATABASE_URL : undefined);
      const pooled = parseEnv(target.env).DATABASE_POOL_SIZE;
      const connectionsAtMost = 4 + pooled + 1;
      record(
        section,
        '50 whole-catalogue CSV exports requested at once',
        `${burst.served} served whole, ${burst.refused} refused with 503 + Retry-After, ${burst.other} other · memory growth ${(burst.peakGrowth / 2 ** 20).toFixed(1)} MB${burst.peakConnections === null ? '' : ` · at most ${burst.peakConnections} database connections`}`,
        `≤ 100 MB${burst.peakConnections === null ? '' : `, ≤ ${connectionsAtMost} connections (4 exports + ${pooled} pooled + 1 probe)`}, every request served or refused`,
        burst.peakGrowth <= 100 * 2 ** 20 && (burst.peakConnections === null || burst.peakConnections <= connectionsAtMost) && burst.other === 0,
      );
      const exported = await exportRun(server);
      const exportRate = exported.rows / exported.seconds;
      const copyRate = copy.rows / copy.seconds;
      record(section, 'bare COPY (…) TO STDOUT WITH CSV of the same rows', `${copy.rows.toLocaleString('en-US')} rows in ${copy.seconds.toFixed(2)} s = ${copyRate.toFixed(0)} rows/s`);
      record(
        section,
        'GET /api/metrics.csv, whole catalogue',
        `${exported.rows.toLocaleString('en-US')} rows in ${exported.seconds.toFixed(2)} s = ${exportRate.toFixed(0)} rows/s (${(exportRate / copyRate).toFixed(2)}× COPY)`,
        '≥ 0.5× COPY',
        exportRate >= 0.5 * copyRate && exported.rows === copy.rows,
      );
      record(section, 'server memory growth during that export', `${(exported.peakGrowth / 2 ** 20).toFixed(1)} MB`, '≤ 100 MB', exported.peakGrowth <= 100 * 2 ** 20);
    } finally {
      await server.stop();
      await target.drop();
    }
  }

  console.log('\nnpm audit --omit=dev');
  try {
    const out = execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = JSON.parse(out).metadata.vulnerabilities;
    record('Dependencies', 'npm audit --omit=dev', `${counts.high} high, ${counts.critical} critical, ${counts.moderate} moderate`, 'no high or critical', counts.high + counts.critical === 0);
  } catch (error) {
    const text = String((error as { stdout?: string }).stdout ?? '');
    const parsed = text.startsWith('{') ? JSON.parse(text) : null;
    if (parsed?.metadata?.vulnerabilities) {
      const counts = parsed.metadata.vulnerabilities;
      record('Dependencies', 'npm audit --omit=dev', `${counts.high} high, ${counts.critical} critical`, 'no high or critical', counts.high + counts.critical === 0);
    } else {
      record('Dependencies', 'npm audit --omit=dev', `not measured: the registry reachable here has no audit endpoint (${parsed?.error?.summary ?? 'error'})`, 'no high or critical');
    }
  }

  const table = [
    `# Cited benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine: ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, Node ${process.version}${quick ? ' — QUICK RUN (shorter loads, smaller catalogue)' : ''}.`,
    '',
    '| section | measure | value | target | verdict |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.section} | ${r.measure} | ${r.value} | ${r.target} | ${r.verdict} |`),
    '',
  ].join('\n');
  if (only) {
    console.log(`\n${table}\nA partial run (--only=${only}): bench/results.md is left as it was.`);
    return;
  }
  writeFileSync(path.join(root, 'bench', 'results.md'), table);
  console.log(`\n${table}\nWritten to bench/results.md`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
