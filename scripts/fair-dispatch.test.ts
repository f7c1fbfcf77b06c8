import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import './fair-dispatch.mjs';

/** A server whose every request costs `busyMs` of synchronous work, as a page does, answering with its arrival number. */
function busyServer(busyMs: number): Promise<{ url: string; close: () => void }> {
  let arrived = 0;
  const server = http.createServer((_request, response) => {
    const number = arrived++;
    for (const until = Date.now() + busyMs; Date.now() < until; );
    response.end(String(number));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })));
}

const get = (url: string, agent: http.Agent | false = false) =>
  new Promise<string>((resolve, reject) => {
    http.get(url, { agent }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });

describe('fair dispatch', () => {
  let server: Awaited<ReturnType<typeof busyServer>>;
  before(async () => (server = await busyServer(10)));
  after(() => server.close());

  it('answers every request', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => get(server.url)));
    assert.deepEqual([...answers].map(Number).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i));
  });

  it('keeps each turn of the loop short when 40 kept-alive connections ask at once for 10 ms each, so new connections are accepted between them', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });
    // Forty connections open and idle, then one request on each at the same moment.
    await Promise.all(Array.from({ length: 40 }, () => get(server.url, agent)));
    let longest = 0;
    let last = performance.now();
    const watch = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    await Promise.all(Array.from({ length: 40 }, () => get(server.url, agent)));
    clearInterval(watch);
    agent.destroy();
    // All 40 in one turn would be 400 ms; the dispatch hands on a few per turn.
    assert.ok(longest < 200, `longest turn ${longest.toFixed(0)} ms`);
  });
});
