/**
 * Preloaded into the server (`node --import ./scripts/fair-dispatch.mjs …next start`, as `npm start`
 * does): each turn of the event loop hands its HTTP server at most about TURN_MS of requests, the
 * rest waiting their turn in arrival order.
 *
 * Why: libuv (Node 20's is 1.46) accepts one new connection per turn of the loop. Left alone, a
 * server saturated by the connections it already holds runs turns of hundreds of milliseconds,
 * one request for each of them per turn, and a burst of new connections waits in the kernel's
 * accept queue, taken a few per second: under 200 connections, some waited past a client's 30 s
 * timeout (issue 11; `node bench/accept-starvation.mjs` shows it without Cited). Short turns let
 * the loop come back to accepting often, at the cost of a queue whose wait is counted in the
 * latency that a request would otherwise have spent in the kernel.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

const TURN_MS = 20;
const MAX_PER_TURN = 64;

const emit = http.Server.prototype.emit;
/** @type {[http.Server, unknown[]][]} */
const waiting = [];
let perTurn = 8;
let lastTurn = 0;
let scheduled = false;

/**
 * Runs in the loop's check phase, after the turn's I/O: hands on a share of the waiting requests,
 * fewer when the last turn ran long (what a request costs varies, and most of it runs after its
 * first await), more when it ran short.
 */
function dispatch() {
  scheduled = false;
  const now = performance.now();
  if (lastTurn > 0) perTurn = now - lastTurn > TURN_MS ? Math.max(1, perTurn >> 1) : Math.min(MAX_PER_TURN, perTurn + 1);
  lastTurn = now;
  for (let n = 0; n < perTurn && waiting.length > 0; n++) {
    const [server, args] = waiting.shift();
    // A client that hung up while its request waited needs no answer.
    if (!args[0].socket?.destroyed) emit.call(server, 'request', ...args);
  }
  if (waiting.length > 0) schedule();
  else lastTurn = 0;
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  setImmediate(dispatch);
}

http.Server.prototype.emit = function (event, ...args) {
  if (event !== 'request') return emit.call(this, event, ...args);
  waiting.push([this, args]);
  schedule();
  return true;
};
