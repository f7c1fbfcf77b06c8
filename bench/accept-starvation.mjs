// Issue 11's timeouts, reproduced with plain Node and no Cited code, then the same server with
// scripts/fair-dispatch.mjs preloaded, as `npm start` runs Cited: `node bench/accept-starvation.mjs`.
//
// libuv (1.45 and later, Node 20's is 1.46) accepts one connection per event-loop turn. While
// keep-alive connections already accepted keep every turn busy (here 64 of them, each request
// costing 6 ms of synchronous work, as a cached page does on this machine), a burst of new
// connections waits in the kernel's accept queue and is taken at a few per second: some wait
// longer than a client's timeout. The bench meets this when its 200 connections arrive while a
// stale page is being rendered again (the turn that renders it blocks for over a second, so only
// the first few dozen are accepted before the server is saturated).
import { fork } from 'node:child_process';
import http from 'node:http';

const PORT = 3610;
if (process.argv[2] === 'server') {
  const body = Buffer.alloc(160_000, 'x');
  http
    .createServer((_request, response) => {
      for (const until = Date.now() + 6; Date.now() < until; );
      response.end(body);
    })
    .listen(PORT, () => process.send('listening'));
} else {
  for (const execArgv of [[], ['--import', new URL('../scripts/fair-dispatch.mjs', import.meta.url).href]]) await burst(execArgv);
}

/** 64 kept-alive connections keep the server busy; a second later, 136 more arrive at once. */
async function burst(execArgv) {
  const server = fork(new URL(import.meta.url).pathname, ['server'], { execArgv });
  await new Promise((resolve) => server.once('message', resolve));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
  const until = Date.now() + 12_000;
  const waits = [];
  let answered = 0;
  let unanswered = 0;
  const one = () =>
    new Promise((resolve) => {
      const started = Date.now();
      const request = http.get(`http://127.0.0.1:${PORT}/`, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          answered++;
          waits.push(Date.now() - started);
          resolve();
        });
      });
      request.setTimeout(10_000, () => request.destroy(new Error('no answer in 10 s')));
      request.on('error', () => {
        unanswered++;
        resolve();
      });
    });
  const keepAsking = async () => {
    while (Date.now() < until) await one();
  };
  const busy = Array.from({ length: 64 }, keepAsking);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await Promise.all([...busy, ...Array.from({ length: 136 }, keepAsking)]);
  waits.sort((a, b) => a - b);
  console.log(`${execArgv.length ? 'with fair dispatch' : 'plain Node'}: ${answered} answered (slowest in ${waits.at(-1)} ms); ${unanswered} got no answer in 10 s`);
  agent.destroy();
  server.kill();
}
